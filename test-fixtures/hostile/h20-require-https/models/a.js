'use strict';
require('https').get('https://example.com/');
module.exports = () => null;
