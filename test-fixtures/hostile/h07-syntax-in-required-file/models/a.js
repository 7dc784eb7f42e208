'use strict';
const helper = require('./lib/helper');
module.exports = (sequelize, DataTypes) => sequelize.define('A', { name: helper(DataTypes) });
