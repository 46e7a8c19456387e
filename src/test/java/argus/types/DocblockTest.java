package argus.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Docblock#parse} on docblocks in the styles of WordPress, PHPStan, Psalm and older PHP code. */
class DocblockTest {

    private static String d(Type t) {
        return t == null ? null : t.describe();
    }

    private static List<String> problems(Docblock doc) {
        return doc.problems().stream().map(p -> p.line() + ": " + p.message()).toList();
    }

    @Test
    void wordpressFunction() {
        Docblock doc = Docblock.parse("""
                /**
                 * Retrieves post data given a post ID or post object.
                 *
                 * See sanitize_post() for optional $filter values. Also, the parameter
                 * `$post`, must be given as a variable, since it is passed by reference.
                 *
                 * @since 1.5.1
                 *
                 * @global WP_Post $post Global post object.
                 *
                 * @param int|WP_Post|null $post   Optional. Post ID or post object. `null`, `false`, `0` and other PHP falsey
                 *                                 values return the current global post inside the loop. A numerically valid post ID that
                 *                                 points to a non-existent post returns `null`. Defaults to global $post.
                 * @param string           $output Optional. The required return type. One of OBJECT, ARRAY_A, or ARRAY_N, which
                 *                                 correspond to a WP_Post object, an associative array, or a numeric array,
                 *                                 respectively. Default OBJECT.
                 * @param string           $filter Optional. Type of filter to apply. Accepts 'raw', 'edit', 'db',
                 *                                 or 'display'. Default 'raw'.
                 * @return WP_Post|array|null Type corresponding to $output on success or null on failure.
                 *                            When $output is OBJECT, a `WP_Post` instance is returned.
                 */""");
        assertTrue(doc.description().startsWith("Retrieves post data"));
        assertEquals(List.of("post", "output", "filter"), doc.params().stream().map(Docblock.Param::name).toList());
        assertEquals("WP_Post|int|null", d(doc.param("post").type()));
        assertTrue(doc.param("post").description().endsWith("Defaults to global $post."));
        assertEquals("string", d(doc.param("filter").type()));
        assertEquals("WP_Post|array|null", d(doc.returnType()));
        assertTrue(doc.returnDescription().startsWith("Type corresponding"));
        assertEquals(List.of("since", "global", "param", "param", "param", "return"),
                doc.tags().stream().map(Docblock.Tag::name).toList());
        assertEquals(7, doc.tags().get(0).line());
        assertEquals(List.of(), problems(doc));
    }

    @Test
    void wordpressHashNotationStaysInsideItsParam() {
        Docblock doc = Docblock.parse("""
                /**
                 * Retrieves an array of the latest posts.
                 *
                 * @param array $args {
                 *     Optional. Arguments to retrieve posts. See WP_Query::parse_query() for all available arguments.
                 *
                 *     @type int        $numberposts      Total number of posts to retrieve. Is an alias of `$posts_per_page`
                 *                                        in WP_Query. Accepts -1 for all. Default 5.
                 *     @type int|string $category         Category ID or slug to retrieve posts from. Default 0.
                 *     @type int[]      $include          An array of post IDs to retrieve, sticky posts will be included.
                 * }
                 * @param bool  $output Optional.
                 * @return WP_Post[]|int[] Array of post objects or post IDs.
                 */""");
        assertEquals(List.of("param", "param", "return"), doc.tags().stream().map(Docblock.Tag::name).toList());
        assertEquals("array", d(doc.param("args").type()));
        assertTrue(doc.param("args").description().contains("@type int[]      $include"));
        assertEquals("bool", d(doc.param("output").type()));
        assertEquals("array<WP_Post>|array<int>", d(doc.returnType()));
    }

    @Test
    void anUnclosedBraceInADescriptionDoesNotSwallowTheNextTags() {
        Docblock doc = Docblock.parse("""
                /**
                 * @param string $open The character to use, such as '{'.
                 * @param string $close
                 * @return string
                 */""");
        assertEquals(2, doc.params().size());
        assertEquals("string", d(doc.returnType()));
    }

