package argus.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.antlr.v4.runtime.tree.TerminalNodeImpl;

/**
 * Base of every generated parse-tree context. Most contexts have one to four children;
 * ANTLR's default list of ten wastes about 40 bytes a node, which on big files (a 4 MB
 * array literal) turns into garbage-collector time.
 *
 * The child accessors the generated code calls ({@code ctx.expr(0)}, {@code ctx.SEMI()})
 * are ANTLR's, with the same results, but walk the list by index: ANTLR's for-each
 * allocates an iterator per call, which the C1-only JIT that bin/argus runs does not
 * eliminate, and the AST builders call them for nearly every node (a tenth of build time).
 */
public class CompactContext extends ParserRuleContext {
    public CompactContext() {
    }

    public CompactContext(ParserRuleContext parent, int invokingStateNumber) {
        super(parent, invokingStateNumber);
    }

    @Override
    public <T extends ParseTree> T addAnyChild(T t) {
        if (children == null) {
            children = new ArrayList<>(4);
        }
        children.add(t);
        return t;
    }

    @Override
    public <T extends ParseTree> T getChild(Class<? extends T> ctxType, int i) {
        List<ParseTree> list = children;
        if (list == null || i < 0 || i >= list.size()) {
            return null;
        }
        int found = -1;
        for (int k = 0, n = list.size(); k < n; k++) {
            ParseTree child = list.get(k);
            if (ctxType.isInstance(child) && ++found == i) {
                return ctxType.cast(child);
            }
        }
        return null;
    }

    @Override
    public <T extends ParserRuleContext> T getRuleContext(Class<? extends T> ctxType, int i) {
        return getChild(ctxType, i);
    }

    @Override
    public <T extends ParserRuleContext> List<T> getRuleContexts(Class<? extends T> ctxType) {
        List<ParseTree> list = children;
        if (list == null) {
            return Collections.emptyList();
        }
        List<T> contexts = null;
        for (int k = 0, n = list.size(); k < n; k++) {
            ParseTree child = list.get(k);
            if (ctxType.isInstance(child)) {
                if (contexts == null) {
                    contexts = new ArrayList<>();
                }
                contexts.add(ctxType.cast(child));
            }
        }
        return contexts == null ? Collections.emptyList() : contexts;
    }

    @Override
    public TerminalNode getToken(int ttype, int i) {
        List<ParseTree> list = children;
        if (list == null || i < 0 || i >= list.size()) {
            return null;
        }
        int found = -1;
        for (int k = 0, n = list.size(); k < n; k++) {
            if (list.get(k) instanceof TerminalNodeImpl node && node.symbol.getType() == ttype && ++found == i) {
                return node;
            }
        }
        return null;
    }

    @Override
    public List<TerminalNode> getTokens(int ttype) {
        List<ParseTree> list = children;
        if (list == null) {
            return Collections.emptyList();
        }
        List<TerminalNode> tokens = null;
        for (int k = 0, n = list.size(); k < n; k++) {
            if (list.get(k) instanceof TerminalNodeImpl node && node.symbol.getType() == ttype) {
                if (tokens == null) {
                    tokens = new ArrayList<>();
                }
                tokens.add(node);
            }
        }
        return tokens == null ? Collections.emptyList() : tokens;
    }
}
