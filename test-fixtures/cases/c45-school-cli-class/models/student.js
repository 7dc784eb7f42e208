'use strict';
const { Model } = require('sequelize');
module.exports = (sequelize, DataTypes) => {
  class Student extends Model {
    static associate(models) {
      Student.belongsToMany(models.Course, { through: models.Enrollment, foreignKey: 'studentId', otherKey: 'courseId' });
      Student.hasMany(models.Grade, { foreignKey: 'studentId' });
      Student.belongsToMany(models.Guardian, { through: 'StudentGuardians' });
    }
  }
  Student.init({
    firstName: { type: DataTypes.STRING, allowNull: false },
    lastName: { type: DataTypes.STRING, allowNull: false },
    birthDate: { type: DataTypes.DATEONLY, allowNull: false },
    gradeLevel: { type: DataTypes.SMALLINT, allowNull: false, defaultValue: 1 },
    active: { type: DataTypes.BOOLEAN, defaultValue: true },
  }, {
    sequelize,
    modelName: 'Student',
    paranoid: true,
  });
  return Student;
};
