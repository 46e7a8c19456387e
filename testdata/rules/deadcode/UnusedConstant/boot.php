<?php
namespace App;

echo VERSION;                                  // App\VERSION, found through the namespace
echo \APP_ROOT;
echo DEBUG_LEVEL;
$c = constant('APP_CHECKED');
$legacy = app_legacy();                        // a function of a similar name is not the constant
if (defined('APP_INSTALLING')) {
    echo 'installing';
}
