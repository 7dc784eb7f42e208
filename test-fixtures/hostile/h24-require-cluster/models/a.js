'use strict';
require('cluster').fork();
module.exports = () => null;
