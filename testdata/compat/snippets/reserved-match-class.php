<?php
// argus-test: rules=ReservedName until=8.0
class Match {}
