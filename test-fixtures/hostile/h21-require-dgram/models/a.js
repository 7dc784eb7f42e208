'use strict';
require('dgram').createSocket('udp4');
module.exports = () => null;
