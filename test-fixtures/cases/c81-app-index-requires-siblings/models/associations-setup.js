'use strict';
function applyExtraSetup(sequelize) {
  const { author, book, loan } = sequelize.models;
  author.hasMany(book, { onDelete: 'CASCADE' });
  book.belongsTo(author);
  book.hasMany(loan);
  loan.belongsTo(book, { foreignKey: { allowNull: false } });
}

module.exports = { applyExtraSetup };
