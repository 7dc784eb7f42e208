'use strict';
const buffers = [];
for (;;) { buffers.push(new Float64Array(1 << 24)); }
