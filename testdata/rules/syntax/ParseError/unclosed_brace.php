<?php
function open()
{
    if (true) {
        echo 1;
    // expect@+1: ParseError "unclosed '{' on line 4"
