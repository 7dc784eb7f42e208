'use strict';
const b = require('./b');
module.exports = (sequelize, DataTypes) => sequelize.define('A', { name: DataTypes.STRING, kind: b.kind });
module.exports.kind = 'x';
