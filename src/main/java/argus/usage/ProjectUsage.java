package argus.usage;

import argus.config.EntryPoint;
import argus.index.Builtins;
import argus.index.SymbolIndex;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every file's {@link FileUsage} merged, in file order: the facts the whole-project dead-code
 * rules read, and the one place that decides whether a declaration is used. The model is
 * Psalm's, not a reachability analysis: any reference from anywhere counts, so the top-level
 * code of every file counts as running (PHP applications reach files through computed
 * `include` paths, so a file nothing includes is an entry point, and an included one runs
 * when included), and a method called only from unused code is still used. What counts:
 * <ul>
 *   <li>references in code, by name, typed where the receiver's class is known;</li>
 *   <li>a string literal spelling the name (callables, hooks, factories);</li>
 *   <li>for classes, a name in a docblock;</li>
 *   <li>for members, a reference on any class related to the declaring one (an ancestor: the
 *       call may dispatch to this override; a descendant: it inherits it), so methods that
 *       implement or override a used method are used;</li>
 *   <li>methods PHP calls itself: magic ones, and any method a built-in ancestor declares
 *       ({@code ArrayAccess::offsetGet}, {@code IteratorAggregate::getIterator},
 *       {@code JsonSerializable::jsonSerialize}, {@code Countable::count});</li>
 *   <li>members of classes whose ancestry leaves the analysed code (vendor not analysed): the
 *       unknown ancestor may call or redeclare them; such classes themselves, since their
 *       framework may find them by reflection (test cases, commands);</li>
 *   <li>dynamic access ({@code $this->$name()}, {@code $o->{'get_' . $f}()}): every method of
 *       the receiver's class, or every method with that literal prefix;</li>
 *   <li>{@code entryPoints} of argus.json, {@code @api} docblocks and framework attributes.</li>
 * </ul>
 * Built by one thread after every file was scanned; immutable after.
 */
public final class ProjectUsage {
    private final List<Declaration> declarations = new ArrayList<>();
    private final Set<String> classes = new HashSet<>();
    private final Set<String> functions = new HashSet<>();
    private final Set<String> constants = new HashSet<>();
    private final Map<String, Set<String>> methods = new HashMap<>();
    private final Set<String> properties = new HashSet<>();
    private final Set<String> classConstants = new HashSet<>();
    private final Set<String> strings = new HashSet<>();
    private final Set<String> stringsLower = new HashSet<>();
    private final Set<String> docNames = new HashSet<>();
    private final Set<String> prefixes = new HashSet<>();
    private final Set<String> classPrefixes = new HashSet<>();
    private final Set<String> dynamicMethodClasses = new HashSet<>();
    private final Set<String> dynamicPropertyClasses = new HashSet<>();
    private final List<EntryPoint> entryPoints;
    private final Builtins builtins;
    private final Hierarchy hierarchy;
    private int unresolvedDynamicCalls;

    private ProjectUsage(SymbolIndex index, Builtins builtins, List<EntryPoint> entryPoints) {
        this.entryPoints = List.copyOf(entryPoints);
        this.builtins = builtins;
        this.hierarchy = new Hierarchy(index, builtins);
    }

    /** @param files in file order, so that the declarations come out in a stable order */
    public static ProjectUsage of(SymbolIndex index, Builtins builtins, List<FileUsage> files,
                                  List<EntryPoint> entryPoints) {
        ProjectUsage p = new ProjectUsage(index, builtins, entryPoints);
        for (FileUsage f : files) {
            p.declarations.addAll(f.declarations());
            References r = f.references();
            p.classes.addAll(r.classes);
            p.functions.addAll(r.functions);
            p.constants.addAll(r.constants);
            r.methods.forEach((name, on) -> p.methods.computeIfAbsent(name, k -> new HashSet<>()).addAll(on));
            p.properties.addAll(r.properties);
            p.classConstants.addAll(r.classConstants);
            p.strings.addAll(r.strings);
            r.strings.forEach(s -> p.stringsLower.add(s.toLowerCase(Locale.ROOT)));
            p.docNames.addAll(r.docNames);
            p.prefixes.addAll(r.prefixes);
            p.classPrefixes.addAll(r.classPrefixes);
            p.dynamicMethodClasses.addAll(r.dynamicMethodClasses);
            p.dynamicPropertyClasses.addAll(r.dynamicPropertyClasses);
            p.unresolvedDynamicCalls += r.unresolvedDynamicCalls.size();
        }
        return p;
    }