    @Test
    void phpstanGenericsAndTemplates() {
        Docblock doc = Docblock.parse("""
                /**
                 * @template TKey of array-key
                 * @template-covariant TValue
                 * @template TDefault = null
                 * @extends AbstractCollection<TKey, TValue>
                 * @implements \\IteratorAggregate<TKey, TValue>
                 * @implements \\ArrayAccess<TKey, TValue>
                 * @use HasMacros<static>
                 */""");
        assertEquals(List.of("TKey", "TValue", "TDefault"), doc.templates().stream().map(Docblock.Template::name).toList());
        assertEquals("int|string", d(doc.templates().get(0).bound()));
        assertEquals(Docblock.Variance.COVARIANT, doc.templates().get(1).variance());
        assertEquals("mixed", d(doc.templates().get(1).bound()));
        assertEquals("null", d(doc.templates().get(2).defaultType()));
        // The docblock's own templates read as template parameters, not as classes named TKey.
        assertEquals(List.of("AbstractCollection<TKey of (int|string), TValue of mixed>"),
                doc.extendsTypes().stream().map(DocblockTest::d).toList());
        assertEquals(List.of("\\IteratorAggregate<TKey of (int|string), TValue of mixed>",
                        "\\ArrayAccess<TKey of (int|string), TValue of mixed>"),
                doc.implementsTypes().stream().map(DocblockTest::d).toList());
        assertEquals(List.of("HasMacros<static>"), doc.usesTypes().stream().map(DocblockTest::d).toList());
    }

    @Test
    void templatesOfTheDocblockAndOfTheEnclosingClassAreInScope() {
        Docblock doc = Docblock.parse("""
                /**
                 * @param array<K, V> $map
                 * @return list<T>
                 * @template K of array-key
                 */""", java.util.Map.of("T", Type.MIXED));
        assertEquals("array<K of (int|string), V>", d(doc.param("map").type()),
                "a template declared below its use is in scope; V, declared nowhere, is a class");
        assertEquals("list<T of mixed>", d(doc.returnType()));
        Docblock without = Docblock.parse("/** @return list<T> */");
        assertEquals("list<T>", d(without.returnType()));
    }

    @Test
    void templateBoundsSpelledOfAsAndSuper() {
        Docblock doc = Docblock.parse("/** @template T as Model @template U super Foo @psalm-template V of list<int> */");
        assertEquals(1, doc.templates().size(), "one line, one tag: the rest is description");
        Docblock lines = Docblock.parse("""
                /**
                 * @template T as Model
                 * @psalm-template V of list<int>
                 * @template-contravariant W
                 */""");
        assertEquals("Model", d(lines.templates().get(0).bound()));
        assertEquals("list<int>", d(lines.templates().get(1).bound()));
        assertEquals(Docblock.Variance.CONTRAVARIANT, lines.templates().get(2).variance());
    }

    @Test
    void prefixedSpellingsWinWhateverTheOrder() {
        Docblock doc = Docblock.parse("""
                /**
                 * @psalm-param list<int> $ids
                 * @param array $ids The ids.
                 * @param string $name
                 * @return array
                 * @psalm-return array<string, int>
                 * @phpstan-return array<string, positive-int>
                 * @var int
                 */""");
        assertEquals("list<int>", d(doc.param("ids").type()));
        assertEquals("string", d(doc.param("name").type()));
        assertEquals(List.of("ids", "name"), doc.params().stream().map(Docblock.Param::name).toList());
        assertEquals("array<string, int<1, max>>", d(doc.returnType()));
        assertEquals(List.of(), problems(doc));
    }

    @Test
    void templateExtendsIsExtends() {
        Docblock doc = Docblock.parse("""
                /**
                 * @extends Base<int>
                 * @template-extends Base<string>
                 * @phpstan-extends Base<Foo>
                 * @psalm-implements Countable<int>
                 * @template-implements Countable<string>
                 */""");
        assertEquals(List.of("Base<Foo>"), doc.extendsTypes().stream().map(DocblockTest::d).toList());
        assertEquals(List.of("Countable<int>"), doc.implementsTypes().stream().map(DocblockTest::d).toList());
    }

    @Test
    void multiLineShapes() {
        Docblock doc = Docblock.parse("""
                /**
                 * @param array{
                 *     id: int,
                 *     name?: string,
                 *     tags: list<string>,
                 * } $row A database row.
                 * @return array<string, array{
                 *   total: int,
                 *   items: list<Item>
                 * }>
                 */""");
        assertEquals("array{id: int, name?: string, tags: list<string>}", d(doc.param("row").type()));
        assertEquals("A database row.", doc.param("row").description());
        assertEquals("array<string, array{items: list<Item>, total: int}>", d(doc.returnType()));
        assertEquals(List.of(), problems(doc));
    }

