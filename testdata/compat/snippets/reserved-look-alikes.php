<?php
// argus-test: rules=ReservedName
// enum is a keyword only before a name; imports of namespaced keywords are single names;
// members may be named like keywords.
namespace App;

use Lib\Match;

class Enum { const MATCH = 1; public function match() { return self::MATCH; } }
if ((new Enum())->match() !== 1) exit(1);
