'use strict';
module.exports = new Proxy(function () {}, { apply() { throw new Error('trap fired'); } });
