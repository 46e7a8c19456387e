package argus.rules.compat;

import argus.ast.Name;
import argus.ast.Node;
import argus.config.PhpVersionRange;
import argus.index.BuiltinFunction;
import argus.index.Builtins;
import argus.rules.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * What the rules about built-in symbols share: whether a name means PHP's symbol or one the
 * project declares (a polyfill anywhere in the analysed code or its vendor folder wins where
 * PHP lacks the symbol), and the versions a use can run on after its guards.
 */
final class SymbolChecks {
    private static final Set<String> CLASS_KEYWORDS = Set.of("self", "static", "parent");

    private SymbolChecks() {
    }

    /**
     * The global function a call of {@code name} reaches when the project declares none of its
     * candidates; null otherwise. Kept for the node: six symbol rules ask about each called name.
     */
    static String builtinFunction(Name name, Scope scope) {
        return scope.nodeFact(SymbolChecks.class, name, () -> resolveBuiltinFunction(name, scope));
    }

    private static String resolveBuiltinFunction(Name name, Scope scope) {
        if (name.kind() == Name.Kind.QUALIFIED || name.kind() == Name.Kind.RELATIVE) {
            return null;
        }
        List<String> candidates = scope.names().functionCandidates(name);
        for (String c : candidates) {
            if (scope.index().function(c) != null) {
                return null;
            }
        }
        String global = candidates.get(candidates.size() - 1);
        return global.indexOf('\\') >= 0 ? null : global;
    }

    /** The class {@code name} resolves to when the project does not declare it; null for self/static/parent or a project class. */
    static String builtinClass(Name name, Scope scope) {
        String fqn = scope.names().resolveClass(name);
        if (CLASS_KEYWORDS.contains(fqn.toLowerCase(Locale.ROOT)) || scope.index().clazz(fqn) != null) {
            return null;
        }
        return fqn;
    }

    /** The global constant {@code name} reaches when the project declares none of its candidates. */
    static String builtinConstant(Name name, Scope scope) {
        if (name.kind() == Name.Kind.QUALIFIED || name.kind() == Name.Kind.RELATIVE) {
            return null;
        }
        List<String> candidates = scope.names().constantCandidates(name);
        for (String c : candidates) {
            if (scope.index().constant(c) != null) {
                return null;
            }
        }
        String global = candidates.get(candidates.size() - 1);
        return global.indexOf('\\') >= 0 ? null : global;
    }

    /** The extension a built-in function belongs to, lower case, or null. */
    static String extensionOf(String function) {
        BuiltinFunction f = Builtins.get().function(function);
        return f == null || f.ext() == null ? null : f.ext().toLowerCase(Locale.ROOT);
    }

    /** The targeted versions {@code at} runs on after its version guards; null where none does. */
    static PhpVersionRange versionsAt(Node at, Scope scope) {
        return Guards.of(scope).at(at).narrow(scope.phpVersions());
    }

    static GuardFacts guardsAt(Node at, Scope scope) {
        return Guards.of(scope).at(at);
    }

    static String targets(Scope scope) {
        return "; the project targets " + scope.phpVersions();
    }

    /** A built-in class a node names, with its lifetime. */
    record ClassUse(Name name, String cls, Lifetime life) {
    }

    /**
     * The built-in classes {@code node} names (see {@link ClassUses}) that fall outside the
     * targets by {@code outside}, also on the versions their guards leave, and that no
     * `class_exists()` guard covers.
     */
    static List<ClassUse> classesOutside(Node node, Scope scope, BiPredicate<Lifetime, PhpVersionRange> outside) {
        List<ClassUse> out = new ArrayList<>();
        for (Name name : ClassUses.of(node)) {
            String cls = builtinClass(name, scope);
            Lifetime life = cls == null ? null : SymbolVersions.clazz(cls);
            if (life == null || !outside.test(life, scope.phpVersions())) {
                continue;
            }
            GuardFacts guards = guardsAt(name, scope);
            PhpVersionRange versions = guards.narrow(scope.phpVersions());
            if (!guards.classes().contains(cls.toLowerCase(Locale.ROOT)) && versions != null && outside.test(life, versions)) {
                out.add(new ClassUse(name, cls, life));
            }
        }
        return out;
    }
}
