'use strict';
const { Model } = require('sequelize');
module.exports = (sequelize, DataTypes) => {
  class EmployeeSkill extends Model {}
  EmployeeSkill.init({
    proficiency: { type: DataTypes.SMALLINT, allowNull: false, defaultValue: 1 },
  }, { sequelize, modelName: 'EmployeeSkill', underscored: true, timestamps: false });
  return EmployeeSkill;
};
