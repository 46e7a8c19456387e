/*
 * argus PHP parser, written from PHP's language rules (PHP 5.6 - 8.5).
 *
 * Shaped for ANTLR's SLL prediction so that real code never needs the LL fallback:
 * - one flat statement list: unbraced namespaces, top-level-only statements and the
 *   placement rules are checked by the AST builder, not here;
 * - every compound statement is left-factored after its condition, so choosing between
 *   `if (...) stmt` and `if (...): ... endif;` needs one token of lookahead;
 * - one left-recursive `expr` in PHP's precedence order, where `->`, `::`, `[]`, `()`
 *   and `++` are postfix operators; `new` takes a postfix chain whose first call the
 *   builder turns into constructor arguments;
 * - assignment is a right-associative binary operator; the builder checks the target and
 *   re-associates `!$a = f()` / `$a && $b = f()` the way PHP's grammar binds them;
 * - destructuring is parsed as an array literal and converted by the builder;
 * - constant expressions are ordinary expressions.
 */
parser grammar PhpParser;

// `?>` ends a statement as `;` does: every statement ends in (SEMI | CLOSE_TAG).

options {
    tokenVocab = PhpLexer;
    contextSuperClass = argus.parse.CompactContext;
}

file
    : statement* EOF
    ;

statement
    : LBRACE statement* RBRACE  # blockStatement
    | ifStatement  # ifStmt
    | whileStatement  # whileStmt
    | doWhileStatement  # doWhileStmt
    | forStatement  # forStmt
    | foreachStatement  # foreachStmt
    | switchStatement  # switchStmt
    | BREAK expr? (SEMI | CLOSE_TAG)  # breakStatement
    | CONTINUE expr? (SEMI | CLOSE_TAG)  # continueStatement
    | RETURN expr? (SEMI | CLOSE_TAG)  # returnStatement
    | GLOBAL expr (COMMA expr)* (SEMI | CLOSE_TAG)  # globalStatement
    | STATIC staticVar (COMMA staticVar)* (SEMI | CLOSE_TAG)  # staticStatement
    | (ECHO | OPEN_TAG_ECHO) exprList (SEMI | CLOSE_TAG)  # echoStatement
    | INLINE_HTML  # inlineHtmlStatement
    | UNSET LPAREN exprList? COMMA? RPAREN (SEMI | CLOSE_TAG)  # unsetStatement
    | declareStatement  # declareStmt
    | tryStatement  # tryStmt
    | GOTO NAME (SEMI | CLOSE_TAG)  # gotoStatement
    | NAME COLON  # labelStatement
    | functionStatement  # functionStmt
    | classStatement  # classStmt
    | namespaceStatement  # namespaceStmt
    | USE useKind? useItem (COMMA useItem)* (SEMI | CLOSE_TAG)  # useStatement
    | USE useKind? NAME_PREFIX LBRACE groupUseItem (COMMA groupUseItem)* COMMA? RBRACE (SEMI | CLOSE_TAG)  # groupUseStatement
    | CONST constItem (COMMA constItem)* (SEMI | CLOSE_TAG)  # constStatement
    | HALT_COMPILER LPAREN RPAREN (SEMI | CLOSE_TAG)  # haltCompilerStatement
    | (SEMI | CLOSE_TAG)  # emptyStatement
    | expr (SEMI | CLOSE_TAG)  # expressionStatement
    ;

ifStatement
    : IF parenExpr ( statement elseIfClause* elseClause?
    | COLON statement* altElseIfClause* altElseClause? ENDIF (SEMI | CLOSE_TAG) )
    ;

whileStatement
    : WHILE parenExpr ( statement | COLON statement* ENDWHILE (SEMI | CLOSE_TAG) )
    ;

doWhileStatement
    : DO statement WHILE parenExpr (SEMI | CLOSE_TAG)
    ;

forStatement
    : FOR LPAREN forInit=exprList? SEMI forCond=exprList? SEMI forStep=exprList? RPAREN
    ( statement | COLON statement* ENDFOR (SEMI | CLOSE_TAG) )
    ;

foreachStatement
    : FOREACH LPAREN expr AS foreachTarget (DOUBLE_ARROW foreachTarget)? RPAREN
    ( statement | COLON statement* ENDFOREACH (SEMI | CLOSE_TAG) )
    ;

switchStatement
    : SWITCH parenExpr ( LBRACE SEMI? switchCase* RBRACE
    | COLON SEMI? switchCase* ENDSWITCH (SEMI | CLOSE_TAG) )
    ;

