<?php
// argus-test: rules=NewPropertyHook since=8.4
class P {
    public string $x {
        get => 'a';
    }
}
if ((new P)->x !== 'a') exit(1);
