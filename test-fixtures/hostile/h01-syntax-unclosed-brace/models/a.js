'use strict';
module.exports = (sequelize, DataTypes) => {
  return sequelize.define('A', { name: DataTypes.STRING });
