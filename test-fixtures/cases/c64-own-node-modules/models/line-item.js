'use strict';
const slugCase = require('slug-case');
const { tableName, flavour } = require('@acme/table-names');

module.exports = (sequelize, DataTypes) => {
  const LineItem = sequelize.define('LineItem', {
    quantity: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 1 },
    unitPrice: { type: DataTypes.DECIMAL(8, 2), allowNull: false, field: slugCase('unitPrice') },
  }, { tableName: tableName('LineItem'), comment: `table names from ${flavour}` });
  LineItem.associate = (models) => {
    LineItem.belongsTo(models.PurchaseOrder, { foreignKey: slugCase('purchaseOrderId') });
  };
  return LineItem;
};
