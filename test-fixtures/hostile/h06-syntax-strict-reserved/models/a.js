'use strict';
let interface = 1;
module.exports = () => null;
