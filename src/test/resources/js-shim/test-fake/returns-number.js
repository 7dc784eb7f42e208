'use strict';
// Breaks the runtime contract on purpose: load() must return a string.
globalThis.__sequelizeDdl = { load() { return 42; } };
