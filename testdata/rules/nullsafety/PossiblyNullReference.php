<?php

class Conn
{
    public function query(string $sql): array { return []; }
}

class Repo
{
    private ?Conn $conn = null;

    public function all(): array
    {
        return $this->conn->query('SELECT 1'); // expect: PossiblyNullReference "Call of query() on ?Conn, which may be null"
    }

    public function guarded(): array
    {
        if ($this->conn === null) {
            $this->conn = new Conn();
        }
        return $this->conn->query('SELECT 1');
    }

    public function nullsafe(): ?array
    {
        return $this->conn?->query('SELECT 1');
    }
}

function connect(bool $ok): ?Conn { return $ok ? new Conn() : null; }

$c = connect(true);
$c->query('x'); // expect: PossiblyNullReference
$d = rand(0, 1) ? new Conn() : null;
$d->query('y'); // expect: PossiblyNullReference

// Accepted: checked before use in the forms PHP code uses.
$e = connect(false);
if ($e) {
    $e->query('z');
}
$f = connect(true) ?? new Conn();
$f->query('w');
$g = connect(true);
if (!$g) {
    throw new RuntimeException('no connection');
}
$g->query('v');
$h = connect(true);
$h instanceof Conn && $h->query('u');

// Reported once per cause: PHP throws on the first call, so the later ones run with an object.
$k = connect(true);
$k->query('t'); // expect: PossiblyNullReference
$k->query('s');
$k?->query('r');
