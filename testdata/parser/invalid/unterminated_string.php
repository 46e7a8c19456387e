<?php
$x = "unterminated;
$y = 2;