    @Test
    void vars() {
        assertEquals("int", d(Docblock.parse("/** @var int */").vars().get(0).type()));
        Docblock named = Docblock.parse("/** @var Foo[] $items The items */");
        assertEquals("items", named.vars().get(0).name());
        assertEquals("array<Foo>", d(named.vars().get(0).type()));
        assertEquals("The items", named.vars().get(0).description());
        Docblock legacy = Docblock.parse("/** @var $user \\App\\User */");
        assertEquals("user", legacy.vars().get(0).name());
        assertEquals("\\App\\User", d(legacy.vars().get(0).type()));
        Docblock several = Docblock.parse("""
                /**
                 * @var string $a
                 * @var int $b
                 * @psalm-var non-empty-string $a
                 */""");
        assertEquals(List.of("a:non-empty-string", "b:int"),
                several.vars().stream().map(v -> v.name() + ":" + d(v.type())).toList());
        assertNull(Docblock.parse("/** @var int Count of things */").vars().get(0).name());
    }

    @Test
    void propertiesOfAClass() {
        Docblock doc = Docblock.parse("""
                /**
                 * @property int $id
                 * @property-read string $name The name
                 * @property-write ?Carbon $updated_at
                 * @psalm-property-read non-empty-string $name
                 */""");
        assertEquals(3, doc.properties().size());
        Docblock.Property name = doc.properties().get(1);
        assertEquals("name", name.name());
        assertEquals("non-empty-string", d(name.type()));
        assertEquals(Docblock.Access.READ_ONLY, name.access());
        assertEquals(Docblock.Access.WRITE_ONLY, doc.properties().get(2).access());
        assertEquals("?Carbon", d(doc.properties().get(2).type()));
    }

    @Test
    void methods() {
        Docblock doc = Docblock.parse("""
                /**
                 * @method int getId()
                 * @method static Builder where(string $column, mixed $value = null, string ...$more)
                 * @method static static create(array $attributes = [])
                 * @method static find(int $id)
                 * @method setName(string $name) Sets the name.
                 * @method void fill(array &$data, $loose, int $mode = self::A|self::B)
                 * @method array<int, T> map<T>(callable(mixed): T $fn)
                 * @method callable(int): void handler()
                 */""");
        assertEquals(List.of(), problems(doc));
        List<Docblock.Method> ms = doc.methods();
        assertEquals(List.of("getId", "where", "create", "find", "setName", "fill", "map", "handler"),
                ms.stream().map(Docblock.Method::name).toList());
        assertEquals("int", d(ms.get(0).returnType()));
        assertFalse(ms.get(0).isStatic());
        Docblock.Method where = ms.get(1);
        assertTrue(where.isStatic());
        assertEquals("Builder", d(where.returnType()));
        assertEquals(List.of("column", "value", "more"), where.params().stream().map(Docblock.MethodParam::name).toList());
        assertTrue(where.params().get(1).optional());
        assertTrue(where.params().get(2).variadic());
        assertTrue(ms.get(2).isStatic());
        assertEquals("static", d(ms.get(2).returnType()));
        assertFalse(ms.get(3).isStatic(), "@method static find() returns static");
        assertEquals("static", d(ms.get(3).returnType()));
        assertNull(ms.get(4).returnType());
        assertEquals("Sets the name.", ms.get(4).description());
        Docblock.Method fill = ms.get(5);
        assertTrue(fill.params().get(0).byRef());
        assertNull(fill.params().get(1).type());
        assertTrue(fill.params().get(2).optional());
        assertEquals("array<int, T>", d(ms.get(6).returnType()));
        assertEquals("callable(mixed): T", d(ms.get(6).params().get(0).type()));
        assertEquals("callable(int): void", d(ms.get(7).returnType()));
    }

    @Test
    void paramsByReferenceVariadicAndWithoutType() {
        Docblock doc = Docblock.parse("""
                /**
                 * @param array &$matches Filled in.
                 * @param string ...$parts
                 * @param $untyped Only a description.
                 * @param int &...$refs
                 */""");
        assertTrue(doc.param("matches").byRef());
        assertEquals("Filled in.", doc.param("matches").description());
        assertTrue(doc.param("parts").variadic());
        assertNull(doc.param("untyped"), "nothing to record without a type");
        assertTrue(doc.param("refs").byRef() && doc.param("refs").variadic());
        assertEquals(List.of(), problems(doc));
    }

