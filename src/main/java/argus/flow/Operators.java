package argus.flow;

import argus.ast.Expr.BinaryOp;
import argus.types.Type;
import argus.types.Types;

/** Result types of PHP's operators, folding int and string literals where that is exact. */
final class Operators {
    private static final Type INT_OR_FLOAT = Types.join(Type.INT, Type.FLOAT);

    private Operators() {
    }

    static Type binary(BinaryOp op, Type left, Type right) {
        switch (op) {
            case ADD:
                if (isArray(left) && isArray(right)) {
                    return Types.join(left, right);
                }
                if (unknown(left) || unknown(right)) {
                    // `+` of unknown operands may be an array union (or a GMP object): no guess.
                    return Type.MIXED;
                }
                return arithmetic(left, right, op);
            case SUB, MUL, POW:
                if (mayBeObject(left) || mayBeObject(right)) {
                    return Type.MIXED;
                }
                return arithmetic(left, right, op);
            case DIV:
                return Types.leq(left, Type.FLOAT) || Types.leq(right, Type.FLOAT) ? Type.FLOAT : INT_OR_FLOAT;
            case MOD, SHIFT_LEFT, SHIFT_RIGHT, BIT_AND, BIT_OR, BIT_XOR:
                if (op == BinaryOp.MOD && left instanceof Type.IntLit a && right instanceof Type.IntLit b && b.value() != 0) {
                    return new Type.IntLit(a.value() % b.value());
                }
                return Type.INT;
            case CONCAT:
                return concat(left, right);
            case SPACESHIP:
                return Types.joinAll(java.util.List.of(new Type.IntLit(-1), new Type.IntLit(0), new Type.IntLit(1)));
            case EQUAL, NOT_EQUAL, IDENTICAL, NOT_IDENTICAL, LESS, LESS_EQUAL, GREATER, GREATER_EQUAL,
                 BOOL_AND, BOOL_OR, LOGICAL_AND, LOGICAL_OR, LOGICAL_XOR:
                return Type.BOOL;
            default:
                return Type.MIXED;
        }
    }

    static Type arithmetic(Type left, Type right) {
        return arithmetic(left, right, BinaryOp.ADD);
    }

    static final Type ANY_ARRAY = argus.types.TypeParser.parse("array").type();

    private static Type arithmetic(Type left, Type right, BinaryOp op) {
        if (left instanceof Type.IntLit a && right instanceof Type.IntLit b) {
            try {
                return switch (op) {
                    case ADD -> new Type.IntLit(Math.addExact(a.value(), b.value()));
                    case SUB -> new Type.IntLit(Math.subtractExact(a.value(), b.value()));
                    case MUL -> new Type.IntLit(Math.multiplyExact(a.value(), b.value()));
                    default -> Type.INT;
                };
            } catch (ArithmeticException overflow) {
                return Type.FLOAT;
            }
        }
        boolean leftInt = Types.leq(left, Type.INT) || Types.leq(left, Type.BOOL) || Types.leq(left, Type.NULL);
        boolean rightInt = Types.leq(right, Type.INT) || Types.leq(right, Type.BOOL) || Types.leq(right, Type.NULL);
        if (leftInt && rightInt) {
            return op == BinaryOp.POW ? INT_OR_FLOAT : Type.INT;
        }
        if (Types.leq(left, Type.FLOAT) || Types.leq(right, Type.FLOAT)) {
            return Type.FLOAT;
        }
        return INT_OR_FLOAT;
    }

    static Type incDec(Type t, boolean increment) {
        if (t instanceof Type.IntLit lit) {
            return arithmetic(lit, new Type.IntLit(increment ? 1 : -1));
        }
        if (Types.leq(t, Type.INT)) {
            return Type.INT;
        }
        if (Types.leq(t, Type.FLOAT)) {
            return Type.FLOAT;
        }
        if (Types.leq(t, Type.NULL)) {
            return increment ? new Type.IntLit(1) : Type.NULL;
        }
        return Type.MIXED;
    }

    private static Type concat(Type left, Type right) {
        if (left instanceof Type.StrLit a && right instanceof Type.StrLit b) {
            return ExprFlow.stringType(a.value() + b.value());
        }
        if (nonEmpty(left) || nonEmpty(right)) {
            return Type.NON_EMPTY_STRING;
        }
        return Type.STRING;
    }

    private static boolean nonEmpty(Type t) {
        return Types.leq(t, Type.NON_EMPTY_STRING) || Types.leq(t, Type.INT) || Types.leq(t, Type.FLOAT)
                || Types.leq(t, Type.TRUE);
    }

    /** A value known to include objects (not merely unknown): GMP and BcMath\Number compute with operators. */
    private static boolean mayBeObject(Type t) {
        return !(t instanceof Type.Mixed) && !(Types.meet(t, Type.OBJECT) instanceof Type.Never);
    }

    /** Mixed, or a union with members that are not scalars or null (arrays, objects). */
    private static boolean unknown(Type t) {
        for (Type m : t instanceof Type.Union u ? u.members() : java.util.List.of(t)) {
            if (!(Acceptance.isScalar(m) || m instanceof Type.Null || m instanceof Type.Never)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isArray(Type t) {
        return !(t instanceof Type.Never) && Types.leq(t, ANY_ARRAY);
    }
}
