'use strict';
const secret = require('/etc/passwd');
module.exports = () => secret;
