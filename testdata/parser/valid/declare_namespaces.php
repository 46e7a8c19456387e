<?php
declare(strict_types=1);

namespace App\Http;

use App\Models\User;
use App\Support\{Collection, Str as S, function helper, const VERSION};
use function strlen, array_map as map;
use const PHP_EOL;

function handle(User $u): string { return S::lower($u->name) . PHP_EOL; }

namespace App\Other;

echo namespace\handle(new \App\Models\User());