    /** The declarations of one kind, in file order. */
    public List<Declaration> declarations(Declaration.Kind kind) {
        List<Declaration> out = new ArrayList<>();
        for (Declaration d : declarations) {
            if (d.kind() == kind) {
                out.add(d);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** Calls `$x->$name()` with neither the receiver's class nor the name known: each may reach any method. */
    public int unresolvedDynamicCalls() {
        return unresolvedDynamicCalls;
    }

    public boolean isUsed(Declaration d) {
        if (d.exempt()) {
            return true;
        }
        return switch (d.kind()) {
            case CLASS -> classUsed(d.name());
            case FUNCTION -> functionUsed(d.name());
            case CONSTANT -> constantUsed(d.name());
            // `$x->$name()` with neither known may call any public method.
            case METHOD -> unresolvedDynamicCalls > 0 && !d.isProtected() || methodUsed(d.owner(), d.name());
            case PROPERTY -> memberListed(d) || hierarchy.open(d.owner()) || properties.contains(d.name())
                    || strings.contains(d.name()) || relatedToAny(d.owner(), dynamicPropertyClasses);
            case CLASS_CONSTANT -> memberListed(d) || hierarchy.open(d.owner()) || classConstants.contains(d.name())
                    || strings.contains(d.name());
        };
    }

    /*
     * A project function, class or constant named like one of PHP's is its polyfill: code written
     * for the built-in uses it, whether or not the project itself does.
     */

    private boolean classUsed(String fqn) {
        String key = fqn.toLowerCase(Locale.ROOT);
        return classes.contains(key) || stringsLower.contains(key) || docNames.contains(key)
                || startsWithAny(key, classPrefixes) || hierarchy.open(fqn) || builtins.clazz(fqn) != null
                || symbolListed(fqn);
    }

    private boolean functionUsed(String fqn) {
        String key = fqn.toLowerCase(Locale.ROOT);
        return functions.contains(key) || stringsLower.contains(key) || startsWithAny(key, prefixes)
                || builtins.function(fqn) != null || symbolListed(fqn);
    }

    private boolean constantUsed(String fqn) {
        return constants.contains(fqn) || strings.contains(fqn) || builtins.constant(fqn) != null
                || symbolListed(fqn);
    }

    private boolean methodUsed(String owner, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (stringsLower.contains(lower) || startsWithAny(lower, prefixes) || hierarchy.open(owner)
                || hierarchy.builtinDeclares(owner, lower) || relatedToAny(owner, dynamicMethodClasses)) {
            return true;
        }
        Set<String> on = methods.getOrDefault(lower, Set.of());
        if (on.contains(References.ANY_CLASS) || relatedToAny(owner, on)) {
            return true;
        }
        for (EntryPoint e : entryPoints) {
            for (String c : hierarchy.selfAndAncestors(owner)) {
                if (e.matchesMember(c, lower)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean relatedToAny(String owner, Set<String> classNames) {
        if (classNames.isEmpty()) {
            return false;
        }
        String key = owner.toLowerCase(Locale.ROOT);
        if (classNames.contains(key)) {
            return true;
        }
        for (String a : hierarchy.selfAndAncestors(owner)) {
            if (classNames.contains(a)) {
                return true;
            }
        }
        for (String c : classNames) {
            if (!c.equals(References.ANY_CLASS) && hierarchy.selfAndAncestors(c).contains(key)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithAny(String lowerName, Set<String> prefixes) {
        for (String p : prefixes) {
            if (lowerName.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private boolean symbolListed(String fqn) {
        for (EntryPoint e : entryPoints) {
            if (e.matchesSymbol(fqn)) {
                return true;
            }
        }
        return false;
    }

    private boolean memberListed(Declaration d) {
        for (EntryPoint e : entryPoints) {
            for (String c : hierarchy.selfAndAncestors(d.owner())) {
                if (e.matchesMember(c, d.name())) {
                    return true;
                }
            }
        }
        return false;
    }
}
