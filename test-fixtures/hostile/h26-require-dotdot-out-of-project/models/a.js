'use strict';
const secret = require('../../canary.js');
module.exports = (sequelize, DataTypes) => sequelize.define('A', { name: DataTypes.STRING }, { comment: secret });
