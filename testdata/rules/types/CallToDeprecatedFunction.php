<?php
namespace App;

/** @deprecated 2.0 use render() */
function old_render() { return render(); }
#[\Deprecated]
function legacy() {}
function render() { return ''; }

/** @deprecated */
function wrapper() { return old_render(); } // accepted: deprecated code may call deprecated code

old_render();                      // expect: CallToDeprecatedFunction "Call to deprecated function App\old_render(): 2.0 use render()"
legacy();                          // expect: CallToDeprecatedFunction "App\legacy()"
\App\old_render();                 // expect: CallToDeprecatedFunction

render();                          // accepted
/** Mentions @deprecated only in passing. */
function mentions() {}
mentions();                        // accepted
