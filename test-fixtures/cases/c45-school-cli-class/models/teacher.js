'use strict';
const { Model } = require('sequelize');
module.exports = (sequelize, DataTypes) => {
  class Teacher extends Model {
    static associate(models) {
      Teacher.hasMany(models.Course, { foreignKey: 'teacherId', as: 'courses' });
      Teacher.belongsTo(models.Classroom, { foreignKey: 'homeroomId', as: 'homeroom' });
    }

    get fullName() {
      return `${this.firstName} ${this.lastName}`;
    }
  }
  Teacher.init({
    firstName: { type: DataTypes.STRING, allowNull: false },
    lastName: { type: DataTypes.STRING, allowNull: false },
    email: { type: DataTypes.STRING, allowNull: false, unique: true },
    hiredOn: DataTypes.DATEONLY,
    salary: DataTypes.DECIMAL(10, 2),
  }, {
    sequelize,
    modelName: 'Teacher',
  });
  return Teacher;
};
