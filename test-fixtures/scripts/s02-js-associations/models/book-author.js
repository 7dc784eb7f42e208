module.exports = (sequelize, DataTypes) => {
  const BookAuthor = sequelize.define(
    "BookAuthor",
    { position: { type: DataTypes.SMALLINT, allowNull: false, defaultValue: 1 } },
    { timestamps: false, tableName: "book_authors" },
  );
  BookAuthor.associate = ({ Author, Book }) => {
    BookAuthor.belongsTo(Author, { foreignKey: "authorId", onDelete: "CASCADE" });
    BookAuthor.belongsTo(Book, { foreignKey: "bookId", onDelete: "CASCADE" });
  };
  return BookAuthor;
};
