package argus.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EntryPointTest {
    @Test
    void plainNamesMatchSymbolsIgnoringCaseAndALeadingBackslash() {
        EntryPoint e = EntryPoint.parse("\\App\\Kernel");
        assertTrue(e.matchesSymbol("app\\KERNEL"));
        assertFalse(e.matchesSymbol("App\\Kernel2"));
        assertFalse(e.matchesMember("App\\Kernel", "handle"), "a symbol entry does not list members");
        assertTrue(e.exact());
    }

    @Test
    void membersNeedTheirClassAndName() {
        EntryPoint m = EntryPoint.parse("App\\Kernel::handle");
        assertTrue(m.matchesMember("app\\kernel", "Handle"));
        assertFalse(m.matchesMember("App\\Kernel", "boot"));
        assertFalse(m.matchesSymbol("App\\Kernel"));
        EntryPoint p = EntryPoint.parse("Post::$title");
        assertEquals("title", p.member());
        assertTrue(p.matchesMember("Post", "title"));
    }

    @Test
    void starsMatchAnyRun() {
        EntryPoint e = EntryPoint.parse("App\\Controller\\*::*Action");
        assertFalse(e.exact());
        assertTrue(e.matchesMember("App\\Controller\\Blog", "showAction"));
        assertTrue(e.matchesMember("App\\Controller\\Admin\\Users", "Action"));
        assertFalse(e.matchesMember("App\\Model\\Blog", "showAction"));
        assertFalse(e.matchesMember("App\\Controller\\Blog", "actionShow"));
        assertTrue(EntryPoint.parse("wp_*").matchesSymbol("wp_head"));
        assertTrue(EntryPoint.glob("a*b*c", "axxbyyc"));
        assertFalse(EntryPoint.glob("a*b*c", "axxbyy"));
    }

    @Test
    void rejectsWhatNamesNoSymbol() {
        for (String bad : new String[] {"", "two words", "Kernel::", "::x", "a::b::c", "1abc", "Kernel->x", "a\\\\b"}) {
            assertThrows(IllegalArgumentException.class, () -> EntryPoint.parse(bad), bad);
        }
    }
}
