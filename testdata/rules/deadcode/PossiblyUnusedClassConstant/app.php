<?php
echo Http\Response::TYPE;
echo constant('Http\Response::LEGACY');
$r = new Http\Response();
$limit = $r->LIMIT;                            // a property of that name is not the constant
