'use strict';
let s = 'x';
for (;;) { s += s; }
