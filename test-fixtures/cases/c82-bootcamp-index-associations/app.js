'use strict';
module.exports = require('./models');
