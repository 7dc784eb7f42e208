import { DataTypes, Model } from 'sequelize';
import { settings, tableFor } from './lib/index.mjs';

class Category extends Model {
  static associate(models) {
    Category.hasMany(models.Product, { foreignKey: 'categoryId', as: 'products' });
  }
}

export default function defineCategory(sequelize) {
  Category.init(
    {
      name: { type: DataTypes.STRING(80), allowNull: false, unique: true },
      slug: { type: DataTypes.STRING(80), allowNull: false },
    },
    { sequelize, modelName: 'Category', tableName: tableFor(settings, 'categories'), timestamps: false },
  );
  return Category;
}
