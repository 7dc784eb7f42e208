'use strict';
module.exports = (sequelize, DataTypes) => {
  const Thing = sequelize.define('Thing', { fresh: DataTypes.INTEGER }, { timestamps: false });
  Thing.associate = (models) => {
    Thing.hasMany(models.Other, { as: 'others' });
  };
  return Thing;
};
