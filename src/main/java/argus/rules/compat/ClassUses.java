package argus.rules.compat;

import argus.ast.Expr;
import argus.ast.Identifier;
import argus.ast.Name;
import argus.ast.Node;
import argus.ast.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * The places where PHP needs a class to exist: `new`, static calls, properties and constants,
 * and `extends` / `implements`. Not `instanceof`, `catch`, type declarations or `X::class`,
 * which compile and run without the class (a `catch (Throwable $e)` on PHP 5 simply never
 * matches): reporting those would flag the very code written to support both versions.
 */
final class ClassUses {
    static final List<Class<? extends Node>> NODES = List.of(Expr.New.class, Expr.StaticCall.class,
            Expr.ClassConstFetch.class, Expr.StaticPropertyFetch.class, Stmt.ClassLike.class);

    private ClassUses() {
    }

    static List<Name> of(Node node) {
        if (node instanceof Expr.New n && n.cls() instanceof Name name) {
            return List.of(name);
        }
        if (node instanceof Expr.StaticCall c && c.cls() instanceof Name name) {
            return List.of(name);
        }
        if (node instanceof Expr.ClassConstFetch c && c.cls() instanceof Name name
                && !(c.name() instanceof Identifier id && id.name().equalsIgnoreCase("class"))) {
            return List.of(name);
        }
        if (node instanceof Expr.StaticPropertyFetch p && p.cls() instanceof Name name) {
            return List.of(name);
        }
        if (node instanceof Stmt.ClassLike c) {
            List<Name> out = new ArrayList<>();
            if (c.parent() != null) {
                out.add(c.parent());
            }
            out.addAll(c.interfaces());
            return out;
        }
        return List.of();
    }
}
