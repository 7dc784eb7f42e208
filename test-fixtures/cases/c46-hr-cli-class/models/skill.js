'use strict';
const { Model } = require('sequelize');
module.exports = (sequelize, DataTypes) => {
  class Skill extends Model {
    static associate(models) {
      this.belongsToMany(models.Employee, { through: models.EmployeeSkill, foreignKey: 'skillId', otherKey: 'employeeId' });
    }
  }
  Skill.init({
    name: { type: DataTypes.STRING(60), allowNull: false, unique: true },
  }, { sequelize, modelName: 'Skill', underscored: true, timestamps: false });
  return Skill;
};
