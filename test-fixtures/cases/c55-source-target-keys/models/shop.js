'use strict';
module.exports = (sequelize, DataTypes) => {
  const o = { timestamps: false };
  const Shop = sequelize.define('Shop', { slug: { type: DataTypes.STRING(40), unique: true, field: 'shop_slug' } }, o);
  const Item = sequelize.define('Item', { sku: { type: DataTypes.STRING(12), primaryKey: true }, n: DataTypes.STRING }, o);
  const League = sequelize.define('League', { id: { type: DataTypes.UUID, primaryKey: true, defaultValue: DataTypes.UUIDV4 } }, o);
  const Club = sequelize.define('Club', { n: DataTypes.STRING }, o);
  const Acct = sequelize.define('Acct', { id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true, field: 'acct_id' } }, o);
  const Txn = sequelize.define('Txn', { n: DataTypes.STRING }, o);
  const Src = sequelize.define('Src', { code: { type: DataTypes.STRING(10), primaryKey: true }, n: DataTypes.STRING }, o);
  const Dst = sequelize.define('Dst', { n: DataTypes.STRING }, o);
  const Author = sequelize.define('Author', { code: { type: DataTypes.STRING(8), unique: true } }, o);
  const Book = sequelize.define('Book', { isbn: { type: DataTypes.STRING(13), unique: true } }, o);
  Shop.hasMany(Item, { sourceKey: 'slug' });
  League.hasMany(Club);
  Club.belongsTo(League, { as: 'rival' });
  Acct.hasMany(Txn);
  // The type overrides are wider than the keys they reference (VARCHAR(24) → VARCHAR(10), VARCHAR(20) →
  // VARCHAR(12)): visible in the DDL, and foreign keys every engine accepts.
  Src.hasMany(Dst, { keyType: DataTypes.STRING(24), foreignKey: 'SrcPk' });
  Dst.belongsTo(Item, { foreignKey: { name: 'xRef', type: DataTypes.STRING(20) } });
  Author.belongsToMany(Book, { through: 'AuthorBooks', sourceKey: 'code', targetKey: 'isbn', timestamps: false });
  return Shop;
};
