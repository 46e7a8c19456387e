package argus.rules;

import argus.ast.Node;
import java.util.List;

/** A rule that looks at one kind of AST node; the engine walks each file once and calls it for every such node. */
public interface NodeRule<N extends Node> extends Rule {
    Class<N> nodeType();

    /**
     * The record classes the engine dispatches to this rule. The engine matches a node's exact
     * class, so a rule about several kinds of node (int and float literals, the four call
     * forms) declares their common interface as {@link #nodeType()} and lists the records here.
     */
    default List<Class<? extends N>> nodeTypes() {
        return List.of(nodeType());
    }

    void check(N node, Scope scope, FindingSink out);
}
