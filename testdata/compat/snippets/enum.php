<?php
// argus-test: rules=NewEnum since=8.1
enum Suit { case Hearts; }
if (Suit::Hearts->name !== 'Hearts') exit(1);
