<?php
$mode = 0755;
$bad = 0789; // expect: ParseError "invalid numeric literal"
