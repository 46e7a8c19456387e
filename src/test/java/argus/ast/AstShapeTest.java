package argus.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import argus.source.Span;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * No forgotten node kinds: every record reachable from the sealed {@link Node} has its
 * visitor method, dispatches to it, is fully traversed by {@link AstScanner}, and is
 * printed by {@link AstPrinter}. Samples of each record are built by reflection with
 * fresh marker nodes as children, so a record added to the AST is tested automatically.
 */
class AstShapeTest {
    private static final List<Class<?>> RECORDS = records();

    /** The components documented as nullable in the records' comments. */
    private static final Set<String> NULLABLE = Set.of(
            "IntLit.raw", "FloatLit.raw", "Index.offset", "Clone.withProperties", "Ternary.then", "Exit.status",
            "Yield.key", "Yield.value", "Closure.returnType", "ArrowFunction.returnType",
            "If.otherwise", "Foreach.key", "Break.levels", "Continue.levels", "Return.value", "Try.finallyBody",
            "Declare.body", "Namespace.name", "Const.docComment", "FunctionDecl.docComment",
            "FunctionDecl.returnType", "ClassLike.docComment", "ClassLike.name", "ClassLike.parent",
            "ClassLike.enumBackingType", "Method.docComment", "Method.returnType", "Method.body",
            "Property.docComment", "Property.type", "ClassConst.docComment", "ClassConst.type",
            "EnumCase.docComment", "EnumCase.value", "Arg.name", "ArrayItem.key", "ArrayItem.value",
            "Param.type", "Param.defaultValue", "Catch.var", "Case.cond", "UseItem.alias",
            "PropertyItem.defaultValue", "PropertyHook.params", "PropertyHook.exprBody", "PropertyHook.body",
            "StaticVar.init", "TraitAlias.trait", "TraitAlias.alias");

    private static List<Class<?>> records() {
        Set<Class<?>> out = new LinkedHashSet<>();
        collect(Node.class, out);
        return List.copyOf(out);
    }

    private static void collect(Class<?> type, Set<Class<?>> out) {
        if (type.isRecord()) {
            out.add(type);
            return;
        }
        assertTrue(type.isInterface() && type.isSealed(), type + " must be a record or a sealed interface");
        for (Class<?> sub : type.getPermittedSubclasses()) {
            collect(sub, out);
        }
    }

    private static Method visitMethod(Class<?> type, Class<?> record) {
        List<Method> found = Arrays.stream(type.getMethods())
                .filter(m -> m.getName().startsWith("visit") && m.getParameterCount() == 1
                        && m.getParameterTypes()[0] == record)
                .toList();
        assertEquals(1, found.size(), type.getSimpleName() + " visit methods for " + record.getName());
        return found.get(0);
    }

    @Test
    void everyRecordHasExactlyOneVisitMethod() {
        assertEquals(100, RECORDS.size(), "record count (update when the AST grows)");
        for (Class<?> r : RECORDS) {
            visitMethod(AstVisitor.class, r);
        }
        assertEquals(RECORDS.size(), AstVisitor.class.getMethods().length, "AstVisitor has a method for a non-record");
    }

