'use strict';
const { Model } = require('sequelize');
module.exports = (sequelize, DataTypes) => {
  class Address extends Model {}
  Address.init({
    street: DataTypes.STRING,
    city: DataTypes.STRING(100),
    country: { type: DataTypes.CHAR(2), defaultValue: 'DE' },
  }, { sequelize, modelName: 'Address', underscored: true, timestamps: false });
  return Address;
};
