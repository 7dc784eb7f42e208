'use strict';
const { Model } = require('sequelize');
module.exports = (sequelize, DataTypes) => {
  class Employee extends Model {
    static associate(models) {
      this.belongsTo(models.Department, { foreignKey: 'departmentId' });
      this.belongsTo(models.Employee, { as: 'manager', foreignKey: 'managerId' });
      this.belongsTo(models.Position, { foreignKey: { name: 'positionId', allowNull: false } });
      this.hasMany(models.Salary, { foreignKey: 'employeeId', onDelete: 'CASCADE' });
      this.hasMany(models.LeaveRequest, { foreignKey: 'employeeId' });
      this.belongsToMany(models.Skill, { through: models.EmployeeSkill, foreignKey: 'employeeId', otherKey: 'skillId' });
      this.hasOne(models.Address, { foreignKey: 'employeeId' });
    }
  }
  Employee.init({
    id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
    employeeNo: { type: DataTypes.STRING(12), allowNull: false, unique: true },
    firstName: { type: DataTypes.STRING, allowNull: false },
    lastName: { type: DataTypes.STRING, allowNull: false },
    hiredAt: { type: DataTypes.DATEONLY, allowNull: false },
    status: { type: DataTypes.ENUM('active', 'on_leave', 'terminated'), allowNull: false, defaultValue: 'active' },
  }, { sequelize, modelName: 'Employee', underscored: true, paranoid: true });
  return Employee;
};
