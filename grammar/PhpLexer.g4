/*
 * argus PHP lexer, written from PHP's documented lexical rules (PHP 5.6 - 8.5).
 *
 * Input is the file's bytes decoded as ISO-8859-1, so one char is one byte and every
 * offset is a byte offset. PhpCharStream reports every byte >= 0x80 as U+007F: ANTLR's
 * lexer DFA only caches edges for chars below 128, and PHP gives all high bytes the same
 * meaning (identifier or text), so the whole file stays on the fast cached path.
 *
 * Modes: DEFAULT_MODE is inline HTML; PHP is code; DQ, BACKTICK and HEREDOC are the
 * interpolating strings; DQ_OFFSET is the `[...]` of "$a[...]". Braces in PHP mode push
 * and pop PHP mode, so the `}` closing "{$expr}" returns to the string it came from.
 * Heredoc closing labels and nowdoc bodies need lookahead a grammar cannot express; the
 * base class PhpLexerBase does those scans.
 */
lexer grammar PhpLexer;

options {
    superClass = argus.parse.PhpLexerBase;
    caseInsensitive = true;
}

channels { COMMENTS }

tokens { HEREDOC_END, HALT_DATA }

// ---------------------------------------------------------------- inline HTML
OPEN_TAG_ECHO : '<?=' -> mode(PHP);
OPEN_TAG      : '<?php' ([ \t\n] | '\r' '\n'?)? -> channel(HIDDEN), mode(PHP);
// One token per run of text; a lone '<' (not starting an open tag) is its own run.
INLINE_HTML   : ( ~'<' | '<'+ ~[?<] | '<?' ~[p=<] )+ | '<' ;

// ---------------------------------------------------------------- PHP code
mode PHP;

CLOSE_TAG     : '?>' ('\n' | '\r' '\n'?)? -> mode(DEFAULT_MODE);
WS            : [ \t\r\n]+ -> skip;
DOC_COMMENT   : '/**' [ \t\r\n] .*? ('*/' | EOF) -> channel(COMMENTS);
BLOCK_COMMENT : '/*' .*? ('*/' | EOF) -> channel(COMMENTS);
// A line comment ends at the newline or just before `?>`; `#[` starts an attribute.
LINE_COMMENT  : ('//' | '#' {notFollowedBy('[')}?) ( ~[\r\n?] | '?' {notFollowedBy('>')}? )* -> channel(COMMENTS);

ATTR_START    : '#[';

// Casts are single tokens, spaces and tabs allowed inside the parentheses, as in PHP.
INT_CAST      : '(' [ \t]* ('int' | 'integer') [ \t]* ')';
FLOAT_CAST    : '(' [ \t]* ('float' | 'double' | 'real') [ \t]* ')';
STRING_CAST   : '(' [ \t]* ('string' | 'binary') [ \t]* ')';
BOOL_CAST     : '(' [ \t]* ('bool' | 'boolean') [ \t]* ')';
ARRAY_CAST    : '(' [ \t]* 'array' [ \t]* ')';
OBJECT_CAST   : '(' [ \t]* 'object' [ \t]* ')';
UNSET_CAST    : '(' [ \t]* 'unset' [ \t]* ')';
VOID_CAST     : '(' [ \t]* 'void' [ \t]* ')';

