<?php
// argus-test: php=5.6..8.4
use App\Model\{User, Order}; // expect: NewGroupUse "group use declaration A\{B, C} requires PHP 7.0"
use App\Model\Invoice; // accepted
use function App\{f, g}; // expect: NewGroupUse
use const App\Config\{DEBUG, LEVEL}; // expect: NewGroupUse
use App\Support\Str; // accepted
use function App\helper; // accepted
