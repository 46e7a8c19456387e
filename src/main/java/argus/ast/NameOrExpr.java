package argus.ast;

/** A place that takes a name as written (`Foo::x()`, `new Foo`) or any expression (`$cls::x()`). */
public sealed interface NameOrExpr extends Node permits Name, Expr {
}
