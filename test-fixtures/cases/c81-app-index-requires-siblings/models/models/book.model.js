'use strict';
const { DataTypes } = require('sequelize');

module.exports = (sequelize) => {
  sequelize.define('book', {
    isbn: { type: DataTypes.STRING(13), allowNull: false, unique: true },
    title: { type: DataTypes.STRING, allowNull: false },
    copies: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 1 },
  }, { indexes: [{ fields: ['title'] }] });
};