// Keywords (case-insensitive). `enum` is one only before a class name, as in PHP's lexer.
ABSTRACT      : 'abstract';
AND           : 'and';
ARRAY         : 'array';
AS            : 'as';
BREAK         : 'break';
CALLABLE      : 'callable';
CASE          : 'case';
CATCH         : 'catch';
CLASS         : 'class';
CLONE         : 'clone';
CONST         : 'const';
CONTINUE      : 'continue';
DECLARE       : 'declare';
DEFAULT       : 'default';
DO            : 'do';
ECHO          : 'echo';
ELSE          : 'else';
ELSEIF        : 'elseif';
EMPTY         : 'empty';
ENDDECLARE    : 'enddeclare';
ENDFOR        : 'endfor';
ENDFOREACH    : 'endforeach';
ENDIF         : 'endif';
ENDSWITCH     : 'endswitch';
ENDWHILE      : 'endwhile';
ENUM          : 'enum' {isEnumKeyword()}?;
EVAL          : 'eval';
EXIT          : 'exit' | 'die';
EXTENDS       : 'extends';
FINAL         : 'final';
FINALLY       : 'finally';
FN            : 'fn';
FOR           : 'for';
FOREACH       : 'foreach';
FUNCTION      : 'function';
GLOBAL        : 'global';
GOTO          : 'goto';
IF            : 'if';
IMPLEMENTS    : 'implements';
INCLUDE       : 'include';
INCLUDE_ONCE  : 'include_once';
INSTANCEOF    : 'instanceof';
INSTEADOF     : 'insteadof';
INTERFACE     : 'interface';
ISSET         : 'isset';
LIST          : 'list';
MATCH         : 'match';
NAMESPACE     : 'namespace';
NEW           : 'new';
OR            : 'or';
PRINT         : 'print';
PRIVATE       : 'private';
PROTECTED     : 'protected';
PUBLIC        : 'public';
PRIVATE_SET   : 'private(set)';
PROTECTED_SET : 'protected(set)';
PUBLIC_SET    : 'public(set)';
READONLY      : 'readonly';
REQUIRE       : 'require';
REQUIRE_ONCE  : 'require_once';
RETURN        : 'return';
STATIC        : 'static';
SWITCH        : 'switch';
THROW         : 'throw';
TRAIT         : 'trait';
TRY           : 'try';
UNSET         : 'unset';
USE           : 'use';
VAR           : 'var';
WHILE         : 'while';
XOR           : 'xor';
YIELD_FROM    : 'yield' [ \t\r\n]+ 'from' {notFollowedByNameChar()}?;
YIELD         : 'yield';
HALT_COMPILER : '__halt_compiler' {onHaltCompiler();};

// Operators and punctuation.
NULLSAFE_ARROW  : '?->';
ARROW           : '->';
DOUBLE_ARROW    : '=>';
DOUBLE_COLON    : '::';
ELLIPSIS        : '...';
COALESCE_ASSIGN : '??=';
COALESCE        : '??';
POW_ASSIGN      : '**=';
POW             : '**';
INC             : '++';
DEC             : '--';
IDENTICAL       : '===';
NOT_IDENTICAL   : '!==';
EQUAL           : '==';
NOT_EQUAL       : '!=' | '<>';
SPACESHIP       : '<=>';
LE              : '<=';
GE              : '>=';
SL_ASSIGN       : '<<=';
SR_ASSIGN       : '>>=';
SL              : '<<';
SR              : '>>';
PLUS_ASSIGN     : '+=';
MINUS_ASSIGN    : '-=';
MUL_ASSIGN      : '*=';
DIV_ASSIGN      : '/=';
CONCAT_ASSIGN   : '.=';
MOD_ASSIGN      : '%=';
AND_ASSIGN      : '&=';
OR_ASSIGN       : '|=';
XOR_ASSIGN      : '^=';
BOOLEAN_AND     : '&&';
BOOLEAN_OR      : '||';
PIPE            : '|>';
SEMI            : ';';
COLON           : ':';
COMMA           : ',';
DOT             : '.';
LBRACKET        : '[';
RBRACKET        : ']';
LPAREN          : '(';
RPAREN          : ')';
LBRACE          : '{' {pushMode(PHP);};
RBRACE          : '}' {popBraceMode();};
BAR             : '|';
CARET           : '^';
AMP             : '&';
PLUS            : '+';
MINUS           : '-';
SLASH           : '/';
STAR            : '*';
PERCENT         : '%';
ASSIGN          : '=';
BANG            : '!';
TILDE           : '~';
QUESTION        : '?';
LT              : '<';
GT              : '>';
AT              : '@';
DOLLAR          : '$';
BACKSLASH       : '\\';

VARIABLE        : '$' NameStart NameChar*;
// Namespaced names are one token, as in PHP 8: Foo\Bar, \Foo, namespace\Foo.
QUALIFIED_NAME  : '\\'? NameStart NameChar* ('\\' NameStart NameChar*)+ | '\\' NameStart NameChar*;
// The prefix of a group use: `use Foo\{A, B};`
NAME_PREFIX     : '\\'? NameStart NameChar* ('\\' NameStart NameChar*)* '\\' ;
NAME            : NameStart NameChar*;

DNUMBER         : (Digits? '.' Digits | Digits '.') Exponent? | Digits Exponent;
LNUMBER         : Digits | '0x' HexDigit ('_'? HexDigit)* | '0b' [01] ('_'? [01])* | '0o' [0-7] ('_'? [0-7])*;

