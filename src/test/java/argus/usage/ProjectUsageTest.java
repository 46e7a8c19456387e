package argus.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import argus.ast.ParseResult;
import argus.config.EntryPoint;
import argus.index.Builtins;
import argus.index.DeclarationScanner;
import argus.index.SymbolIndex;
import argus.parse.PhpParsing;
import argus.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The usage facts without the rule machinery: which declarations count as unused. */
class ProjectUsageTest {
    /** The unused declarations of the given files, as "Kind name" sorted. */
    private static List<String> unused(List<String> entryPoints, String... files) {
        List<ParseResult> parsed = new ArrayList<>();
        for (int i = 0; i < files.length; i++) {
            parsed.add(PhpParsing.parse(SourceFile.of("f" + i + ".php", files[i])));
        }
        SymbolIndex index = SymbolIndex.build(parsed.stream().map(DeclarationScanner::scan).toList());
        List<FileUsage> usages = parsed.stream().map(p -> UsageScanner.scan(p, index, null)).toList();
        ProjectUsage project = ProjectUsage.of(index, Builtins.get(), usages,
                entryPoints.stream().map(EntryPoint::parse).toList());
        TreeSet<String> out = new TreeSet<>();
        for (Declaration.Kind kind : Declaration.Kind.values()) {
            for (Declaration d : project.declarations(kind)) {
                if (!project.isUsed(d)) {
                    out.add(kind + " " + d.display());
                }
            }
        }
        return List.copyOf(out);
    }

    @Test
    void anUnresolvedDynamicCallMayReachAnyPublicMethodButNoProtectedOne() {
        String decl = "<?php class A { public function open() {} protected function close() {} }";
        assertEquals(List.of("METHOD A::close()", "METHOD A::open()"), unused(List.of(), decl, "<?php new A();"));
        assertEquals(List.of("METHOD A::close()"), unused(List.of(), decl, "<?php new A(); $o->$m();"));
        assertEquals(List.of("METHOD A::close()", "METHOD A::open()"),
                unused(List.of(), decl, "<?php new A(); $o->{'x' . $m}();"), "a literal prefix names the methods reached");
    }

    @Test
    void withoutTypesAMethodCallCountsForEveryMethodOfThatName() {
        String decl = "<?php class A { public function run() {} } class B { public function run() {} }";
        assertEquals(List.of(), unused(List.of(), decl, "<?php new A(); new B(); $x->run();"));
        // The scanner ran without the flow analysis here, so even `(new A)->run()` is a call by name.
        assertEquals(List.of(), unused(List.of(), decl, "<?php (new A())->run(); new B();"));
    }

    @Test
    void entryPointsListSymbolsAndMembersWithTheirOverrides() {
        String decl = "<?php class Base { public function handle() {} } class Leaf extends Base { public function handle() {} }"
                + " function cron_hourly() {} function other() {}";
        assertEquals(List.of("CLASS Leaf", "FUNCTION other()", "METHOD Base::handle()", "METHOD Leaf::handle()"),
                unused(List.of("Base", "cron_*"), decl));
        assertEquals(List.of("CLASS Leaf", "FUNCTION cron_hourly()", "FUNCTION other()"),
                unused(List.of("Base::handle"), decl), "Base is used by Leaf's extends");
    }

    @Test
    void docblockNamesAndStringsUseClassesButNotFunctions() {
        String decl = "<?php namespace App; class Widget {} function widget() {}";
        assertEquals(List.of("FUNCTION App\\widget()"),
                unused(List.of(), decl, "<?php use App\\Widget; /** @var Widget $w */ $w = make();"));
        assertEquals(List.of(), unused(List.of(), decl, "<?php $f = 'App\\widget'; $c = '\\App\\Widget';"));
    }
}
