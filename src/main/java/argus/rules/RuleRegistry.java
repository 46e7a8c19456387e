package argus.rules;

import argus.rules.compat.DeprecatedFunction;
import argus.rules.compat.DeprecatedNullToInternalParam;
import argus.rules.compat.NewClass;
import argus.rules.compat.NewConstant;
import argus.rules.compat.NewFunction;
import argus.rules.compat.NewFunctionParameter;
import argus.rules.compat.NewMethod;
import argus.rules.compat.RemovedClass;
import argus.rules.compat.RemovedConstant;
import argus.rules.compat.RemovedExtension;
import argus.rules.compat.RemovedFunction;
import argus.rules.compat.DeprecatedDollarBraceInterpolation;
import argus.rules.compat.DeprecatedImplicitNullable;
import argus.rules.compat.NewAnonymousClass;
import argus.rules.compat.NewArraySpread;
import argus.rules.compat.NewArrowFunction;
import argus.rules.compat.NewAsymmetricVisibility;
import argus.rules.compat.NewAttribute;
import argus.rules.compat.NewBuiltinType;
import argus.rules.compat.NewCatchWithoutVariable;
import argus.rules.compat.NewClassConstantVisibility;
import argus.rules.compat.NewClassOnObject;
import argus.rules.compat.NewCloneWith;
import argus.rules.compat.NewConstructorPromotion;
import argus.rules.compat.NewDeprecatedAttribute;
import argus.rules.compat.NewDestructuringSyntax;
import argus.rules.compat.NewDnfType;
import argus.rules.compat.NewDynamicClassConstantFetch;
import argus.rules.compat.NewEnum;
import argus.rules.compat.NewExplicitOctal;
import argus.rules.compat.NewFirstClassCallable;
import argus.rules.compat.NewFlexibleHeredoc;
import argus.rules.compat.NewGroupUse;
import argus.rules.compat.NewIntersectionType;
import argus.rules.compat.NewMatchExpression;
import argus.rules.compat.NewMultiCatch;
import argus.rules.compat.NewNamedArgument;
import argus.rules.compat.NewNullCoalescingAssignment;
import argus.rules.compat.NewNullCoalescingOperator;
import argus.rules.compat.NewNullableType;
import argus.rules.compat.NewNullsafeOperator;
import argus.rules.compat.NewNumericLiteralSeparator;
import argus.rules.compat.NewObjectInInitializer;
import argus.rules.compat.NewOverrideAttribute;
import argus.rules.compat.NewPipeOperator;
import argus.rules.compat.NewPropertyHook;
import argus.rules.compat.NewReadonlyClass;
import argus.rules.compat.NewReadonlyProperty;
import argus.rules.compat.NewReturnType;
import argus.rules.compat.NewSpaceshipOperator;
import argus.rules.compat.NewThrowExpression;
import argus.rules.compat.NewTraitConstant;
import argus.rules.compat.NewTypedClassConstant;
import argus.rules.compat.NewTypedProperty;
import argus.rules.compat.NewUnionType;
import argus.rules.compat.NewUnparenthesizedNew;
import argus.rules.compat.NewVoidCast;
import argus.rules.compat.NewYieldFrom;
import argus.rules.compat.RemovedAutoloadFunction;
import argus.rules.compat.RemovedCurlyOffset;
import argus.rules.compat.RemovedOldStyleConstructor;
import argus.rules.compat.RemovedRealCast;
import argus.rules.compat.RemovedUnsetCast;
import argus.rules.compat.ReservedName;
import argus.rules.deadcode.PossiblyUnusedClassConstant;
import argus.rules.deadcode.PossiblyUnusedMethod;
import argus.rules.deadcode.PossiblyUnusedProperty;
import argus.rules.deadcode.RedundantCondition;
import argus.rules.deadcode.TypeDoesNotContainType;
import argus.rules.deadcode.UnusedClass;
import argus.rules.deadcode.UnusedConstant;
import argus.rules.deadcode.UnusedFunction;
import argus.rules.deadcode.DuplicateArrayKey;
import argus.rules.deadcode.DuplicateMatchArm;
import argus.rules.deadcode.DuplicateSwitchCase;
import argus.rules.deadcode.UnreachableCode;
import argus.rules.deadcode.UnusedPrivateConstant;
import argus.rules.deadcode.UnusedPrivateMethod;
import argus.rules.deadcode.UnusedPrivateProperty;
import argus.rules.deadcode.UnusedUse;
import argus.rules.deadcode.UselessExpression;
import argus.rules.deadcode.UnusedClosureUse;
import argus.rules.deadcode.UnusedForeachValue;
import argus.rules.deadcode.UnusedParam;
import argus.rules.deadcode.UnusedSuppression;
import argus.rules.deadcode.UnusedVariable;
import argus.rules.nullsafety.NullReference;
import argus.rules.nullsafety.NullableReturnStatement;
import argus.rules.nullsafety.PossiblyFalseArgument;
import argus.rules.nullsafety.PossiblyFalseReference;
import argus.rules.nullsafety.PossiblyNullArgument;
import argus.rules.nullsafety.PossiblyNullArrayAccess;
import argus.rules.nullsafety.PossiblyNullPropertyFetch;
import argus.rules.nullsafety.PossiblyNullReference;
import argus.rules.types.InvalidArgument;
import argus.rules.types.PossiblyInvalidArgument;
import argus.rules.syntax.ParseError;
import argus.rules.types.InvalidArrayOffset;
import argus.rules.types.InvalidCast;
import argus.rules.types.InvalidOperand;
import argus.rules.types.InvalidPropertyAssignment;
import argus.rules.types.InvalidReturnStatement;
import argus.rules.types.InvalidReturnType;
import argus.rules.types.InvalidStringConversion;
import argus.rules.types.MissingReturn;
import argus.rules.types.ReadonlyPropertyModified;
import argus.rules.types.UndefinedProperty;
import argus.rules.types.InaccessibleMethod;
import argus.rules.types.InaccessibleProperty;
import argus.rules.types.NonStaticSelfCall;
import argus.rules.types.CallToDeprecatedFunction;
import argus.rules.types.CallToDeprecatedMethod;
import argus.rules.types.UndefinedVariable;
import argus.rules.types.Trace;
import argus.rules.types.PossiblyUndefinedVariable;
import argus.rules.types.TooFewArguments;
import argus.rules.types.TooManyArguments;
import argus.rules.types.InvalidNamedArgument;
import argus.rules.types.UndefinedConstant;
import argus.rules.types.UndefinedClassConstant;
import argus.rules.types.AbstractInstantiation;
import argus.rules.types.InterfaceInstantiation;
import argus.rules.types.UndefinedClass;
import argus.rules.types.UndefinedFunction;
import argus.rules.types.UndefinedInterface;
import argus.rules.types.UndefinedMethod;
import argus.rules.types.UndefinedTrait;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every rule, as an explicit list sorted by id: no classpath scanning, the same order every
 * run, greppable. RuleRegistryTest fails when a {@link RuleInfo} class is missing here.
 */
