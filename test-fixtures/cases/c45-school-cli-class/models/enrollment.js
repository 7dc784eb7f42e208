'use strict';
const { Model } = require('sequelize');
module.exports = (sequelize, DataTypes) => {
  class Enrollment extends Model {}
  Enrollment.init({
    enrolledOn: { type: DataTypes.DATEONLY, allowNull: false },
    status: { type: DataTypes.STRING(20), allowNull: false, defaultValue: 'active' },
  }, {
    sequelize,
    modelName: 'Enrollment',
  });
  return Enrollment;
};
