<?php
// argus-test: rules=InvalidArgument level=3
// At the default level a wrong argument is reported when the code's own declarations make it
// wrong; a value wrong only by its docblock (often stale in legacy code) waits for --level 2.

function takes_array(array $a): int { return count($a); }

/** @return string[] */
function clause() { return ['where' => ['a = 1'], 'join' => []]; }

function native_string(): string { return 'x'; }

class Transport
{
    /** @var resource cURL handle (a CurlHandle since PHP 8) */
    public $handle;

    public function send(): void
    {
        $this->handle = curl_init();
        curl_setopt($this->handle, CURLOPT_HEADER, false);
    }

    /** @param resource $h */
    public function close($h): void
    {
        curl_close($h);
    }
}

takes_array(native_string()); // expect: InvalidArgument
takes_array('literal');       // expect: InvalidArgument
socket_last_error(false);     // expect: InvalidArgument
$c = clause();
echo count($c['where']);
echo implode(' AND ', $c['where']);
takes_array($c['join']);
