<?php
function show(Blog\Post $p, Blog\Dto $dto): void {
    echo $p->title, $p->id, Blog\Post::$count;
    echo json_encode($dto);
    $has = property_exists($p, 'slug');
    $subtitle = $p->subtitle();                // a method of that name is not the property
}
(new Blog\Row())->fill([]);
