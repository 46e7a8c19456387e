<?php
class A
{
    public function f() {}
}
} // expect: ParseError "unmatched '}'"
