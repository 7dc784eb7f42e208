'use strict';
const { DataTypes } = require('sequelize');

module.exports = (sequelize) => {
  sequelize.define('author', {
    name: { type: DataTypes.STRING(120), allowNull: false },
    born: DataTypes.DATEONLY,
  });
};
