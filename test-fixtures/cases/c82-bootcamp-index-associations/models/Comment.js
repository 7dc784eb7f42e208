'use strict';
const { Model, DataTypes } = require('sequelize');
const sequelize = require('../config/connection');

class Comment extends Model {}

Comment.init(
  {
    id: { type: DataTypes.INTEGER, allowNull: false, primaryKey: true, autoIncrement: true },
    text: { type: DataTypes.STRING(500), allowNull: false },
  },
  { sequelize, freezeTableName: true, underscored: true, modelName: 'comment' },
);

module.exports = Comment;
