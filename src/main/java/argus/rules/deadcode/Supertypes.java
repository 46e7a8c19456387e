package argus.rules.deadcode;

import argus.index.BuiltinClass;
import argus.index.Symbols;
import argus.rules.Scope;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Whether a method's signature is dictated from above: a parent, an interface or a trait declares it. */
final class Supertypes {
    private Supertypes() {
    }

    /**
     * True when some ancestor of {@code classFqn} (parents, interfaces, traits, built-in ones too)
     * declares {@code method}, or when an ancestor is unknown: what it declares cannot be ruled out.
     */
    static boolean declareMethod(Scope scope, String classFqn, String method) {
        Symbols.Class self = scope.index().clazz(classFqn);
        if (self == null) {
            return true;
        }
        Deque<String> todo = new ArrayDeque<>();
        above(self, todo);
        Set<String> seen = new HashSet<>();
        seen.add(self.key());
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            Symbols.Class c = scope.index().clazz(name);
            if (c != null) {
                if (c.method(method) != null) {
                    return true;
                }
                above(c, todo);
                continue;
            }
            BuiltinClass b = scope.types().builtins().clazz(name);
            if (b == null || scope.types().builtins().method(name, method) != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether some class below {@code classFqn} in the project declares {@code method}: then its parameters are theirs too. */
    static boolean overriddenBelow(Scope scope, String classFqn, String method) {
        Deque<String> todo = new ArrayDeque<>(List.of(classFqn));
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (Symbols.Class sub : scope.index().directSubtypes(name)) {
                if (sub.method(method) != null) {
                    return true;
                }
                todo.add(sub.fqn());
            }
        }
        return false;
    }

    private static void above(Symbols.Class c, Deque<String> todo) {
        if (c.parent() != null) {
            todo.add(c.parent());
        }
        todo.addAll(c.interfaces());
        todo.addAll(c.traits());
    }
}
