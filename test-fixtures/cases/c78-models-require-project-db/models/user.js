'use strict';
const { Model, DataTypes } = require('sequelize');
const sequelize = require('../db');

class User extends Model {}

User.init({
  email: { type: DataTypes.STRING(190), allowNull: false, unique: true },
  displayName: DataTypes.STRING(80),
}, { sequelize, modelName: 'user' });

module.exports = User;
