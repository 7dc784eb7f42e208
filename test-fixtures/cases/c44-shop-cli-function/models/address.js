'use strict';
module.exports = (sequelize, DataTypes) => {
  const Address = sequelize.define('Address', {
    line1: { type: DataTypes.STRING, allowNull: false },
    line2: DataTypes.STRING,
    city: { type: DataTypes.STRING(100), allowNull: false },
    postalCode: { type: DataTypes.STRING(20), allowNull: false },
    country: { type: DataTypes.CHAR(2), allowNull: false, defaultValue: 'US' },
    kind: { type: DataTypes.ENUM('billing', 'shipping'), allowNull: false },
  }, { underscored: true });
  Address.associate = (models) => {
    Address.belongsTo(models.Customer);
  };
  return Address;
};
