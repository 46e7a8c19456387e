package argus.flow;

import argus.ast.Expr;
import argus.ast.TypeHint;
import argus.index.Symbols;
import argus.types.Docblock;
import argus.types.Type;
import argus.types.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A function's or method's types as the flow uses them: each parameter's declared type
 * refined by its `@param`, the return type refined by `@return`, and the templates the
 * docblock declares (the class's templates come in through the context).
 *
 * @param returnKnown whether a return type is declared or documented; if not, callers infer it
 * @param returnDocumented whether a docblock gives the return type (else an overridden method's may)
 * @param templates the function's own `@template`s, by name
 */
record FnSig(List<P> params, Type returns, boolean returnKnown, boolean returnDocumented,
             Map<String, Type.TemplateParam> templates) {
    /** A parameter; {@code type} is the element type of a variadic one. */
    record P(String name, Type type, boolean byRef, boolean variadic, boolean optional) {
    }

    static final FnSig UNKNOWN = new FnSig(List.of(), Type.MIXED, false, false, Map.of());

    /** The parameter an argument at {@code position} (or named {@code name}) goes to, or null. */
    P param(int position, String name) {
        if (name != null) {
            for (P p : params) {
                if (p.name().equals(name)) {
                    return p;
                }
            }
            return null;
        }
        if (position < params.size()) {
            return params.get(position);
        }
        P last = params.isEmpty() ? null : params.get(params.size() - 1);
        return last != null && last.variadic() ? last : null;
    }

    /**
     * Reads a declaration. {@code cx} holds the names in force and the class's templates;
     * the function's own templates are added to them for its parameters and return type.
     */
    static FnSig of(TypeEnv env, List<Symbols.Param> params, TypeHint returnHint, String docComment,
                    DocTypes.Context cx) {
        Docblock doc = env.docblock(docComment, cx.templates());
        Map<String, Type.TemplateParam> own = new LinkedHashMap<>();
        DocTypes.Context inner = cx;
        if (!doc.templates().isEmpty()) {
            Map<String, Type.TemplateParam> all = new LinkedHashMap<>(cx.templates());
            for (Docblock.Template t : doc.templates()) {
                Type bound = DocTypes.resolve(env, t.bound(), new DocTypes.Context(cx.names(), cx.selfClass(), all));
                Type.TemplateParam p = new Type.TemplateParam(t.name(), bound == null ? Type.MIXED : bound);
                own.put(t.name(), p);
                all.put(t.name(), p);
            }
            inner = new DocTypes.Context(cx.names(), cx.selfClass(), all);
        }
        List<P> ps = new ArrayList<>(params.size());
        for (Symbols.Param p : params) {
            Type declared = env.fromHint(p.type(), cx.names(), cx.selfClass());
            Docblock.Param dp = doc.param(p.name());
            Type t = dp == null ? declared : DocTypes.refine(env, declared, DocTypes.resolve(env, dp.type(), inner));
            if (p.defaultValue() instanceof Expr.NullLit) {
                t = Types.nullable(t);
            }
            ps.add(new P(p.name(), t, p.byRef(), p.variadic(), p.optional()));
        }
        Type declaredReturn = returnHint == null ? Type.MIXED : env.fromHint(returnHint, cx.names(), cx.selfClass());
        Type docReturn = DocTypes.resolve(env, doc.returnType(), inner);
        if (docReturn instanceof Type.Void && returnHint == null) {
            // An undeclared function's `@return void` is often a stale tag (PHP_CodeSniffer's
            // FileList::key() returns a string under it); inference reads the body instead.
            docReturn = null;
        }
        Type returns = DocTypes.refine(env, declaredReturn, docReturn);
        boolean known = returnHint != null || docReturn != null;
        return new FnSig(List.copyOf(ps), returns, known, docReturn != null, own);
    }

    /** Parameters from the AST, for the function being analysed. */
    static List<Symbols.Param> params(List<argus.ast.Part.Param> params) {
        List<Symbols.Param> out = new ArrayList<>(params.size());
        for (argus.ast.Part.Param p : params) {
            out.add(new Symbols.Param(p.name().name(), p.type(), p.byRef(), p.variadic(), p.defaultValue(), p.modifiers()));
        }
        return out;
    }
}
