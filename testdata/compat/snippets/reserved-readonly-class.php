<?php
// argus-test: rules=ReservedName until=8.1
class Readonly {}
