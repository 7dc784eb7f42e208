'use strict';
const { Model, DataTypes } = require('sequelize');

class Order extends Model {
  static init(sequelize) {
    return super.init(
      {
        reference: { type: DataTypes.STRING(24), allowNull: false },
        totalCents: { type: DataTypes.INTEGER, allowNull: false },
        status: { type: DataTypes.ENUM('new', 'paid', 'shipped'), allowNull: false, defaultValue: 'new' },
      },
      {
        sequelize,
        tableName: 'orders',
        indexes: [{ fields: ['reference'], unique: true }],
      },
    );
  }

  static associate(models) {
    this.belongsTo(models.Customer, { foreignKey: { allowNull: false }, onDelete: 'CASCADE' });
  }
}

module.exports = Order;