    @Test
    void throwsDeprecatedAndSuppressions() {
        Docblock doc = Docblock.parse("""
                /**
                 * @throws InvalidArgumentException When the id is negative.
                 * @throws \\RuntimeException|\\LogicException
                 * @deprecated 5.3.0 Use wp_get_thing() instead.
                 * @psalm-suppress PossiblyNullReference, MixedAssignment
                 * @argus-suppress PossiblyNullReference
                 * @phpstan-ignore-next-line
                 */""");
        assertEquals(List.of("InvalidArgumentException", "\\LogicException|\\RuntimeException"),
                doc.throwsTypes().stream().map(DocblockTest::d).toList());
        assertTrue(doc.isDeprecated());
        assertEquals("5.3.0 Use wp_get_thing() instead.", doc.deprecated());
        assertEquals(List.of("PossiblyNullReference", "MixedAssignment"), doc.suppressions("psalm-suppress"));
        assertEquals(List.of("PossiblyNullReference"), doc.argusSuppressions());
        assertEquals("phpstan-ignore-next-line", doc.tags().get(5).name());
        assertTrue(Docblock.parse("/** @deprecated */").isDeprecated());
        assertEquals("", Docblock.parse("/** @deprecated */").deprecated());
        assertFalse(Docblock.parse("/** Not deprecated. */").isDeprecated());
    }

    @Test
    void malformedTagsAreProblemsAndTheRestIsRead() {
        Docblock doc = Docblock.parse("""
                /**
                 * @param array<int $broken
                 * @param string
                 * @param int $ok
                 * @return
                 * @var array{a: int $x
                 * @method int (int $x)
                 * @template
                 * @extends int
                 * @param int $ok Again.
                 */""");
        assertEquals("int", d(doc.param("ok").type()));
        assertNull(doc.returnType());
        assertEquals(List.of("2: @param: invalid type: expected '>' but found '$'",
                "3: @param: expected a $variable",
                "5: @return: expected a type",
                "6: @var: invalid type: expected '}' but found '$'",
                "7: @method: expected a method name",
                "8: @template: expected a template name",
                "9: @extends: expected a class, found int",
                "10: parameter $ok is documented twice"), problems(doc));
        assertEquals(9, doc.tags().size());
    }

    @Test
    void oddInputs() {
        assertEquals(Docblock.EMPTY, Docblock.parse(""));
        assertEquals(Docblock.EMPTY, Docblock.parse(null));
        assertEquals("Text only.", Docblock.parse("/** Text only. */").description());
        assertEquals("int", d(Docblock.parse("/**@return int*/").returnType()));
        assertEquals("int", d(Docblock.parse("/**\r\n * @return int\r\n */").returnType()));
        assertEquals("email@example.com", Docblock.parse("/** email@example.com */").description());
        assertTrue(Docblock.parse("/** @ORM\\Column(type=\"string\") */").tags().get(0).name().equals("ORM\\Column"));
        assertEquals("Foo", d(Docblock.parse("/** {@inheritDoc}\n * @return Foo */").returnType()));
    }

    @Test
    void psalmStyles() {
        Docblock doc = Docblock.parse("""
                /**
                 * @psalm-param non-empty-list<class-string<Handler>> $handlers
                 * @psalm-return ($strict is true ? non-empty-string : string)
                 * @psalm-assert-if-true string $value
                 * @psalm-pure
                 */""");
        assertEquals("non-empty-list<class-string<Handler>>", d(doc.param("handlers").type()));
        assertEquals("string", d(doc.returnType()));
        assertEquals(List.of("psalm-param", "psalm-return", "psalm-assert-if-true", "psalm-pure"),
                doc.tags().stream().map(Docblock.Tag::name).toList());
    }

    @Test
    void phpstanCallableAndClosureParams() {
        Docblock doc = Docblock.parse("""
                /**
                 * @param callable(string, int): bool $filter
                 * @param \\Closure(static): void $init
                 * @param-out int $count
                 * @return ($value is null ? null : string)
                 */""");
        assertEquals("callable(string, int): bool", d(doc.param("filter").type()));
        assertEquals("Closure(static): void", d(doc.param("init").type()));
        assertEquals("?string", d(doc.returnType()));
    }

    @Test
    void resultIsImmutable() {
        Docblock doc = Docblock.parse("/** @param int $a */");
        try {
            doc.params().add(null);
        } catch (UnsupportedOperationException expected) {
            return;
        }
        throw new AssertionError("params should be immutable");
    }
}
