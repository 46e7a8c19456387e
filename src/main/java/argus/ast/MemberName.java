package argus.ast;

/** A member name: an identifier (`$o->name`) or an expression (`$o->$name`, `$o->{'a-b'}`). */
public sealed interface MemberName extends Node permits Identifier, Expr {
}
