'use strict';
module.exports = (sequelize, DataTypes) => {
  const Cart = sequelize.define('Cart', {
    token: { type: DataTypes.UUID, allowNull: false, defaultValue: DataTypes.UUIDV4 },
    items: { type: DataTypes.JSON },
    expiresAt: DataTypes.DATE,
  }, { underscored: true });
  return Cart;
};
