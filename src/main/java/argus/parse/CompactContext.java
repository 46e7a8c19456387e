package argus.parse;

import java.util.ArrayList;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Base of every generated parse-tree context. Most contexts have one to four children;
 * ANTLR's default list of ten wastes about 40 bytes a node, which on big files (a 4 MB
 * array literal) turns into garbage-collector time.
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
}
