package argus.rules.compat;

import argus.ast.AstScanner;
import argus.ast.Stmt;

/**
 * A walk over the code of the global namespace only: declarations there (`__autoload`, a
 * class whose method takes its name) meant something to old PHP versions that the same
 * declarations inside a namespace never did.
 */
abstract class GlobalNamespace extends AstScanner {
    @Override
    public Void visitNamespace(Stmt.Namespace node) {
        return node.name() == null ? super.visitNamespace(node) : null;
    }
}
