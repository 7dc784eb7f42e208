'use strict';
const { Model } = require('sequelize');
module.exports = (sequelize, DataTypes) => {
  class Grade extends Model {
    static associate(models) {
      Grade.belongsTo(models.Student, { foreignKey: { name: 'studentId', allowNull: false } });
      Grade.belongsTo(models.Course, { foreignKey: { name: 'courseId', allowNull: false } });
    }
  }
  Grade.init({
    score: { type: DataTypes.DECIMAL(5, 2), allowNull: false },
    letter: DataTypes.CHAR(2),
    comment: DataTypes.TEXT,
  }, {
    sequelize,
    modelName: 'Grade',
  });
  return Grade;
};
