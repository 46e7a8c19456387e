package argus.ast;

import argus.source.Span;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * A deterministic S-expression of a tree, without positions: the format of the golden
 * {@code testdata/parser/*.ast} files and the equality of the print round trip.
 *
 * <p>It reads record components by reflection, so a record added to the AST is dumped
 * completely without anyone remembering to extend this class; it is a test and debugging
 * tool, never on an analysis path. The format, one node per line:
 * <pre>
 * (MethodCall nullsafe
 *   object: (Variable "o")
 *   name: (Identifier "run")
 *   args: [
 *     (Arg
 *       value: (IntLit 1 "1"))])
 * </pre>
 * <ul>
 * <li>The head holds the scalar components in record order: strings quoted, numbers,
 *     enum constants by name, {@link Modifiers} as {@code {public static}} (left out when
 *     empty); a null scalar prints as {@code null}. A boolean shows as its component name
 *     when true and is left out when false, so flags read as words.</li>
 * <li>Child nodes and lists follow on their own lines as {@code component: value}. A null
 *     child node and an empty list are left out; a null list prints as {@code name: null},
 *     which keeps a missing {@code else} apart from an empty one.</li>
 * <li>{@code docComment} is a labelled line, left out when null, so the many declarations
 *     without one stay short.</li>
 * <li>Spans are left out, and so is {@link Stmt.HaltCompiler#dataOffset()}: it is a byte
 *     position of the file, like a span, and no reprint can keep it.</li>
 * <li>Strings escape {@code "} and {@code \}, write tab, CR and LF as {@code \t \r \n},
 *     and every other byte outside printable ASCII as {@code \xNN}, so the dump is plain
 *     ASCII whatever the source encoding.</li>
 * </ul>
 * Every distinct tree (modulo positions) has a distinct dump: component order is fixed
 * per record and every omission above is decidable from the record type.
 */
public final class AstDump {
    private static final String INDENT = "  ";

    private static final ClassValue<Component[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected Component[] computeValue(Class<?> type) {
            RecordComponent[] rc = type.getRecordComponents();
            Component[] out = new Component[rc.length];
            for (int i = 0; i < rc.length; i++) {
                out[i] = new Component(rc[i].getName(), rc[i].getType(), rc[i].getAccessor());
            }
            return out;
        }
    };

    private record Component(String name, Class<?> type, Method accessor) {
        boolean skipped() {
            return type == Span.class || name.equals("dataOffset") && type == int.class;
        }

        boolean isChild() {
            return Node.class.isAssignableFrom(type) || List.class.isAssignableFrom(type);
        }

        Object get(Object record) {
            try {
                return accessor.invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + name + " of " + record.getClass(), e);
            }
        }
    }

    private final StringBuilder out = new StringBuilder();

    private AstDump() {
    }

    /** One top-level dump per statement, each ending with a newline. */
    public static String dump(List<? extends Node> statements) {
        AstDump d = new AstDump();
        for (Node s : statements) {
            d.node(s, 0);
            d.out.append('\n');
        }
        return d.out.toString();
    }

    public static String dump(Node node) {
        AstDump d = new AstDump();
        d.node(node, 0);
        return d.out.append('\n').toString();
    }

    private void node(Node node, int depth) {
        if (node == null) {
            out.append("null");
            return;
        }
        Component[] components = COMPONENTS.get(node.getClass());
        out.append('(').append(node.getClass().getSimpleName());
        for (Component c : components) {
            if (!c.skipped() && !c.isChild() && !c.name.equals("docComment")) {
                scalar(c, c.get(node));
            }
        }
        for (Component c : components) {
            if (c.skipped()) {
                continue;
            }
            if (c.name.equals("docComment")) {
                Object doc = c.get(node);
                if (doc != null) {
                    newline(depth + 1).append("docComment: ");
                    string((String) doc);
                }
            } else if (c.isChild()) {
                child(c, c.get(node), depth + 1);
            }
        }
        out.append(')');
    }

    private void scalar(Component c, Object value) {
        if (value instanceof Boolean b) {
            if (b) {
                out.append(' ').append(c.name);
            }
            return;
        }
        if (value instanceof Modifiers m) {
            if (!m.isEmpty()) {
                out.append(" {").append(m).append('}');
            }
            return;
        }
        out.append(' ');
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(s);
        } else if (value instanceof Enum<?> e) {
            out.append(e.name());
        } else if (value instanceof Number || value instanceof Character) {
            out.append(value);
        } else {
            throw new IllegalStateException("no dump for " + c.type + " in component " + c.name);
        }
    }

    private void child(Component c, Object value, int depth) {
        if (value == null) {
            if (List.class.isAssignableFrom(c.type)) {
                newline(depth).append(c.name).append(": null");
            }
            return;
        }
        if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                return;
            }
            newline(depth).append(c.name).append(": [");
            for (Object element : list) {
                newline(depth + 1);
                node((Node) element, depth + 1);
            }
            out.append(']');
            return;
        }
        newline(depth).append(c.name).append(": ");
        node((Node) value, depth);
    }

    private StringBuilder newline(int depth) {
        out.append('\n');
        for (int i = 0; i < depth; i++) {
            out.append(INDENT);
        }
        return out;
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch >= 0x20 && ch < 0x7F) {
                        out.append(ch);
                    } else if (ch <= 0xFF) {
                        out.append(String.format("\\x%02X", (int) ch));
                    } else {
                        // Not produced by the parser (one char per byte); kept distinct anyway.
                        out.append(String.format("\\u{%04X}", (int) ch));
                    }
                }
            }
        }
        out.append('"');
    }
}
