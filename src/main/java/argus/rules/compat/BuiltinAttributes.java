package argus.rules.compat;

import argus.ast.AstScanner;
import argus.ast.Name;
import argus.ast.ParseResult;
import argus.ast.Part;
import argus.ast.Stmt;
import argus.source.Span;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Finds the attributes that name one of PHP's global attribute classes (`Override`,
 * `Deprecated`), resolving names as PHP does: `#[Deprecated]` in a namespace, or imported from
 * JetBrains' stubs, is another class. Its own walk, because resolution needs the namespace and
 * imports in force, which a rule called node by node does not see.
 */
final class BuiltinAttributes extends AstScanner {
    private final String lowerName;
    private final Consumer<Span> found;
    private String namespace = "";
    private final Map<String, String> imports = new HashMap<>();

    private BuiltinAttributes(String className, Consumer<Span> found) {
        this.lowerName = className.toLowerCase(Locale.ROOT);
        this.found = found;
    }

    /** Calls {@code found} with the name of each attribute of the file that is the global {@code className}. */
    static void find(ParseResult file, String className, Consumer<Span> found) {
        // Most files have no attribute at all: skip the walk for them.
        if (file.source().text().contains("#[")) {
            new BuiltinAttributes(className, found).scan(file.statements());
        }
    }

    @Override
    public Void visitNamespace(Stmt.Namespace node) {
        namespace = node.name() == null ? "" : node.name().text();
        imports.clear();
        return super.visitNamespace(node);
    }

    @Override
    public Void visitUse(Stmt.Use node) {
        for (Part.UseItem item : node.items()) {
            if (item.kind() == Stmt.UseKind.NORMAL) {
                String alias = item.alias() != null ? item.alias().name() : item.name().last();
                imports.put(alias.toLowerCase(Locale.ROOT), item.name().text());
            }
        }
        return null;
    }

    @Override
    public Void visitAttribute(Part.Attribute node) {
        if (resolve(node.name()).toLowerCase(Locale.ROOT).equals(lowerName)) {
            found.accept(node.name().span());
        }
        return super.visitAttribute(node);
    }

    private String resolve(Name name) {
        String text = name.text();
        switch (name.kind()) {
            case FULLY_QUALIFIED:
                return text;
            case RELATIVE:
                return namespace.isEmpty() ? text : namespace + "\\" + text;
            default:
                int slash = text.indexOf('\\');
                String first = slash < 0 ? text : text.substring(0, slash);
                String imported = imports.get(first.toLowerCase(Locale.ROOT));
                if (imported != null) {
                    return slash < 0 ? imported : imported + text.substring(slash);
                }
                return namespace.isEmpty() ? text : namespace + "\\" + text;
        }
    }
}
