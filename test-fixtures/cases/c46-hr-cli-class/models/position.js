'use strict';
const { Model } = require('sequelize');
module.exports = (sequelize, DataTypes) => {
  class Position extends Model {}
  Position.init({
    title: { type: DataTypes.STRING, allowNull: false },
    level: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 1 },
    minSalary: DataTypes.DECIMAL(12, 2),
    maxSalary: DataTypes.DECIMAL(12, 2),
  }, { sequelize, modelName: 'Position', underscored: true, timestamps: false });
  return Position;
};
