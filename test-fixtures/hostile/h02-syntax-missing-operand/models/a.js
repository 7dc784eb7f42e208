'use strict';
const x = ;
module.exports = () => null;
