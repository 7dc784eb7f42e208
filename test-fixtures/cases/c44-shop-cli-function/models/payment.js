'use strict';
module.exports = (sequelize, DataTypes) => {
  const Payment = sequelize.define('Payment', {
    id: { type: DataTypes.UUID, primaryKey: true, defaultValue: DataTypes.UUIDV4 },
    provider: { type: DataTypes.STRING(30), allowNull: false },
    amount: { type: DataTypes.DECIMAL(12, 2), allowNull: false },
    capturedAt: DataTypes.DATE,
    raw: DataTypes.JSON,
  }, { underscored: true });
  Payment.associate = (models) => {
    Payment.belongsTo(models.Order);
  };
  return Payment;
};
