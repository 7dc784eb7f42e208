'use strict';
module.exports = (sequelize, DataTypes) => {
  const Order = sequelize.define('Order', {
    number: { type: DataTypes.STRING(20), allowNull: false, unique: true },
    status: {
      type: DataTypes.ENUM('pending', 'paid', 'shipped', 'delivered', 'cancelled'),
      allowNull: false,
      defaultValue: 'pending',
    },
    total: { type: DataTypes.DECIMAL(12, 2), allowNull: false, defaultValue: '0.00' },
    placedAt: { type: DataTypes.DATE, defaultValue: DataTypes.NOW },
  }, { underscored: true });
  Order.associate = (models) => {
    Order.belongsTo(models.Customer, { foreignKey: { allowNull: false } });
    Order.belongsTo(models.Address, { as: 'shippingAddress' });
    Order.hasMany(models.OrderItem, { as: 'items', onDelete: 'CASCADE' });
    Order.hasMany(models.Payment);
    Order.belongsToMany(models.Product, { through: models.OrderItem });
  };
  return Order;
};
