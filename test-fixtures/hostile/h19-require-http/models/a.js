'use strict';
require('http').get('http://example.com/');
module.exports = () => null;