declareStatement
    : DECLARE LPAREN declareItem (COMMA declareItem)* RPAREN
    ( statement | COLON statement* ENDDECLARE (SEMI | CLOSE_TAG) )
    ;

tryStatement
    : TRY block catchClause* (FINALLY block)?
    ;

functionStatement
    : attributes? functionDeclaration
    ;

classStatement
    : attributes? classDeclaration
    ;

namespaceStatement
    : NAMESPACE namespaceName? ( LBRACE statement* RBRACE | (SEMI | CLOSE_TAG) )
    ;

block
    : LBRACE statement* RBRACE
    ;

parenExpr
    : LPAREN expr RPAREN
    ;

elseIfClause    : ELSEIF parenExpr statement ;
elseClause      : ELSE statement ;
altElseIfClause : ELSEIF parenExpr COLON statement* ;
altElseClause   : ELSE COLON statement* ;

switchCase
    : (CASE expr | DEFAULT) (COLON | SEMI) statement*
    ;

foreachTarget
    : AMP? expr
    ;

staticVar
    : VARIABLE (ASSIGN expr)?
    ;

declareItem
    : identifier ASSIGN expr
    ;

catchClause
    : CATCH LPAREN name (BAR name)* VARIABLE? RPAREN block
    ;

useKind
    : FUNCTION
    | CONST
    ;

useItem
    : name (AS identifier)?
    ;

groupUseItem
    : useKind? name (AS identifier)?
    ;

constItem
    : identifier ASSIGN expr
    ;

namespaceName
    : NAME
    | QUALIFIED_NAME
    ;

// ---------------------------------------------------------------- declarations

functionDeclaration
    : FUNCTION AMP? functionName LPAREN parameterList RPAREN returnType? block
    ;

functionName
    : NAME
    | READONLY
    | MATCH
    ;

classDeclaration
    : classModifier* CLASS identifier (EXTENDS name)? (IMPLEMENTS nameList)? classBody  # classDecl
    | INTERFACE identifier (EXTENDS nameList)? classBody                                # interfaceDecl
    | TRAIT identifier classBody                                                        # traitDecl
    | ENUM identifier (COLON type)? (IMPLEMENTS nameList)? classBody                    # enumDecl
    ;

classModifier
    : ABSTRACT
    | FINAL
    | READONLY
    ;

classBody
    : LBRACE member* RBRACE
    ;

nameList
    : name (COMMA name)*
    ;

member
    : attributes? memberModifier* memberBody                                   # declarationMember
    | USE nameList ((SEMI | CLOSE_TAG) | LBRACE traitRule* RBRACE)                             # traitUseMember
    ;

memberBody
    : FUNCTION AMP? identifier LPAREN parameterList RPAREN returnType? (block | (SEMI | CLOSE_TAG)) # methodBody
    | CONST type? constItem (COMMA constItem)* (SEMI | CLOSE_TAG)                                   # constBody
    | type? propertyItem (COMMA propertyItem)* ((SEMI | CLOSE_TAG) | propertyHooks)                 # propertyBody
    | CASE identifier (ASSIGN expr)? (SEMI | CLOSE_TAG)                                             # enumCaseBody
    ;

memberModifier
    : PUBLIC
    | PROTECTED
    | PRIVATE
    | PUBLIC_SET
    | PROTECTED_SET
    | PRIVATE_SET
    | STATIC
    | ABSTRACT
    | FINAL
    | READONLY
    | VAR
    ;

propertyItem
    : VARIABLE (ASSIGN expr)?
    ;

propertyHooks
    : LBRACE propertyHook* RBRACE
    ;

propertyHook
    : attributes? memberModifier* AMP? identifier (LPAREN parameterList RPAREN)?
          ( DOUBLE_ARROW expr (SEMI | CLOSE_TAG) | block | (SEMI | CLOSE_TAG) )
    ;

traitRule
    : traitMethodRef INSTEADOF nameList (SEMI | CLOSE_TAG)                                      # insteadofRule
    | traitMethodRef AS memberModifier? identifier? (SEMI | CLOSE_TAG)                          # aliasRule
    ;

traitMethodRef
    : (name DOUBLE_COLON)? identifier
    ;

parameterList
    : (parameter (COMMA parameter)* COMMA?)?
    ;

parameter
    : attributes? memberModifier* type? AMP? ELLIPSIS? VARIABLE (ASSIGN expr)? propertyHooks?
    ;

returnType
    : COLON type
    ;

type
    : QUESTION atomicType                                                        # nullableType
    | typeTerm (BAR typeTerm)*                                                   # unionType
    ;

