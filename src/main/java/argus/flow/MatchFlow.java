package argus.flow;

import argus.ast.Expr;
import argus.ast.Part;
import argus.types.Type;
import argus.types.Types;

/** `match`: each arm in the state where its conditions hold; `match (true)` narrows by each condition. */
final class MatchFlow {
    private MatchFlow() {
    }

    static Type match(ExprFlow flow, Expr.Match n) {
        Type subject = flow.type(n.subject());
        boolean onTrue = n.subject() instanceof Expr.BoolLit b && b.value();
        FlowState rest = flow.state();
        FlowState out = FlowState.UNREACHABLE;
        Type result = Type.NEVER;
        boolean hasDefault = false;
        for (Part.MatchArm arm : n.arms()) {
            FlowState armIn;
            if (arm.isDefault()) {
                hasDefault = true;
                armIn = rest;
            } else {
                armIn = FlowState.UNREACHABLE;
                for (Expr cond : arm.conditions()) {
                    if (onTrue) {
                        Narrowing.Branches b = flow.fn.narrowing.branch(cond, rest);
                        armIn = armIn.join(b.whenTrue());
                        rest = b.whenFalse();
                    } else {
                        Narrowing.Branches b = flow.fn.narrowing.identical(n.subject(), subject, cond, rest);
                        armIn = armIn.join(b.whenTrue());
                        rest = b.whenFalse();
                    }
                }
            }
            ExprFlow.Typed t = flow.eval(arm.body(), armIn);
            if (t.state().reachable()) {
                result = Types.join(result, t.type());
                out = out.join(t.state());
            }
        }
        // Without a default arm an unmatched value throws UnhandledMatchError.
        flow.setState(out);
        return result;
    }
}
