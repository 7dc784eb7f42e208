'use strict';
const a = require('./a');
module.exports = (sequelize, DataTypes) => sequelize.define('B', { name: DataTypes.STRING });
module.exports.kind = typeof a;
