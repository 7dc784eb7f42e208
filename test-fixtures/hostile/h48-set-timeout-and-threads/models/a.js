'use strict';
setTimeout(() => { while (true) {} }, 0);
module.exports = () => null;
