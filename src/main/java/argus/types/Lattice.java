package argus.types;

import java.util.Collection;

/**
 * The lattice operations on types already in normal form, for use inside the package.
 * {@link Types} offers the same operations to the outside, normalising its arguments first.
 */
final class Lattice {
    private Lattice() {
    }

    static Type join(Type a, Type b) {
        if (a.equals(b) || b instanceof Type.Never || a instanceof Type.Mixed) {
            return a;
        }
        if (a instanceof Type.Never || b instanceof Type.Mixed) {
            return b;
        }
        return Norm.of(a).join(Norm.of(b)).toType();
    }

    static Type joinAll(Collection<? extends Type> types) {
        Norm all = Norm.NEVER;
        for (Type t : types) {
            all = all.join(Norm.of(t));
        }
        return all.toType();
    }

    static Type meet(Type a, Type b) {
        if (a.equals(b) || b instanceof Type.Mixed || a instanceof Type.Never) {
            return a;
        }
        if (b instanceof Type.Never || a instanceof Type.Mixed) {
            return b;
        }
        return Norm.of(a).meet(Norm.of(b)).toType();
    }

    static Type remove(Type a, Type b) {
        return Norm.of(a).minus(Norm.of(b)).toType();
    }

    static boolean leq(Type a, Type b) {
        if (a.equals(b) || a instanceof Type.Never || b instanceof Type.Mixed) {
            return true;
        }
        return Norm.of(a).leq(Norm.of(b));
    }
}
