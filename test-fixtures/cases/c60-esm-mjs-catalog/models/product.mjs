import * as Sequelize from 'sequelize';
import path from 'path';
import { fileURLToPath } from 'url';
import { STATUSES, SKU_LENGTH, settings, tableFor } from './lib/index.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { DataTypes } = Sequelize;

export default (sequelize) => {
  const Product = sequelize.define(
    'Product',
    {
      sku: { type: DataTypes.STRING(SKU_LENGTH), allowNull: false, unique: true },
      title: { type: DataTypes.STRING, allowNull: false },
      status: { type: DataTypes.ENUM(...STATUSES), allowNull: false, defaultValue: STATUSES[0] },
      price: { type: DataTypes.DECIMAL(10, 2), allowNull: false, defaultValue: 0 },
    },
    {
      tableName: tableFor(settings, 'products'),
      comment: `defined in ${path.basename(here)}`,
      indexes: [{ fields: ['status'] }],
    },
  );
  Product.associate = (models) => {
    Product.belongsTo(models.Category, { foreignKey: 'categoryId', as: 'category', onDelete: 'SET NULL' });
  };
  return Product;
};
