'use strict';
const { Model } = require('sequelize');

// Declared but never initialised: no User.init(...) and no static init(sequelize).
class User extends Model {}

module.exports = User;
