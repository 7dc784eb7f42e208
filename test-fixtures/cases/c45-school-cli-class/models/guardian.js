'use strict';
const { Model } = require('sequelize');
module.exports = (sequelize, DataTypes) => {
  class Guardian extends Model {
    static associate(models) {
      Guardian.belongsToMany(models.Student, { through: 'StudentGuardians' });
    }
  }
  Guardian.init({
    name: { type: DataTypes.STRING, allowNull: false },
    phone: DataTypes.STRING(30),
    relation: DataTypes.ENUM('mother', 'father', 'other'),
  }, {
    sequelize,
  });
  return Guardian;
};
