package argus.rules;

import argus.ast.Node;

/** A rule that looks at one kind of AST node; the engine walks each file once and calls it for every such node. */
public interface NodeRule<N extends Node> extends Rule {
    Class<N> nodeType();

    void check(N node, Scope scope, FindingSink out);
}
