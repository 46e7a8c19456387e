<?php
// argus-test: rules=NewMethod since=8.0
$d = DateTime::createFromInterface(new DateTimeImmutable('2020-01-01'));
