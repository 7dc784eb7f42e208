'use strict';
const { Model } = require('sequelize');
module.exports = (sequelize, DataTypes) => {
  class Classroom extends Model {
    static associate(models) {
      Classroom.hasMany(models.Course, { foreignKey: 'classroomId' });
    }
  }
  Classroom.init({
    building: { type: DataTypes.STRING(50), allowNull: false },
    roomNumber: { type: DataTypes.STRING(10), allowNull: false },
    capacity: DataTypes.INTEGER,
  }, {
    sequelize,
    modelName: 'Classroom',
    timestamps: false,
    indexes: [{ unique: true, fields: ['building', 'roomNumber'] }],
  });
  return Classroom;
};
