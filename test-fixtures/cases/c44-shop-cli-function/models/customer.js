'use strict';
module.exports = (sequelize, DataTypes) => {
  const Customer = sequelize.define('Customer', {
    firstName: { type: DataTypes.STRING(100), allowNull: false },
    lastName: { type: DataTypes.STRING(100), allowNull: false },
    email: { type: DataTypes.STRING, allowNull: false, unique: true },
    phone: DataTypes.STRING(30),
    marketingOptIn: { type: DataTypes.BOOLEAN, defaultValue: false },
  }, { underscored: true });
  Customer.associate = (models) => {
    Customer.hasMany(models.Address, { as: 'addresses' });
    Customer.hasMany(models.Order);
    Customer.hasOne(models.Cart);
    Customer.hasMany(models.Review);
  };
  return Customer;
};
