package argus.flow;

/**
 * A map key that compares what it wraps by identity. AST records hash and compare deeply, which
 * for a declaration or a whole file's parse walks the tree; here one node is one object.
 */
record IdentityKey(Object of) {
    @Override
    public boolean equals(Object o) {
        return o instanceof IdentityKey k && k.of == of;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(of);
    }
}