public final class RuleRegistry {
    public static final List<Rule> ALL = sorted(List.of(
            new DeprecatedFunction(),
            new DeprecatedNullToInternalParam(),
            new NewClass(),
            new NewConstant(),
            new NewFunction(),
            new NewFunctionParameter(),
            new NewMethod(),
            new RemovedClass(),
            new RemovedConstant(),
            new RemovedExtension(),
            new RemovedFunction(),
            new InvalidArgument(),
            new NullReference(),
            new NullableReturnStatement(),
            new PossiblyFalseArgument(),
            new PossiblyFalseReference(),
            new PossiblyInvalidArgument(),
            new PossiblyNullArgument(),
            new PossiblyNullArrayAccess(),
            new PossiblyNullPropertyFetch(),
            new PossiblyNullReference(),
            new DeprecatedDollarBraceInterpolation(),
            new DeprecatedImplicitNullable(),
            new InvalidArrayOffset(),
            new InvalidCast(),
            new InvalidOperand(),
            new InvalidPropertyAssignment(),
            new InvalidReturnStatement(),
            new InvalidReturnType(),
            new InvalidStringConversion(),
            new MissingReturn(),
            new NewAnonymousClass(),
            new NewArraySpread(),
            new NewArrowFunction(),
            new NewAsymmetricVisibility(),
            new NewAttribute(),
            new NewBuiltinType(),
            new NewCatchWithoutVariable(),
            new NewClassConstantVisibility(),
            new NewClassOnObject(),
            new NewCloneWith(),
            new NewConstructorPromotion(),
            new NewDeprecatedAttribute(),
            new NewDestructuringSyntax(),
            new NewDnfType(),
            new NewDynamicClassConstantFetch(),
            new NewEnum(),
            new NewExplicitOctal(),
            new NewFirstClassCallable(),
            new NewFlexibleHeredoc(),
            new NewGroupUse(),
            new NewIntersectionType(),
            new NewMatchExpression(),
            new NewMultiCatch(),
            new NewNamedArgument(),
            new NewNullCoalescingAssignment(),
            new NewNullCoalescingOperator(),
            new NewNullableType(),
            new NewNullsafeOperator(),
            new NewNumericLiteralSeparator(),
            new NewObjectInInitializer(),
            new NewOverrideAttribute(),
            new NewPipeOperator(),
            new NewPropertyHook(),
            new NewReadonlyClass(),
            new NewReadonlyProperty(),
            new NewReturnType(),
            new NewSpaceshipOperator(),
            new NewThrowExpression(),
            new NewTraitConstant(),
            new NewTypedClassConstant(),
            new NewTypedProperty(),
            new NewUnionType(),
            new NewUnparenthesizedNew(),
            new NewVoidCast(),
            new NewYieldFrom(),
            new ParseError(),
            new PossiblyUnusedClassConstant(),
            new PossiblyUnusedMethod(),
            new PossiblyUnusedProperty(),
            new ReadonlyPropertyModified(),
            new RemovedAutoloadFunction(),
            new RemovedCurlyOffset(),
            new RemovedOldStyleConstructor(),
            new RemovedRealCast(),
            new RemovedUnsetCast(),
            new RedundantCondition(),
            new ReservedName(),
            new TypeDoesNotContainType(),
            new UnusedClass(),
            new UnusedConstant(),
            new UnusedFunction(),
            new UndefinedClass(),
            new UndefinedFunction(),
            new UndefinedInterface(),
            new UndefinedMethod(),
            new UndefinedTrait(),
            new UndefinedConstant(),
            new UndefinedClassConstant(),
            new AbstractInstantiation(),
            new InterfaceInstantiation(),
            new TooFewArguments(),
            new TooManyArguments(),
            new InvalidNamedArgument(),
            new UndefinedVariable(),
            new Trace(),
            new PossiblyUndefinedVariable(),
            new UndefinedProperty(),
            new InaccessibleMethod(),
            new InaccessibleProperty(),
            new NonStaticSelfCall(),
            new CallToDeprecatedFunction(),
            new CallToDeprecatedMethod(),
            new UnusedClosureUse(),
            new UnusedForeachValue(),
            new UnusedParam(),
            new DuplicateArrayKey(),
            new DuplicateMatchArm(),
            new DuplicateSwitchCase(),
            new UnreachableCode(),
            new UnusedPrivateConstant(),
            new UnusedPrivateMethod(),
            new UnusedPrivateProperty(),
            new UnusedUse(),
            new UselessExpression(),
            new UnusedVariable(),
            new UnusedSuppression()));

    private RuleRegistry() {
    }

    private static List<Rule> sorted(List<Rule> rules) {
        List<Rule> out = new ArrayList<>(rules);
        out.sort(Comparator.comparing(Rule::id));
        return List.copyOf(out);
    }

    /** The rule with this id, ignoring case (ids are PascalCase but people type them). */
    public static Optional<Rule> byId(String id) {
        for (Rule r : ALL) {
            if (r.id().equalsIgnoreCase(id)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    public static RuleInfo info(String id) {
        return byId(id).map(Rule::info).orElseThrow(() -> new IllegalArgumentException("unknown rule: " + id));
    }

    /** The nearest rule id, for "did you mean ...?" in messages; null when nothing is close. */
    public static String nearest(String id) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = id.toLowerCase(Locale.ROOT);
        for (Rule r : ALL) {
            int d = distance(lower, r.id().toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = r.id();
            }
        }
        return bestDistance <= Math.max(2, id.length() / 3) ? best : null;
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
