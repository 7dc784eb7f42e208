'use strict';
const { Model, DataTypes } = require('sequelize');

class Customer extends Model {
  static init(sequelize) {
    return super.init(
      {
        email: { type: DataTypes.STRING(160), allowNull: false, unique: true },
        fullName: { type: DataTypes.STRING(120), allowNull: false },
        loyaltyPoints: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      },
      { sequelize, tableName: 'customers' },
    );
  }

  static associate(models) {
    this.hasMany(models.Order, { as: 'orders' });
  }

  get displayName() {
    return `${this.fullName} <${this.email}>`;
  }
}

module.exports = Customer;
