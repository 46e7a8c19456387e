<?php
namespace App;

interface Repository {}

class Users implements Repositry {}            // expect: UndefinedInterface "Interface App\Repositry does not exist (did you mean App\Repository?)"
class Posts implements \Countable, Paginated {} // expect: UndefinedInterface "App\Paginated"
interface Cached extends Repository, Cachable {} // expect: UndefinedInterface

class Orders implements Repository, \JsonSerializable { // accepted: declared and built in
    public function jsonSerialize(): mixed { return []; }
}
class Lines implements \Psr\Log\LoggerAwareInterface {}  // accepted: a dependency's namespace argus was not given
interface Lists extends \IteratorAggregate, repository {} // accepted: names ignore case
