'use strict';
module.exports = (sequelize, DataTypes) => {
  const Author = sequelize.define('Author', {
    penName: { type: DataTypes.STRING, unique: 'author_pen_name_uq' },
    genre: { type: DataTypes.ENUM('fiction', 'essay'), allowNull: false, defaultValue: 'fiction' },
  }, { timestamps: false, indexes: [{ fields: ['genre'] }] });
  const Book = sequelize.define('Book', {
    title: { type: DataTypes.STRING, allowNull: false },
  }, { timestamps: false, schema: 'lib' });
  const Publisher = sequelize.define('Publisher', {
    name: { type: DataTypes.STRING, allowNull: false },
  }, { timestamps: false });
  Book.belongsTo(Author, { foreignKey: { allowNull: false } });
  Publisher.belongsTo(Book, { as: 'bestseller' });
  Author.belongsTo(Publisher, { onDelete: 'RESTRICT' });
  return Author;
};
