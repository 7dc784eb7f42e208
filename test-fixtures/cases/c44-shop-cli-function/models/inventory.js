'use strict';
module.exports = (sequelize, DataTypes) => {
  const Inventory = sequelize.define('Inventory', {
    quantity: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
    warehouse: { type: DataTypes.STRING(50), allowNull: false, defaultValue: 'main' },
  }, { underscored: true, tableName: 'inventory', version: true });
  return Inventory;
};
