'use strict';
const { Model } = require('sequelize');
module.exports = (sequelize, DataTypes) => {
  class Salary extends Model {}
  Salary.init({
    amount: { type: DataTypes.DECIMAL(12, 2), allowNull: false },
    currency: { type: DataTypes.CHAR(3), allowNull: false, defaultValue: 'EUR' },
    effectiveFrom: { type: DataTypes.DATEONLY, allowNull: false },
    effectiveTo: DataTypes.DATEONLY,
  }, { sequelize, modelName: 'Salary', underscored: true, indexes: [{ fields: ['employeeId', 'effectiveFrom'] }] });
  return Salary;
};
