'use strict';
const { Model } = require('sequelize');
module.exports = (sequelize, DataTypes) => {
  class Course extends Model {
    static associate(models) {
      Course.belongsTo(models.Teacher, { foreignKey: 'teacherId' });
      Course.belongsTo(models.Classroom, { foreignKey: 'classroomId' });
      Course.belongsToMany(models.Student, { through: models.Enrollment, foreignKey: 'courseId', otherKey: 'studentId' });
      Course.hasMany(models.Grade, { foreignKey: 'courseId' });
    }
  }
  Course.init({
    code: { type: DataTypes.STRING(12), allowNull: false, unique: true },
    title: { type: DataTypes.STRING, allowNull: false },
    credits: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 3 },
    term: { type: DataTypes.ENUM('fall', 'spring', 'summer'), allowNull: false },
  }, {
    sequelize,
    modelName: 'Course',
    indexes: [{ fields: ['term'] }],
  });
  return Course;
};
