'use strict';
const { Model, DataTypes } = require('sequelize');
const sequelize = require('./db');

class Author extends Model {}

Author.init(
  {
    name: { type: DataTypes.STRING(100), allowNull: false },
    born: DataTypes.INTEGER,
    country: { type: DataTypes.CHAR(2), comment: 'ISO 3166-1 alpha-2' },
  },
  { sequelize, modelName: 'author' },
);

module.exports = Author;
