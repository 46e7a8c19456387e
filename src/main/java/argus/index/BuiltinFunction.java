package argus.index;

import argus.config.PhpVersion;
import argus.config.PhpVersionRange;

import java.util.List;

/**
 * An internal PHP function. {@code name} has PHP's spelling; {@code ext} is its extension in the
 * newest version that has it. {@code facts} holds the overlay's knowledge (never null).
 */
public record BuiltinFunction(String name, String ext, PhpVersionRange known, List<Signature> variants,
                              FunctionFacts facts) implements VersionedSymbol<Signature> {
    public BuiltinFunction {
        variants = List.copyOf(variants);
        facts = facts == null ? FunctionFacts.NONE : facts;
    }

    /**
     * exit and die are language constructs in every version, and functions too from 8.4: they are
     * never missing, whatever the Reflection data says.
     */
    @Override
    public Presence presenceIn(PhpVersion v) {
        return facts.construct() ? Presence.PRESENT : VersionedSymbol.super.presenceIn(v);
    }

    /** The signature for {@code v}: see {@link #nearestVariant}. */
    public Signature signatureIn(PhpVersion v) {
        return nearestVariant(v);
    }
}
