<?php
// argus-test: php=7.4..8.4
$v = filter_var($url, FILTER_VALIDATE_URL, FILTER_FLAG_SCHEME_REQUIRED); // expect: RemovedConstant "FILTER_FLAG_SCHEME_REQUIRED was removed in PHP 8.0; the project targets 7.4..8.4"
$w = FILTER_FLAG_HOST_REQUIRED; // expect: RemovedConstant
$i = INTL_IDNA_VARIANT_2003; // expect: RemovedConstant "INTL_IDNA_VARIANT_2003"
$m = MB_OVERLOAD_STRING; // expect: RemovedConstant

// Guards and look-alikes.
if (defined('INTL_IDNA_VARIANT_2003')) {
    $i = INTL_IDNA_VARIANT_2003;
}
if (PHP_VERSION_ID < 80000) {
    $w = FILTER_FLAG_HOST_REQUIRED;
}
$u = INTL_IDNA_VARIANT_UTS46;
$c = Filter::FILTER_FLAG_SCHEME_REQUIRED;
