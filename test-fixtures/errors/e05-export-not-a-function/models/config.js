'use strict';
module.exports = { name: 'not a model factory' };