typeTerm
    : atomicType (AMP atomicType)*
    | LPAREN atomicType (AMP atomicType)+ RPAREN
    ;

atomicType
    : name
    | ARRAY
    | CALLABLE
    | STATIC
    ;

attributes
    : attributeGroup+
    ;

attributeGroup
    : ATTR_START attribute (COMMA attribute)* COMMA? RBRACKET
    ;

attribute
    : name arguments?
    ;

// ---------------------------------------------------------------- expressions

expr
    : VARIABLE                                                                   # variablePrimary
    | DOLLAR variableName                                                        # variableVariablePrimary
    | LPAREN expr RPAREN                                                         # parenPrimary
    | (LNUMBER | DNUMBER)                                                        # numberPrimary
    | SQ_STRING                                                                  # sqStringPrimary
    | DQ_STRING                                                                  # dqStringPrimary
    | ARRAY LPAREN arrayItemList RPAREN                                          # arrayPrimary
    | LBRACKET arrayItemList RBRACKET                                            # shortArrayPrimary
    | (NAME | QUALIFIED_NAME | STATIC | READONLY)                                # namePrimary
    | primary                                                                    # primaryExpr
    | expr LBRACKET expr? RBRACKET                                               # indexExpr
    | expr LBRACE expr RBRACE                                                    # curlyIndexExpr
    | expr (ARROW | NULLSAFE_ARROW) memberName                                   # memberExpr
    | expr DOUBLE_COLON staticMemberName                                         # staticMemberExpr
    | expr arguments                                                             # callExpr
    | expr (INC | DEC)                                                           # postfixExpr
    | CLONE expr                                                                 # cloneExpr
    | NEW expr                                                                   # newExpr
    | <assoc=right> expr POW expr                                                # binaryExpr
    | (INC | DEC) expr                                                           # prefixExpr
    | (PLUS | MINUS | TILDE | AT | castOp) expr                                  # unaryExpr
    | expr INSTANCEOF expr                                                       # instanceofExpr
    | BANG expr                                                                  # unaryExpr
    | expr (STAR | SLASH | PERCENT) expr                                         # binaryExpr
    | expr (PLUS | MINUS) expr                                                   # binaryExpr
    | expr (SL | SR) expr                                                        # binaryExpr
    | expr DOT expr                                                              # binaryExpr
    | expr PIPE expr                                                             # binaryExpr
    | expr (LT | LE | GT | GE) expr                                              # binaryExpr
    | expr (EQUAL | NOT_EQUAL | IDENTICAL | NOT_IDENTICAL | SPACESHIP) expr      # binaryExpr
    | expr AMP expr                                                              # binaryExpr
    | expr CARET expr                                                            # binaryExpr
    | expr BAR expr                                                              # binaryExpr
    | expr BOOLEAN_AND expr                                                      # binaryExpr
    | expr BOOLEAN_OR expr                                                       # binaryExpr
    | <assoc=right> expr COALESCE expr                                           # binaryExpr
    | expr QUESTION expr? COLON expr                                             # ternaryExpr
    | <assoc=right> expr ASSIGN AMP expr                                         # assignRefExpr
    | <assoc=right> expr (ASSIGN | PLUS_ASSIGN | MINUS_ASSIGN | MUL_ASSIGN | DIV_ASSIGN | CONCAT_ASSIGN | MOD_ASSIGN
        | POW_ASSIGN | AND_ASSIGN | OR_ASSIGN | XOR_ASSIGN | SL_ASSIGN | SR_ASSIGN | COALESCE_ASSIGN) expr # assignExpr
    | YIELD_FROM expr                                                            # yieldFromExpr
    | YIELD (expr (DOUBLE_ARROW expr)?)?                                         # yieldExpr
    | PRINT expr                                                                 # printExpr
    | expr AND expr                                                              # binaryExpr
    | expr XOR expr                                                              # binaryExpr
    | expr OR expr                                                               # binaryExpr
    | (INCLUDE | INCLUDE_ONCE | REQUIRE | REQUIRE_ONCE) expr                     # includeExpr
    | THROW expr                                                                 # throwExpr
    ;

