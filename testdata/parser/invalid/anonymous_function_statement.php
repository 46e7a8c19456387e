<?php
function () {}
