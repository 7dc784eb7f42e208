'use strict';
module.exports = (sequelize, DataTypes) => {
  const Product = sequelize.define('Product', {
    sku: { type: DataTypes.STRING(32), allowNull: false, unique: true },
    name: { type: DataTypes.STRING, allowNull: false },
    description: DataTypes.TEXT,
    price: { type: DataTypes.DECIMAL(10, 2), allowNull: false },
    weightKg: DataTypes.FLOAT,
    active: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
  }, {
    underscored: true,
    indexes: [{ fields: ['name'] }, { fields: ['price'] }],
  });
  Product.associate = (models) => {
    Product.belongsTo(models.Category);
    Product.hasMany(models.Review);
    Product.hasOne(models.Inventory, { foreignKey: { allowNull: false } });
  };
  return Product;
};