// Less frequent primaries, kept out of `expr` so that its generated method stays small enough
// for the JIT (HotSpot does not compile methods over 8000 bytes of bytecode).
// An arrow function's body is a full `expr`, so it extends as far as possible.
primary
    : DQ_START stringPart* DQ_END                                                # interpolatedPrimary
    | BACKTICK stringPart* BACKTICK                                              # shellPrimary
    | HEREDOC_START stringPart* HEREDOC_END                                      # heredocPrimary
    | NOWDOC                                                                     # nowdocPrimary
    | LIST LPAREN arrayItemList RPAREN                                           # listPrimary
    | ISSET LPAREN expr (COMMA expr)* COMMA? RPAREN                              # issetPrimary
    | EMPTY LPAREN expr COMMA? RPAREN                                            # emptyPrimary
    | EVAL LPAREN expr COMMA? RPAREN                                             # evalPrimary
    | EXIT (LPAREN expr? COMMA? RPAREN)?                                         # exitPrimary
    | MATCH LPAREN expr COMMA? RPAREN LBRACE (matchArm (COMMA matchArm)* COMMA?)? RBRACE # matchPrimary
    | attributes? STATIC? FUNCTION AMP? LPAREN parameterList RPAREN closureUse? returnType? block # closurePrimary
    | NEW attributes? classModifier* CLASS arguments? (EXTENDS name)? (IMPLEMENTS nameList)? classBody # anonymousClassPrimary
    | CLONE LPAREN expr COMMA expr COMMA? RPAREN                                 # cloneWithPrimary
    | attributes? STATIC? FN AMP? LPAREN parameterList RPAREN returnType? DOUBLE_ARROW expr   # arrowFunctionPrimary
    ;

castOp
    : INT_CAST | FLOAT_CAST | STRING_CAST | BOOL_CAST | ARRAY_CAST | OBJECT_CAST | UNSET_CAST | VOID_CAST
    ;


variableName
    : VARIABLE
    | DOLLAR variableName
    | LBRACE expr RBRACE
    ;

name
    : NAME
    | QUALIFIED_NAME
    ;


// Member, constant and named-argument names may be any keyword.
identifier
    : NAME
    | keyword
    ;

keyword
    : ABSTRACT | AND | ARRAY | AS | BREAK | CALLABLE | CASE | CATCH | CLASS | CLONE | CONST
    | CONTINUE | DECLARE | DEFAULT | DO | ECHO | ELSE | ELSEIF | EMPTY | ENDDECLARE | ENDFOR
    | ENDFOREACH | ENDIF | ENDSWITCH | ENDWHILE | ENUM | EVAL | EXIT | EXTENDS | FINAL | FINALLY
    | FN | FOR | FOREACH | FUNCTION | GLOBAL | GOTO | IF | IMPLEMENTS | INCLUDE | INCLUDE_ONCE
    | INSTANCEOF | INSTEADOF | INTERFACE | ISSET | LIST | MATCH | NAMESPACE | NEW | OR | PRINT
    | PRIVATE | PROTECTED | PUBLIC | READONLY | REQUIRE | REQUIRE_ONCE | RETURN | STATIC | SWITCH
    | THROW | TRAIT | TRY | UNSET | USE | VAR | WHILE | XOR | YIELD | HALT_COMPILER
    ;

memberName
    : NAME
    | keyword
    | VARIABLE
    | DOLLAR variableName
    | LBRACE expr RBRACE
    ;

staticMemberName
    : NAME
    | keyword
    | VARIABLE
    | DOLLAR variableName
    | LBRACE expr RBRACE
    ;

// A positional argument is the bare expression; named and spread arguments carry a prefix.
arguments
    : LPAREN (ELLIPSIS | argumentPrefix? expr (COMMA argumentPrefix? expr)* COMMA?)? RPAREN
    ;

argumentPrefix
    : identifier COLON
    | ELLIPSIS
    ;

exprList
    : expr (COMMA expr)*
    ;

// Empty slots are legal in destructuring (`[, $b] = $pair`); the builder rejects them elsewhere.
arrayItemList
    : arrayItem? (COMMA arrayItem?)*
    ;

arrayItem
    : ELLIPSIS expr
    | AMP expr
    | expr (DOUBLE_ARROW AMP? expr)?
    ;

matchArm
    : (DEFAULT COMMA? | expr (COMMA expr)* COMMA?) DOUBLE_ARROW expr
    ;

closureUse
    : USE LPAREN closureUseVar (COMMA closureUseVar)* COMMA? RPAREN
    ;

closureUseVar
    : AMP? VARIABLE
    ;

stringPart
    : DQ_TEXT
    | DQ_LITERAL
    | DQ_VAR
    | DQ_VAR_PROP
    | DQ_VAR_OFFSET offsetKey OFFSET_END
    | DQ_DOLLAR_CURLY expr RBRACE
    | DQ_CURLY_OPEN expr RBRACE
    ;

offsetKey
    : OFFSET_NAME
    | OFFSET_NUMBER
    | OFFSET_VAR
    ;
