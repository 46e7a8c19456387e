<?php
// argus-test: php=7.4..8.4
$latin = utf8_decode($text); // expect: DeprecatedFunction "utf8_decode() is deprecated since PHP 8.2; the project targets 7.4..8.4"
$utf = utf8_encode($latin); // expect: DeprecatedFunction "utf8_encode() is deprecated since PHP 8.2"
$day = strftime('%A'); // expect: DeprecatedFunction "strftime() is deprecated since PHP 8.1"
$t = gmstrftime('%A'); // expect: DeprecatedFunction "since PHP 8.1"

// A function_exists guard does not help: the function exists and is deprecated.
if (function_exists('utf8_encode')) {
    $u = utf8_encode($x); // expect: DeprecatedFunction
}
// A version guard keeping the call off 8.2 does.
if (PHP_VERSION_ID < 80200) {
    $u = utf8_encode($x);
}
if (version_compare(PHP_VERSION, '8.1', '>=')) {
    $day = date('l');
} else {
    $day = strftime('%A');
}
// Look-alikes.
$codec->utf8_encode($x);
Encoding::utf8_decode($x);
$name = 'utf8_encode';
// The notice silenced on purpose with @ (MediaWiki's importers): the call works everywhere.
$old = @libxml_disable_entity_loader(true);
@libxml_disable_entity_loader($old);
$u = (@utf8_encode($x)) . utf8_decode($x); // expect: DeprecatedFunction "utf8_decode()"
// PHP 8.0 requires libxml2 2.9.0: an older libxml is an older PHP.
if (LIBXML_VERSION < 20900) {
    $old = libxml_disable_entity_loader(true);
}
if (LIBXML_VERSION < 21000) {
    $old = libxml_disable_entity_loader(true); // expect: DeprecatedFunction "libxml_disable_entity_loader() is deprecated since PHP 8.0"
}
// A class constant holding the guard.
class Loader {
    private const DISABLE_LOADER = LIBXML_VERSION < 20900;
    private const ENABLED = true;
    public function load() {
        if (self::DISABLE_LOADER) {
            libxml_disable_entity_loader(true);
        }
        if (self::ENABLED) {
            libxml_disable_entity_loader(true); // expect: DeprecatedFunction
        }
        if (!static::DISABLE_LOADER) {
            return;
        }
        libxml_disable_entity_loader(false);
    }
}
