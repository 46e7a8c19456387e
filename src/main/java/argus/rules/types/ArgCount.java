package argus.rules.types;

import argus.ast.Expr;
import argus.ast.Part;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** How a call's arguments fill parameters: the positional ones first, then the named ones. */
record ArgCount(int positional, Set<String> named) {
    static ArgCount of(List<Part.Arg> args) {
        int positional = 0;
        Set<String> named = new HashSet<>();
        for (Part.Arg a : args) {
            if (a.name() != null) {
                named.add(a.name().name());
            } else if (named.isEmpty()) {
                positional++;
            }
        }
        return new ArgCount(positional, named);
    }

    /** Where a finding about the whole call goes: the name of what is called. */
    static argus.ast.Node anchor(Expr call) {
        if (call instanceof Expr.FuncCall f) {
            return f.callee();
        }
        if (call instanceof Expr.MethodCall m) {
            return m.name();
        }
        if (call instanceof Expr.StaticCall s) {
            return s.name();
        }
        return ((Expr.New) call).cls();
    }

    static final List<Class<? extends Expr>> CALLS = List.of(Expr.FuncCall.class, Expr.MethodCall.class,
            Expr.StaticCall.class, Expr.New.class);
}
