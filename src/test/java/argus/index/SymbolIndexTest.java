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
import argus.types.Docblock;
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
                trait Loud { public function hello($volume) { return 2; } private function shout() {} }
                class Base implements Shape { public function area(): float { return 0.0; } protected $base; }
                class Square extends Base {
                    use Named, Loud { Loud::hello insteadof Named; Named::hello as protected quietHello; shout as public; }
                }
                """, """
                <?php
                class Square {}
                class Cycle1 extends Cycle2 {}
                class Cycle2 extends Cycle1 {}
                """);
        assertEquals("Base", idx.findMethod("square", "AREA").declaringClass());
        // Trait methods become the using class's own, as PHP copies them.
        assertEquals("Square", idx.findMethod("Square", "hello").declaringClass());
        assertEquals(1, idx.findMethod("Square", "hello").signature().params().size(), "Loud's hello wins");
        Symbols.Method quiet = idx.findMethod("Square", "quietHello");
        assertEquals("quietHello", quiet.name());
        assertEquals(0, quiet.signature().params().size(), "the alias is Named's hello");
        assertTrue(quiet.modifiers().isProtected());
        assertTrue(idx.findMethod("Square", "shout").modifiers().isPublic(), "as public changes the visibility");
        assertNotNull(idx.findMethod("Square", "bye"));
        assertNull(idx.findMethod("Square", "missing"));
        assertNotNull(idx.findProperty("Square", "name"));
        assertEquals("Square", idx.findProperty("Square", "name").declaringClass());
        assertNotNull(idx.findProperty("Square", "base"));
        assertNull(idx.findProperty("Square", "Base"), "property names are case-sensitive");
        assertEquals("Shape", idx.findConstant("Square", "SIDES").declaringClass());
        assertNull(idx.findConstant("Square", "sides"), "constant names are case-sensitive");
        assertTrue(idx.supertypes("Square").containsAll(List.of("square", "base", "shape")));
        assertTrue(idx.hierarchyComplete("Square"));
        assertEquals(2, idx.duplicateClasses().get("square").size());
        assertEquals("f0.php", idx.clazz("Square").origin().file());
        assertEquals(1, idx.parents("Cycle1").size());
        assertNull(idx.findMethod("Cycle1", "x"));
        assertEquals(SymbolIndex.Answer.MISSING, idx.lookupMethod("Cycle1", "x", false).answer());
    }

    @Test
    void enumsHaveTheirCasesInterfacesAndImplicitMethods() {
        SymbolIndex idx = index("""
                <?php
                interface HasLabel { public function label(): string; }
                enum Suit: string implements HasLabel {
                    case Hearts = 'H';
                    case Spades = 'S';
                    const Wild = self::Spades;
                    public function label(): string { return ucfirst($this->name); }
                }
                enum Status { case Active; }
                """);
        Symbols.Class suit = idx.clazz("Suit");
        assertEquals(List.of("HasLabel", "BackedEnum"), suit.interfaces());
        assertEquals("string", ((argus.ast.TypeHint.Named) suit.enumBackingType()).name().text());
        assertTrue(suit.cases().get("Hearts").value() instanceof argus.ast.Expr.StringLit);
        assertTrue(idx.findMethod("Suit", "FROM").modifiers().isStatic());
        assertNotNull(idx.findMethod("Suit", "tryFrom"));
        assertNotNull(idx.findMethod("Suit", "cases"));
        assertEquals(SymbolIndex.Answer.FOUND, idx.lookupConstant("Suit", "Hearts").answer());
        assertEquals(SymbolIndex.Answer.FOUND, idx.lookupConstant("Suit", "Wild").answer());
        assertEquals(SymbolIndex.Answer.UNKNOWN, idx.lookupConstant("Suit", "hearts").answer(),
                "case names are case-sensitive; BackedEnum is not the project's, so the answer is open");
        assertEquals(List.of("UnitEnum"), idx.clazz("Status").interfaces());
        assertNull(idx.findMethod("Status", "from"), "a pure enum has no from()");
        assertNotNull(idx.findMethod("Status", "cases"));
    }

    @Test
    void magicDocblockMembersMixinsAndUnknownAncestorsShapeTheLookupAnswer() {
        SymbolIndex idx = index("""
                <?php
                /**
                 * @property int $id
                 * @property-read string $slug
                 * @method static Model find(int $id, $opts = [])
                 * @method void save()
                 * @mixin Builder
                 */
                class Model { public function __get($n) {} }
                class Builder { public function where($c) {} }
                class Plain { public $x; }
                class Caller { public function __call($n, $a) {} }
                class Statics { public static function __callStatic($n, $a) {} }
                class Child extends Vendor\\Base {}
                #[\\AllowDynamicProperties]
                class Bag {}
                """);
        Symbols.Method find = idx.findMethod("Model", "find");
        assertTrue(find.isMagic() && find.modifiers().isStatic());
        assertEquals(1, find.signature().requiredCount());
        assertEquals(2, find.signature().params().size());
        assertEquals(SymbolIndex.Answer.FOUND, idx.lookupMethod("Model", "where", false).answer(), "through @mixin");
        assertEquals(SymbolIndex.Answer.MISSING, idx.lookupMethod("Model", "nope", false).answer());
        assertEquals(Docblock.Access.READ_ONLY, idx.findProperty("Model", "slug").doc().access());
        assertEquals(SymbolIndex.Answer.MAGIC, idx.lookupProperty("Model", "other").answer(), "__get");
        assertEquals(SymbolIndex.Answer.MISSING, idx.lookupProperty("Plain", "y").answer());
        assertEquals(SymbolIndex.Answer.MAGIC, idx.lookupMethod("Caller", "any", false).answer());
        assertEquals(SymbolIndex.Answer.MAGIC, idx.lookupMethod("Statics", "any", true).answer());
        assertEquals(SymbolIndex.Answer.MISSING, idx.lookupMethod("Statics", "any", false).answer(),
                "__callStatic answers static calls only");
        SymbolIndex.Lookup<Symbols.Method> child = idx.lookupMethod("Child", "any", false);
        assertEquals(SymbolIndex.Answer.UNKNOWN, child.answer());
        assertEquals(java.util.Set.of("Vendor\\Base"), child.unknownAncestors());
        assertEquals(SymbolIndex.Answer.MAGIC, idx.lookupProperty("Bag", "anything").answer());
    }

    @Test
    void deprecationDefinesAliasesAndDynamicArguments() {
        SymbolIndex idx = index("""
                <?php
                namespace App;
                /** @deprecated use fresh() */
                function stale() {}
                #[\\Deprecated]
                function attributed() {}
                /** Mentions @deprecated in passing, not as a tag. */
                function fresh() { return func_get_args(); }
                function closureOnly() { return function () { return func_num_args(); }; }
                defined('APP_DEBUG') || define('APP_DEBUG', false);
                class Kept {
                    /** @deprecated */ const OLD = 1;
                    #[\\Deprecated] public function old() {}
                    public function variadicByHand() { if (true) { $a = func_get_arg(0); } }
                    public function boot() { define('BOOTED', true); }
                }
                /** @deprecated */
                interface OldApi {}
                class_alias(Kept::class, 'App\\KeptAlias');
                class_alias('App\\Kept', 'LegacyKept');
                """);
        assertTrue(idx.function("App\\stale").deprecated());
        assertTrue(idx.function("App\\attributed").deprecated());
        assertFalse(idx.function("App\\fresh").deprecated());
        assertTrue(idx.function("App\\fresh").dynamicArgs());
        assertFalse(idx.function("App\\closureOnly").dynamicArgs(), "the closure reads its own arguments");
        assertNotNull(idx.constant("APP_DEBUG"));
        assertNotNull(idx.constant("BOOTED"));
        assertTrue(idx.findConstant("App\\Kept", "OLD").deprecated());
        assertTrue(idx.findMethod("App\\Kept", "old").deprecated());
        assertTrue(idx.findMethod("App\\Kept", "variadicByHand").dynamicArgs());
        assertTrue(idx.clazz("App\\OldApi").flags().deprecated());
        assertEquals("App\\Kept", idx.clazz("App\\KeptAlias").fqn());
        assertEquals("App\\Kept", idx.clazz("legacykept").fqn());
    }

    @Test
    void instancesOfAreTheClassesWhoseSupertypesNameIt() {
        SymbolIndex idx = index("""
                <?php
                namespace App;
                interface Shape {}
                abstract class Base implements Shape {}
                class Square extends Base {}
                class Cube extends Square implements \\Countable { public function count(): int { return 0; } }
                class_alias(Base::class, 'App\\OldBase');
                class Legacy extends OldBase {}
                class Orphan extends Missing {}
                class Loop1 extends Loop2 {}
                class Loop2 extends Loop1 {}
                """);
        List<String> all = new ArrayList<>();
        idx.classes().forEach(c -> all.add(c.fqn()));
        // Every name any class's supertypes hold, plus one no class has.
        List<String> names = new ArrayList<>(List.of("App\\Nothing"));
        idx.classes().forEach(c -> names.addAll(idx.supertypes(c.fqn())));
        for (String n : names) {
            List<String> expected = new ArrayList<>();
            for (String c : all) {
                if (idx.supertypes(c).contains(n.toLowerCase(java.util.Locale.ROOT))) {
                    expected.add(idx.clazz(c).key());
                }
            }
            expected.sort(null);
            List<String> got = idx.instancesOf(n).stream().map(Symbols.Class::key).toList();
            assertEquals(expected, got, n);
        }
        List<String> shapes = idx.instancesOf("app\\SHAPE").stream().map(Symbols.Class::fqn).toList();
        assertEquals(List.of("App\\Base", "App\\Cube", "App\\Legacy", "App\\Shape", "App\\Square"), shapes);
        assertEquals(List.of("App\\Orphan"), idx.instancesOf("App\\Missing").stream().map(Symbols.Class::fqn).toList());
    }

    @Test
    void derivedAnswersAreComputedOncePerKey() {
        SymbolIndex idx = index("<?php class A {}");
        int[] calls = {0};
        assertEquals("x", idx.derived("k", () -> { calls[0]++; return "x"; }));
        assertEquals("x", idx.derived("k", () -> { calls[0]++; return "y"; }));
        assertEquals("z", idx.derived("other", () -> { calls[0]++; return "z"; }));
        assertEquals(2, calls[0]);
    }

    @Test
    void mergeIsInFileOrderAndKeepsDuplicates() {
        SymbolIndex idx = index("<?php function f($a) {} const C = 1; define('D', 1);",
                "<?php function F() {} const C = 2; define('D', 2);");
        assertEquals(1, idx.function("f").signature().params().size(), "the first file's declaration wins");
        assertEquals(2, idx.duplicateFunctions().get("f").size());
        assertEquals(2, idx.duplicateConstants().get("C").size());
        assertEquals(2, idx.duplicateConstants().get("D").size());
        assertEquals("f0.php", idx.constant("D").origin().file());
    }

    @Test
    void countsTheFilesUsingEachGlobalName() {
        SymbolIndex idx = index("<?php namespace A; use B\\C; f(); \\g(); new C(); X::y();",
                "<?php F(); class D extends C {} new static();", "<?php h();");
        assertEquals(2, idx.filesCalling("f"), "an unqualified call counts under the global name PHP falls back to");
        assertEquals(1, idx.filesCalling("G"));
        assertEquals(1, idx.filesUsing("b\\c"));
        assertEquals(1, idx.filesUsing("A\\X"));
        assertEquals(0, idx.filesUsing("static"));
        assertEquals(0, idx.filesCalling("nothing"));
    }
}
