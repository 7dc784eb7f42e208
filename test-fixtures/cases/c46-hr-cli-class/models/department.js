'use strict';
const { Model } = require('sequelize');
module.exports = (sequelize, DataTypes) => {
  class Department extends Model {
    static associate(models) {
      this.hasMany(models.Employee, { foreignKey: 'departmentId', as: 'employees' });
      this.belongsTo(models.Employee, { foreignKey: 'headId', as: 'head', constraints: true });
    }
  }
  Department.init({
    name: { type: DataTypes.STRING(80), allowNull: false, unique: true },
    costCenter: { type: DataTypes.STRING(10), field: 'cost_centre' },
  }, { sequelize, modelName: 'Department', underscored: true });
  return Department;
};
