'use strict';
module.exports = (sequelize, DataTypes) => {
  const Author = sequelize.define('Author', {
    code: { type: DataTypes.STRING(8), unique: true },
  }, { underscored: true, comment: 'authors table', charset: 'latin1', paranoid: true, version: true });
  const Book = sequelize.define('Book', { isbn: { type: DataTypes.STRING(13), unique: true } }, { timestamps: false });
  Author.belongsToMany(Book, { through: { model: 'AuthorBook', paranoid: true }, sourceKey: 'code', targetKey: 'isbn' });

  const Shelf = sequelize.define('Shelf', { label: DataTypes.STRING }, { timestamps: false });
  const Placement = sequelize.define('Placement', {
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    position: DataTypes.INTEGER,
  }, { timestamps: false });
  Shelf.belongsToMany(Book, { through: Placement });
  Book.belongsToMany(Shelf, { through: Placement });
  return Author;
};
