package argus.rules.types;

import argus.ast.Name;
import argus.index.BuiltinClass;
import argus.index.Builtins;
import argus.index.NameContext;
import argus.index.SymbolIndex;
import argus.index.Symbols;
import argus.rules.Scope;
import java.util.Locale;
import java.util.Set;

/**
 * What the undefined-symbol rules count as known (reporting-conventions.md, "What is known
 * where"): anything declared in the analysed code or its vendor folder, anything PHP declares
 * in any version argus has data for (whether the targeted versions have it is the
 * compatibility rules' question), and the functions and classes of common extensions that the
 * data's PHP builds lack. A name in a namespace the project declares nothing in belongs to a
 * dependency argus was not given; it cannot be judged, so it is not reported.
 */
final class Known {
    private Known() {
    }

    /** Class names whose absence from the data says nothing: extensions outside the PHP builds argus read. */
    private static final Set<String> EXTENSION_CLASSES = Set.of("memcached", "memcache", "redis", "rediscluster",
            "redisexception", "imagick", "imagickdraw", "imagickpixel", "imagickexception", "gmagick", "gmp",
            "sqlite3", "sqlite3result", "sqlite3stmt", "luasandbox", "luasandboxfunction", "luasandboxerror",
            "luasandboxtimeouterror", "luasandboxruntimeerror", "luasandboxsyntaxerror", "luasandboxmemoryerror",
            "excimerprofiler", "excimertimer", "excimerlog", "excimerlogentry", "xsltprocessor", "tidy", "tidynode",
            "soapclient", "soapserver", "soapfault", "soapvar", "soapheader", "soapparam", "snmp", "mongodb\\driver\\manager",
            "amqpconnection", "apcuiterator", "apciterator", "com", "variant", "dotnet", "yaf_application", "swoole\\server",
            "ldap\\connection", "ldap\\result", "ldap\\resultentry", "pgsql\\connection", "pgsql\\result", "pgsql\\lob",
            "odbc\\connection", "odbc\\result", "ffi", "v8js", "wikidiff2", "xmlrpc_server", "collectable", "thread",
            "worker", "pool", "event", "eventbase", "ev", "uuid", "igbinary", "msgpack", "phar", "phardata",
            "pharfileinfo", "pharexception", "sodium", "com_exception", "xdiff", "memcachepool", "yaml",
            "rarararchive", "rararchive", "rarentry", "stomp", "zmq", "zmqcontext", "zmqsocket", "gearmanclient",
            "gearmanworker", "mongoclient", "mongodb", "mongocollection", "cassandra", "couchbase\\cluster");

    /** Constant name prefixes of such extensions. */
    private static final String[] EXTENSION_CONSTANT_PREFIXES = {"MEMCACHE_", "MCRYPT_", "APC_", "APCU_", "XDEBUG_",
        "LDAP_", "PGSQL_", "SQLITE3_", "SQLITE_", "IMAGICK", "GMP_", "TIDY_", "XSL_", "SNMP_", "ODBC_", "OCI_",
        "MSSQL_", "SYBASE_", "YAML_", "REDIS", "MYSQL_", "PSPELL_", "ENCHANT_", "DBA_", "IMAP_", "XDIFF_", "RAR_",
        "GEOIP_", "SSH2_", "IGBINARY_", "MSGPACK_", "EXCIMER_", "LUASANDBOX", "WIKIDIFF2_", "TIDEWAYS", "XHPROF_",
        "NEWRELIC_", "WINCACHE_", "PHP_WINDOWS_", "COM_", "FPM_"};

