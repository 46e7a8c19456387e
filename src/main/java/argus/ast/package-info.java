/**
 * The immutable AST: Java records in sealed families ({@link argus.ast.Expr},
 * {@link argus.ast.Stmt}, {@link argus.ast.Member}, {@link argus.ast.Part},
 * {@link argus.ast.TypeHint}, names), one {@link argus.ast.AstVisitor} method per record,
 * the full traversal {@link argus.ast.AstScanner}, the source printer
 * {@link argus.ast.AstPrinter} and the position-free dump {@link argus.ast.AstDump}.
 *
 * <h2>Equality and side tables</h2>
 * Records compare deeply, and every node holds its {@link argus.source.Span}: two nodes
 * are {@code equals} only when they are the same code at the same place, and
 * {@code hashCode} walks the whole subtree, so it costs O(size) on every call. A
 * {@code HashMap<Expr, Type>} would therefore hash a whole function body for each
 * lookup, and would merge distinct nodes that happen to be equal (a synthesized node
 * with {@code Span.NONE}, say). Side tables keyed by node (types, flow states, facts)
 * must be {@link java.util.IdentityHashMap}s (or identity sets): O(1) per lookup and
 * one entry per node object. To compare trees modulo positions, compare
 * {@link argus.ast.AstDump} output, not {@code equals}.
 *
 * <h2>Text</h2>
 * Strings in the tree ({@code StringLit.value}, {@code InlineHtml.text}, names) hold one
 * char per source byte (the file decoded as ISO-8859-1), so bytes 0x80-0xFF appear as
 * chars 0x80-0xFF. {@link argus.ast.AstPrinter} keeps that convention; encode its output
 * with ISO-8859-1 to get the original bytes back.
 */
package argus.ast;
