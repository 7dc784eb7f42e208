'use strict';
require('./models/associations');
require('./models/review');
module.exports = require('./models/db');
