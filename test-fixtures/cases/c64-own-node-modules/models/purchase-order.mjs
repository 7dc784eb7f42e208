import slugCase from 'slug-case';
import tableName, { flavour } from '@acme/table-names';
import { PLURAL } from '@acme/table-names/suffix';

export default (sequelize, DataTypes) => sequelize.define('PurchaseOrder', {
  orderNumber: { type: DataTypes.STRING(32), allowNull: false, unique: true, field: slugCase('orderNumber') },
  placedAt: { type: DataTypes.DATE, field: slugCase('placedAt') },
}, { tableName: tableName('PurchaseOrder'), comment: `table names from ${flavour}, plural ${PLURAL}` });
