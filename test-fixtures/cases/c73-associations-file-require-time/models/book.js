'use strict';
const { DataTypes } = require('sequelize');
const sequelize = require('./db');

module.exports = sequelize.define(
  'book',
  {
    isbn: { type: DataTypes.STRING(13), primaryKey: true },
    title: { type: DataTypes.STRING, allowNull: false },
    pages: DataTypes.INTEGER,
  },
  { underscored: true },
);