    @Test
    void acceptDispatchesToTheRecordsOwnMethod() {
        for (Class<?> r : RECORDS) {
            List<Method> called = new ArrayList<>();
            AstVisitor<?> spy = (AstVisitor<?>) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {AstVisitor.class}, (proxy, method, args) -> {
                        called.add(method);
                        return null;
                    });
            ((Node) new Samples(false).build(r, 0)).accept(spy);
            assertEquals(List.of(visitMethod(AstVisitor.class, r)), called, r.getName());
        }
    }

    @Test
    void scannerVisitsEveryChildInSourceOrder() throws Exception {
        for (Class<?> r : RECORDS) {
            Method m = AstScanner.class.getDeclaredMethod(visitMethod(AstVisitor.class, r).getName(), r);
            assertFalse(Modifier.isAbstract(m.getModifiers()), m.toString());
            for (boolean nulls : new boolean[] {false, true}) {
                Node sample = (Node) new Samples(nulls).build(r, 0);
                List<Node> order = new ArrayList<>();
                Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
                AstScanner recorder = new AstScanner() {
                    @Override
                    public void scan(Node node) {
                        if (node != null && seen.add(node)) {
                            order.add(node);
                        }
                        super.scan(node);
                    }
                };
                sample.accept(recorder);
                List<Node> expected = children(sample);
                List<Node> visited = order.stream().filter(n -> expected.stream().anyMatch(e -> e == n)).toList();
                assertEquals(expected.size(), visited.size(), r.getSimpleName() + ": a child was not visited");
                assertTrue(sameElements(expected, visited), r.getSimpleName() + ": children visited out of order");
            }
        }
    }

    @Test
    void printerHandlesEveryRecordWithAndWithoutOptionalParts() {
        for (Class<?> r : RECORDS) {
            for (boolean nulls : new boolean[] {false, true}) {
                Node sample = (Node) new Samples(nulls).build(r, 0);
                try {
                    String php = AstPrinter.printNode(sample);
                    assertFalse(php.isBlank(), r.getName());
                } catch (RuntimeException e) {
                    fail(r.getName() + (nulls ? " with nulls" : "") + ": " + e, e);
                }
            }
        }
    }

    @Test
    void nullableListIsAccurate() {
        Set<String> components = new LinkedHashSet<>();
        for (Class<?> r : RECORDS) {
            for (RecordComponent c : r.getRecordComponents()) {
                components.add(r.getSimpleName() + "." + c.getName());
            }
        }
        for (String n : NULLABLE) {
            assertTrue(components.contains(n), "no component " + n);
        }
    }

    /** Direct children in source order: record order, except where AstScanner documents otherwise. */
    private static List<Node> children(Node node) throws Exception {
        List<String> names = new ArrayList<>();
        for (RecordComponent c : node.getClass().getRecordComponents()) {
            names.add(c.getName());
        }
        if (node instanceof Expr.NewAnonymousClass) {
            names = List.of("args", "declaration");
        } else if (node instanceof Stmt.ClassLike) {
            names = List.of("attributes", "name", "parent", "enumBackingType", "interfaces", "members");
        }
        List<Node> out = new ArrayList<>();
        for (String name : names) {
            Object value = node.getClass().getMethod(name).invoke(node);
            if (value instanceof Node n) {
                out.add(n);
            } else if (value instanceof List<?> list) {
                for (Object o : list) {
                    out.add((Node) o);
                }
            }
        }
        return out;
    }

    private static boolean sameElements(List<Node> a, List<Node> b) {
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** Builds a sample of any record: fresh marker nodes as children, two elements per list. */
    private static final class Samples {
        private final boolean nullOptional;
        private int counter;

        Samples(boolean nullOptional) {
            this.nullOptional = nullOptional;
        }

        Object build(Class<?> record, int depth) {
            RecordComponent[] components = record.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                RecordComponent c = components[i];
                types[i] = c.getType();
                boolean optional = NULLABLE.contains(record.getSimpleName() + "." + c.getName());
                values[i] = optional && nullOptional ? null : value(c.getName(), c.getType(), c.getGenericType(), depth);
            }
            try {
                return record.getDeclaredConstructor(types).newInstance(values);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot build " + record, e);
            }
        }

        private Object value(String name, Class<?> type, Type generic, int depth) {
            if (type == Span.class) {
                return Span.NONE;
            } else if (type == String.class) {
                return name.equals("docComment") ? "/** doc */" : "s" + ++counter;
            } else if (type == boolean.class) {
                return true;
            } else if (type == int.class) {
                return 7;
            } else if (type == long.class) {
                return 7L;
            } else if (type == double.class) {
                return 7.5;
            } else if (type == Modifiers.class) {
                return new Modifiers(Modifiers.PUBLIC);
            } else if (type.isEnum()) {
                return type.getEnumConstants()[0];
            } else if (type == List.class) {
                Type arg = ((ParameterizedType) generic).getActualTypeArguments()[0];
                Class<?> element = (Class<?>) (arg instanceof WildcardType w ? w.getUpperBounds()[0] : arg);
                return depth < 2 ? List.of(value(name, element, element, depth + 1), value(name, element, element, depth + 1))
                        : List.of();
            } else if (type.isRecord()) {
                return build(type, depth + 1);
            } else if (type.isInterface()) {
                return marker(type);
            }
            throw new IllegalStateException("no sample for " + type + " " + name);
        }

        /** A fresh, small node of an abstract node type. */
        private Node marker(Class<?> type) {
            Span s = Span.NONE;
            String n = "m" + ++counter;
            Map<Class<?>, Node> markers = Map.of(
                    Expr.class, new Expr.Variable(s, n),
                    NameOrExpr.class, new Expr.Variable(s, n),
                    MemberName.class, new Identifier(s, n),
                    Stmt.class, new Stmt.Return(s, null),
                    Member.class, new Member.TraitUse(s, List.of(), List.of()),
                    Part.class, new Part.TraitInsteadof(s, null, new Identifier(s, n), List.of()),
                    TypeHint.class, new TypeHint.Named(s, new Name(s, n, Name.Kind.UNQUALIFIED)));
            Node marker = markers.get(type);
            if (marker == null) {
                throw new IllegalStateException("no marker for " + type);
            }
            return marker;
        }
    }
}
