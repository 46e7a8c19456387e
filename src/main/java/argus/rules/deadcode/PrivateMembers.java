package argus.rules.deadcode;

import argus.ast.AstScanner;
import argus.ast.Member;
import argus.ast.ParseResult;
import argus.ast.Part;
import argus.ast.Stmt;
import argus.rules.Scope;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Shared by the private-member rules: which classes to look at, and the uses of their bodies. */
final class PrivateMembers {
    private PrivateMembers() {
    }

    /** Methods PHP calls by itself. */
    static final Set<String> MAGIC = Set.of("__construct", "__destruct", "__call", "__callstatic", "__get", "__set",
            "__isset", "__unset", "__sleep", "__wakeup", "__serialize", "__unserialize", "__tostring", "__invoke",
            "__set_state", "__clone", "__debuginfo");

    /**
     * The uses of a class body, or null when private members of this class may be used where
     * the rule cannot see: traits (their methods run as the class's own and live in other files).
     */
    /**
     * The file's class-likes (anonymous and nested ones included, in source order) and what
     * each uses of its own members, found once per file for the three private-member rules.
     */
    static final class FileClasses {
        final List<Stmt.ClassLike> classes = new ArrayList<>();
        private final ParseResult file;
        private final Map<Stmt.ClassLike, Optional<ClassUses>> uses = new IdentityHashMap<>();

        private FileClasses(ParseResult file) {
            this.file = file;
            new AstScanner() {
                @Override
                public Void visitClassLike(Stmt.ClassLike n) {
                    classes.add(n);
                    return super.visitClassLike(n);
                }
            }.scan(file.statements());
        }

        /** The uses in a class; null for traits and interfaces and for a class using traits (their code is elsewhere). */
        ClassUses uses(Stmt.ClassLike cls) {
            return uses.computeIfAbsent(cls, c -> Optional.ofNullable(of(c))).orElse(null);
        }

        private ClassUses of(Stmt.ClassLike cls) {
            if (cls.kind() == Stmt.ClassKind.TRAIT || cls.kind() == Stmt.ClassKind.INTERFACE) {
                return null;
            }
            ClassUses found = ClassUses.of(cls, file.comments(), file.source());
            return found.usesTraits ? null : found;
        }
    }

    static FileClasses in(Scope scope) {
        return scope.fileFact(FileClasses.class, FileClasses::new);
    }

    static boolean hasMethod(Stmt.ClassLike cls, String lowerName) {
        for (Member m : cls.members()) {
            if (m instanceof Member.Method method && method.name().name().toLowerCase(Locale.ROOT).equals(lowerName)) {
                return true;
            }
        }
        return false;
    }

    /** Attributes or annotation-style tags (`@ORM\Column`, `@Inject`) mean a framework reads the member by reflection. */
    static boolean framework(List<Part.AttributeGroup> attributes, String docComment) {
        if (!attributes.isEmpty()) {
            return true;
        }
        if (docComment == null) {
            return false;
        }
        for (int i = docComment.indexOf('@'); i >= 0; i = docComment.indexOf('@', i + 1)) {
            if (i + 1 < docComment.length() && Character.isUpperCase(docComment.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }
}
