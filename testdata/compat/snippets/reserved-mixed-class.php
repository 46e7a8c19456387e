<?php
// argus-test: rules=ReservedName until=8.0
namespace App;

class Mixed {}
