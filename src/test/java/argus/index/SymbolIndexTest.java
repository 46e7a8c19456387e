package argus.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import argus.ast.Name;
import argus.parse.PhpParsing;
import argus.source.SourceFile;
import argus.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SymbolIndexTest {
    private static SymbolIndex index(String... files) {
        List<Symbols.FileSymbols> symbols = new ArrayList<>();
        for (int i = 0; i < files.length; i++) {
            symbols.add(DeclarationScanner.scan(PhpParsing.parse(SourceFile.of("f" + i + ".php", files[i]))));
        }
        return SymbolIndex.build(symbols);
    }

    private static Name name(String written) {
        return Name.parse(Span.NONE, written);
    }

    @Test
    void classNamesResolveAgainstNamespaceAndImports() {
        NameContext ctx = new NameContext("App\\Http", Map.of("user", "App\\Models\\User", "m", "App\\Models"),
                Map.of("helper", "App\\Support\\helper"), Map.of("VERSION", "App\\VERSION"));
        assertEquals("App\\Models\\User", ctx.resolveClass(name("User")));
        assertEquals("App\\Models\\User", ctx.resolveClass(name("user")));
        assertEquals("App\\Models\\Post", ctx.resolveClass(name("M\\Post")));
        assertEquals("App\\Http\\Controller", ctx.resolveClass(name("Controller")));
        assertEquals("Exception", ctx.resolveClass(name("\\Exception")));
        assertEquals("App\\Http\\Sub\\X", ctx.resolveClass(name("namespace\\Sub\\X")));
        assertEquals("self", ctx.resolveClass(name("SELF")));
        assertEquals("int", ctx.resolveTypeName(name("INT")));
        assertEquals(List.of("App\\Support\\helper"), ctx.functionCandidates(name("helper")));
        assertEquals(List.of("App\\Http\\strlen", "strlen"), ctx.functionCandidates(name("strlen")));
        assertEquals(List.of("App\\VERSION"), ctx.constantCandidates(name("VERSION")));
        assertEquals(List.of("App\\Http\\version", "version"), ctx.constantCandidates(name("version")));
        assertEquals(List.of("App\\Models\\f"), ctx.functionCandidates(name("M\\f")));
    }

    @Test
    void scansDeclarationsOfEveryKindIncludingPolyfillsAndDefines() {
        SymbolIndex idx = index("""
                <?php
                namespace App;
                use Other\\Base;
                const LIMIT = 10;
                define('GLOBAL_FLAG', true);
                function top(int $a, string ...$rest): ?string { function inner() {} return null; }
                if (!function_exists('App\\\\poly')) { function poly($x = 1) {} }
                abstract class Service extends Base implements \\Countable {
                    public const NAME = 'svc';
                    protected ?int $count = 0;
                    public function __construct(private readonly Clock $clock) {}
                    abstract public function run(): void;
                }
                enum Suit: string { case Hearts = 'H'; }
                """);
        assertNotNull(idx.function("app\\top"));
        assertEquals(1, idx.function("App\\top").signature().requiredCount());
        assertTrue(idx.function("App\\top").signature().variadic());
        assertTrue(idx.function("App\\inner").conditional());
        assertTrue(idx.function("App\\poly").conditional());
        assertEquals(0, idx.function("App\\poly").signature().requiredCount());
        assertNotNull(idx.constant("App\\LIMIT"));
        assertNotNull(idx.constant("app\\LIMIT"));
        assertNull(idx.constant("App\\limit"));
        assertTrue(idx.constant("GLOBAL_FLAG").viaDefine());
        Symbols.Class svc = idx.clazz("APP\\SERVICE");
        assertEquals("Other\\Base", svc.parent());
        assertEquals(List.of("Countable"), svc.interfaces());
        assertTrue(svc.properties().containsKey("clock") && svc.properties().get("clock").promoted());
        assertFalse(svc.method("RUN").hasBody());
        assertNotNull(idx.clazz("App\\Suit").cases().get("Hearts"));
    }

    @Test
    void membersAreFoundThroughParentsTraitsAndInterfaces() {
        SymbolIndex idx = index("""
                <?php
                interface Shape { const SIDES = 0; public function area(): float; }
                trait Named { public $name; public function hello() { return 1; } public function bye() {} }
                trait Loud { public function hello() { return 2; } }
                class Base implements Shape { public function area(): float { return 0.0; } protected $base; }
                class Square extends Base {
                    use Named, Loud { Loud::hello insteadof Named; Named::hello as quietHello; }
                }
                """, """
                <?php
                class Square {}
                class Cycle1 extends Cycle2 {}
                class Cycle2 extends Cycle1 {}
                """);
        assertEquals("Base", idx.findMethod("square", "AREA").declaringClass());
        assertEquals("Loud", idx.findMethod("Square", "hello").declaringClass());
        assertEquals("Named", idx.findMethod("Square", "quietHello").declaringClass());
        assertEquals("Named", idx.findMethod("Square", "bye").declaringClass());
        assertNull(idx.findMethod("Square", "missing"));
        assertNotNull(idx.findProperty("Square", "name"));
        assertNotNull(idx.findProperty("Square", "base"));
        assertEquals("Shape", idx.findConstant("Square", "SIDES").declaringClass());
        assertTrue(idx.supertypes("Square").containsAll(List.of("square", "base", "shape")));
        assertTrue(idx.hierarchyComplete("Square"));
        assertEquals(2, idx.duplicateClasses().get("square").size());
        assertEquals("f0.php", idx.clazz("Square").origin().file());
        assertEquals(1, idx.parents("Cycle1").size());
        assertNull(idx.findMethod("Cycle1", "x"));
    }
}
