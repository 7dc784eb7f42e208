'use strict';
require('net').connect(80, 'example.com');
module.exports = () => null;
