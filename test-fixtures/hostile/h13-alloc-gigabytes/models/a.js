'use strict';
const hoard = [];
for (;;) { hoard.push(new Array(1 << 20).fill(hoard.length + 0.5)); }
