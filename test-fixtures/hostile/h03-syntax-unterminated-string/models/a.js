'use strict';
const s = 'abc;
module.exports = () => null;
