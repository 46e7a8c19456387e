<?php
// argus-test: rules=ReservedName until=7.4
class Fn {}