    /** Function name prefixes of such extensions (and of SAPIs: apache_, litespeed_, fastcgi_). */
    private static final String[] EXTENSION_FUNCTION_PREFIXES = {"apcu_", "apc_", "memcache_", "xdebug_", "wincache_",
        "xcache_", "newrelic_", "tideways", "xhprof", "excimer_", "gmp_", "ldap_", "pg_", "sqlite_", "imap_", "bz",
        "tidy_", "xsl_", "snmp", "pspell_", "enchant_", "dba_", "odbc_", "oci", "mssql_", "sybase_", "yaml_",
        "igbinary_", "msgpack_", "uopz_", "runkit", "wikidiff2_", "luasandbox", "apache_", "litespeed_", "fastcgi_",
        "fpm_", "mcrypt_", "mysql_", "ereg", "eregi", "split", "spliti", "sql_regcase", "mhash", "xmlrpc_", "wddx_",
        "recode", "ibase_", "fbsql_", "msql_", "ifx_", "cubrid_", "maxdb_", "sqlsrv_", "getallheaders", "geoip_",
        "mailparse_", "ssh2_", "stats_", "trader_", "id3_", "inotify_", "ncurses_", "php_check_syntax", "sapi_",
        "frankenphp_", "uv_", "event_", "ev_", "yac_", "swoole_", "zstd_", "brotli_", "lzf_", "xattr_", "expect_",
        "svn_", "rrd_", "gnupg_", "radius_", "kadm5_", "krb5_", "pdf_", "ming_", "fdf_", "dbase_", "win32_",
        "printer_", "blackfire_", "datadog", "dd_trace", "opentelemetry", "scoutapm_", "sentry_", "spx_", "meminfo_",
        "memprof_", "create_function", "each", "money_format", "xdiff_", "hebrevc", "convert_cyr_string", "restore_include_path",
        "get_magic_quotes", "set_magic_quotes_runtime", "magic_quotes_runtime", "set_socket_blocking", "session_register",
        "session_unregister", "session_is_registered", "call_user_method", "define_syslog_variables", "import_request_variables"};

    /**
     * A name declared nowhere yet used in this many files is taken to come from a dependency argus
     * was not given (phpMyAdmin's `__()` of its translation library, in hundreds of files): a
     * slip of the keyboard is seldom made the same way in several files.
     */
    static final int WIDELY_USED = 4;

    static Builtins builtins() {
        return Builtins.get();
    }

    /** Whether a class, interface, trait or enum of this (resolved) name is known anywhere. */
    static boolean classKnown(Scope scope, String fqn) {
        SymbolIndex index = scope.index();
        if (index.clazz(fqn) != null || index.aliasOf(fqn) != null || builtins().clazz(fqn) != null) {
            return true;
        }
        String lower = fqn.toLowerCase(Locale.ROOT);
        return EXTENSION_CLASSES.contains(lower) || !namespaceKnown(scope, fqn)
                || scope.index().filesUsing(fqn) >= WIDELY_USED;
    }

    /** A built-in class of this name, in any version argus has data for. */
    static BuiltinClass builtinClass(String fqn) {
        return builtins().clazz(fqn);
    }

    /** Whether a function call can be judged missing: no candidate is declared or built in. */
    static boolean functionKnown(Scope scope, Name name, NameContext names) {
        if (scope.types().userFunction(name, names) != null || scope.types().builtinFunction(name, names) != null) {
            return true;
        }
        String global = names.functionCandidates(name).get(names.functionCandidates(name).size() - 1);
        if (global.indexOf('\\') >= 0) {
            return !namespaceKnown(scope, global);
        }
        String lower = global.toLowerCase(Locale.ROOT);
        if (scope.index().filesCalling(lower) >= WIDELY_USED) {
            return true;
        }
        for (String prefix : EXTENSION_FUNCTION_PREFIXES) {
            if (lower.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a constant is known: declared (const or define), built in, or in a namespace nobody declares. */
    static boolean constantKnown(Scope scope, Name name, NameContext names) {
        for (String candidate : names.constantCandidates(name)) {
            if (scope.index().constant(candidate) != null) {
                return true;
            }
            if (candidate.indexOf('\\') < 0 && builtins().constant(candidate) != null) {
                return true;
            }
        }
        java.util.List<String> candidates = names.constantCandidates(name);
        String global = candidates.get(candidates.size() - 1);
        if (global.indexOf('\\') >= 0) {
            return !namespaceKnown(scope, global);
        }
        for (String prefix : EXTENSION_CONSTANT_PREFIXES) {
            if (global.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the project declares anything in the namespace of this name. The global namespace
     * is always known: PHP and every project put things there.
     */
    static boolean namespaceKnown(Scope scope, String fqn) {
        int slash = fqn.lastIndexOf('\\');
        return slash < 0 || scope.index().hasNamespace(fqn.substring(0, slash));
    }

    /** The class a class-position name stands for: self, static and parent resolved; null when unknown. */
    static String resolveClass(Scope scope, Name name) {
        String resolved = scope.names().resolveClass(name);
        switch (resolved) {
            case "self", "static":
                return scope.enclosingClassName();
            case "parent": {
                String self = scope.enclosingClassName();
                Symbols.Class c = self == null ? null : scope.index().clazz(self);
                return c == null ? null : c.parent();
            }
            default:
                return resolved;
        }
    }
}
