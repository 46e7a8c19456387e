package argus.rules.deadcode;

import argus.ast.ParseResult;
import argus.rules.Scope;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks of a file's conditions that the types decide, judged once per file: RedundantCondition
 * reports the always-true ones and TypeDoesNotContainType the always-false ones of the same list.
 */
record ConditionVerdicts(List<ConditionTypes.Verdict> all) {
    static ConditionVerdicts of(Scope scope) {
        return scope.fileFact(ConditionVerdicts.class, file -> judge(file, scope));
    }

    private static ConditionVerdicts judge(ParseResult file, Scope scope) {
        DeclaredOrigin origin = new DeclaredOrigin(scope, file.statements());
        Scope declared = new DeclaredView(scope);
        List<ConditionTypes.Verdict> out = new ArrayList<>();
        for (ConditionAtoms.Atom atom : ConditionAtoms.of(file.statements(), scope::namesAt)) {
            ConditionTypes.Verdict v = ConditionTypes.agreed(atom, scope, declared, origin);
            if (v != null) {
                out.add(v);
            }
        }
        return new ConditionVerdicts(List.copyOf(out));
    }
}
