/**
 * The type lattice: {@link argus.types.Type} (a sealed family of records),
 * {@link argus.types.Types} (join, meet, remove, subtyping, widening, narrowing by
 * truthiness), {@link argus.types.Trilean}, {@link argus.types.TypeParser} (the notation
 * of {@code describe()} and of PHPStan/Psalm docblocks) and {@link argus.types.Docblock}.
 *
 * <h2>What a type is</h2>
 * A type is a set of PHP values, taken apart in two ways:
 * <ul>
 * <li><b>kinds</b> ({@code KPart}): null, void, bool, int, float, string, array, object,
 *     resource partition the values, and each has a small lattice of its own: ints are up
 *     to 8 literals or one interval ({@code IntSet}), strings a base in
 *     {@code numeric-string ⊂ non-empty-string ⊂ string} plus up to 8 literals
 *     ({@code StrSet}), arrays a set of forms keyed per key ({@code ArrForm},
 *     {@code ArrSet}). Each family is closed under intersection, so union followed by
 *     "the smallest set of the family above it" is a true join; this is why literals past
 *     eight become their hull ({@code int<0, 9>}) or a base, not plain int or string;</li>
 * <li><b>clauses</b> ({@code Clause}): intersections of atoms that overlap the kinds or
 *     need a class hierarchy ({@code Foo}, {@code static}, {@code callable}, {@code Closure(…)},
 *     {@code T of Bound}, {@code class-string<Foo>}), possibly restricted to some kinds
 *     ({@code callable&string}). The lattice treats atoms freely, knowing only structural
 *     facts ({@code Foo<int>} is below raw {@code Foo}, {@code static(Foo)} below Foo,
 *     {@code Closure(int): void} below {@code callable}); the class hierarchy enters only
 *     through {@link argus.types.Types#isSubtype}.</li>
 * </ul>
 *
 * <h2>Normal form</h2>
 * Every result of {@code Types} and {@code TypeParser} is normal, and {@code equals} on
 * normal forms is equality of types: a {@code Union} is flat, has at least two members,
 * none of them never, mixed or below another, sorted in a fixed total order
 * ({@code TypeOrder}: classes first, null last); {@code true|false} is bool,
 * {@code non-empty-string|''} is string, every kind present is mixed; an
 * {@code Intersection} is one clause; arrays are in the one canonical form of their set.
 * Build compound types through {@code Types} or the parser, never with the
 * {@code Union}/{@code Intersection} constructors; {@link argus.types.Types#normalize}
 * repairs a hand-built one.
 *
 * <h2>Records, and why each is here</h2>
 * Never, Mixed (bottom, top); Null, Void (void is a return marker, kept apart so messages
 * say void); Bool, True, False; Int, IntLit, IntRange; Float (no literals: little gain,
 * and NaN breaks equality); Str, NonEmptyStr, NumericStr, StrLit (truthiness and
 * {@code is_numeric} narrow to them); ClassString; ArrayOf and Shape (two spellings of one
 * array form: {@code array<K, V>}/{@code list<V>} and {@code array{…}}/{@code list{…}} with
 * optional extra keys {@code ...<K, V>}); ObjectAny, Obj (name as written or as resolved
 * by the index, generic arguments invariant), StaticType (bound once resolved);
 * Callable and ClosureType with a {@code Sig}; TemplateParam; Resource; Union and
 * Intersection. Left out: iterable (it is {@code array|\Traversable}), scalar, number,
 * array-key and friends (unions), enum cases and class constants (they need the index;
 * the parser reads them as mixed), float literals, non-falsy-string (it would break the
 * string chain: {@code numeric ∩ non-falsy} has no notation).
 *
 * <h2>What is approximate</h2>
 * Meet is exact on the kinds and on clauses in the free sense. Remove keeps a part it
 * cannot subtract exactly ({@code int} minus 5, {@code mixed} minus null, {@code Foo}
 * minus {@code Bar}, a clause minus some of its kinds). Join never consults the class
 * hierarchy, so {@code Child|Parent} stays a union until a caller simplifies it.
 */
package argus.types;
