<?php
// argus-test: entryPoints=Blog\Post::$legacyId
namespace Blog;

class Post {
    public string $title = '';                 // accepted: read in views.php
    public string $subtitle = '';              // expect: PossiblyUnusedProperty "Property Blog\Post::$subtitle is never used"
    protected array $tags = [];                // expect: PossiblyUnusedProperty
    public static int $count = 0;              // accepted: Post::$count in views.php
    public static ?Post $cache = null;         // expect: PossiblyUnusedProperty
    public string $slug = '';                  // accepted: named in property_exists()
    public int $legacyId = 0;                  // accepted: an entry point of argus.json
    private int $secret = 0;                   // accepted: private members are judged per file

    public function __construct(
        public int $id,                        // accepted: read in views.php
        public string $author,                 // expect: PossiblyUnusedProperty
    ) {}
}

class Row {
    public $a;                                 // accepted: Row reads its properties by name at run time
    public $b;
    public function fill(array $data): void {
        foreach ($data as $k => $v) {
            $this->$k = $v;
        }
    }
}

class Dto {
    public int $x = 0;                         // accepted: json_encode() reads every property of a Dto
}

class Entity extends \Doctrine\Model {
    public $column;                            // accepted: the unknown parent may use it
}

/** @api */
class Options {
    public bool $verbose = false;              // accepted: public API
}
