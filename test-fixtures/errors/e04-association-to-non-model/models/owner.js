'use strict';
module.exports = (sequelize, DataTypes) => {
  const Owner = sequelize.define('Owner', { name: DataTypes.STRING });
  Owner.associate = (models) => {
    Owner.hasMany(models.Pet);
  };
  return Owner;
};
