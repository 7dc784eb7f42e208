'use strict';
const secret = require('../../canary.json');
module.exports = (sequelize, DataTypes) => sequelize.define(secret.token, { name: DataTypes.STRING });
