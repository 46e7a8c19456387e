<?php
// argus-test: php=5.6..8.4
$link = mysql_connect($host, $user, $password); // expect: RemovedExtension "mysql_connect() belongs to the mysql extension, removed in PHP 7.0 (deprecated since 5.5); the project targets 5.6..8.4"
$rows = mysql_fetch_array($result, MYSQL_ASSOC); // expect: RemovedExtension, RemovedExtension
if (ereg('^[a-z]+$', $word)) { // expect: RemovedExtension "ereg() belongs to the ereg extension"
}
$parts = split(',', $csv); // expect: RemovedExtension "split()"
$key = mcrypt_create_iv(16); // expect: RemovedExtension "moved from PHP to PECL in 7.2 (deprecated since 7.1)"
$box = imap_open($mailbox, $user, $password); // expect: RemovedExtension "imap extension, moved from PHP to PECL in 8.4"

// Guarded by the extension, the function or the version.
if (extension_loaded('mysql')) {
    $link = mysql_connect($host, $user, $password);
}
if (function_exists('imap_open')) {
    $box = imap_open($mailbox, $user, $password);
}
if (PHP_VERSION_ID < 70000) {
    $link = mysql_pconnect($host); // expect: RemovedExtension "deprecated since PHP 5.5 and removed in 7.0"
}
if (PHP_VERSION_ID < 50500) {
    $link = mysql_pconnect($host);
}
// Any function of the extension checks the extension.
if ($useimap && function_exists('imap_rfc822_parse_adrlist')) {
    $list = imap_rfc822_parse_adrlist($addresses, '');
    imap_errors();
}
// A polyfill of a PHP 7.0 function only runs before 7.0, where mcrypt was not yet deprecated.
if (!is_callable('random_bytes')) {
    function random_bytes($n) {
        return mcrypt_create_iv($n, MCRYPT_DEV_URANDOM);
    }
}
// Look-alikes: mysqli, methods, a project's compatibility layer.
$link = mysqli_connect($host, $user, $password);
$db->mysql_query($sql);
$mode = MYSQLI_ASSOC;
function mysql_escape_mimic($s) { return addslashes($s); }
echo mysql_escape_mimic('x');
// The old extension as the fallback where the code did not pick its successor (WordPress's wpdb).
class Db {
    private $use_mysqli = false;
    private $dbh;
    public function query($sql) {
        if ($this->use_mysqli) {
            return mysqli_query($this->dbh, $sql);
        } else {
            return mysql_query($sql, $this->dbh);
        }
    }
    public function free($result) {
        if ($this->use_mysqli && $result instanceof mysqli_result) {
            mysqli_free_result($result);
        } else {
            mysql_free_result($result);
        }
        if (!function_exists('mysqli_connect')) {
            return mysql_error($this->dbh);
        }
        // The successor picked: the old extension here is no fallback.
        if ($this->use_mysqli) {
            mysql_close($this->dbh); // expect: RemovedExtension "mysql_close()"
        }
        // A flag naming something else says nothing about the extension.
        if ($this->use_cache) {
        } else {
            mysql_ping($this->dbh); // expect: RemovedExtension "mysql_ping()"
        }
    }
}
if (isset($wpdb->use_mysqli) && $wpdb->use_mysqli) {
    $version = $wpdb->dbh->client_info;
} else {
    $version = mysql_get_client_info();
}
// An elseif knowing part of the earlier condition: `!empty($dbh)` holds, so use_mysqli is false.
function run_query($db, $sql) {
    if (!empty($db->dbh) && $db->use_mysqli) {
        return mysqli_query($db->dbh, $sql);
    } elseif (!empty($db->dbh)) {
        return mysql_query($sql, $db->dbh);
    } elseif ($db->ready) {
        return mysql_query($sql); // expect: RemovedExtension "mysql_query()"
    }
}
