package argus.rules;

import argus.ast.ParseResult;

/** A rule about a whole file: its syntax errors, its comments, the shape of its statements. */
public interface FileRule extends Rule {
    void check(ParseResult file, Scope scope, FindingSink out);
}
