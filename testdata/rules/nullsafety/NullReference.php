<?php

class Mailer
{
    public string $host = 'localhost';
    public function send(): bool { return true; }
}

function run(): void
{
    $mailer = null;
    $mailer->send(); // expect: NullReference "Call of send() on null"
    echo $mailer->host; // expect: NullReference "Property $host read on null"
    $list = null;
    echo $list['k']; // expect: NullReference "Array offset read on null"

    // Accepted: assigned first, nullsafe, or inside isset/??, or a write that creates the array.
    $other = null;
    $other = new Mailer();
    $other->send();
    $none = null;
    $none?->send();
    echo $none->host ?? 'x';
    if (isset($none->host)) {
        echo 'set';
    }
    $arr = null;
    $arr['k'] = 1;
    $arr2 = null;
    $arr2[] = 1;
}

// Accepted: top-level code of a template gets its variables from the file that includes it.
echo $templateUser->name;
$wpdb->query('SELECT 1');

class Upgrader
{
    public $skin = null;

    public function run($result): void
    {
        if (!method_exists($this->skin, 'hide_failed') || !$this->skin->hide_failed($result)) {
            $this->skin->feedback('process_failed');
        }
    }
}