SQ_STRING       : 'b'? '\'' (~['\\] | '\\' .)* '\'';
// A double-quoted string without interpolation is one token; otherwise DQ_START opens DQ mode.
DQ_STRING       : 'b'? '"' DqChar* '$'* '"';
DQ_START        : 'b'? '"' -> pushMode(DQ);
BACKTICK        : '`' -> pushMode(BACKTICK_MODE);
NOWDOC          : 'b'? '<<<' [ \t]* '\'' NameStart NameChar* '\'' ('\n' | '\r' '\n'?) {readNowdoc();};
HEREDOC_START   : 'b'? '<<<' [ \t]* ( '"' NameStart NameChar* '"' | NameStart NameChar* ) ('\n' | '\r' '\n'?) {startHeredoc();};

UNEXPECTED_CHAR : . ;

fragment NameStart : [a-z_\u007f];
fragment NameChar  : [a-z0-9_\u007f];
fragment Digits    : [0-9] ('_'? [0-9])*;
fragment HexDigit  : [0-9a-f];
fragment Exponent  : 'e' [+-]? Digits;
// A '$' that does not start a variable: followed by a non-name char, not '{'.
fragment DqChar    : ~["\\$] | '\\' . | '$'+ ~["\\$a-z_\u007f{] | '$'+ '\\' . ;

// ---------------------------------------------------------------- "..." with interpolation
mode DQ;
DQ_END          : '"' -> popMode;
DQ_TEXT         : (~["\\${] | '\\' .)+;
DQ_VAR_OFFSET   : '$' NameStart NameChar* '[' -> pushMode(DQ_OFFSET);
DQ_VAR_PROP     : '$' NameStart NameChar* '?'? '->' NameStart NameChar*;
DQ_VAR          : '$' NameStart NameChar*;
DQ_DOLLAR_CURLY : '${' -> pushMode(PHP);
DQ_CURLY_OPEN   : '{' {followedBy('$')}? -> pushMode(PHP);
DQ_LITERAL      : '$' | '{';

// ---------------------------------------------------------------- `...` shell execution
mode BACKTICK_MODE;
BT_END          : '`' -> type(BACKTICK), popMode;
BT_TEXT         : (~[`\\${] | '\\' .)+ -> type(DQ_TEXT);
BT_VAR_OFFSET   : '$' NameStart NameChar* '[' -> type(DQ_VAR_OFFSET), pushMode(DQ_OFFSET);
BT_VAR_PROP     : '$' NameStart NameChar* '?'? '->' NameStart NameChar* -> type(DQ_VAR_PROP);
BT_VAR          : '$' NameStart NameChar* -> type(DQ_VAR);
BT_DOLLAR_CURLY : '${' -> type(DQ_DOLLAR_CURLY), pushMode(PHP);
BT_CURLY_OPEN   : '{' {followedBy('$')}? -> type(DQ_CURLY_OPEN), pushMode(PHP);
BT_LITERAL      : ('$' | '{') -> type(DQ_LITERAL);

// ---------------------------------------------------------------- heredoc body
// Text tokens end at each newline so that every line start is a token boundary, where
// PhpLexerBase recognises the closing label it found when the heredoc started.
mode HEREDOC;
HD_TEXT         : ( ( ~[\\${\n] | '\\' ~[\n] )+ '\n'? | '\\'? '\n' | '\\' ) -> type(DQ_TEXT);
HD_VAR_OFFSET   : '$' NameStart NameChar* '[' -> type(DQ_VAR_OFFSET), pushMode(DQ_OFFSET);
HD_VAR_PROP     : '$' NameStart NameChar* '?'? '->' NameStart NameChar* -> type(DQ_VAR_PROP);
HD_VAR          : '$' NameStart NameChar* -> type(DQ_VAR);
HD_DOLLAR_CURLY : '${' -> type(DQ_DOLLAR_CURLY), pushMode(PHP);
HD_CURLY_OPEN   : '{' {followedBy('$')}? -> type(DQ_CURLY_OPEN), pushMode(PHP);
HD_LITERAL      : ('$' | '{') -> type(DQ_LITERAL);

// ---------------------------------------------------------------- "$a[...]" offset
mode DQ_OFFSET;
OFFSET_NAME     : NameStart NameChar*;
OFFSET_NUMBER   : '-'? [0-9]+ | '0x' HexDigit+ | '0b' [01]+;
OFFSET_VAR      : '$' NameStart NameChar*;
OFFSET_END      : ']' -> popMode;
OFFSET_BAD      : . -> type(UNEXPECTED_CHAR);
