module.exports = (sequelize, DataTypes) => {
  const Book = sequelize.define(
    "Book",
    {
      isbn: { type: DataTypes.STRING(13), primaryKey: true },
      title: { type: DataTypes.STRING, allowNull: false },
      status: { type: DataTypes.ENUM("draft", "published"), allowNull: false, defaultValue: "draft" },
      pages: DataTypes.INTEGER,
    },
    { timestamps: false },
  );
  Book.associate = ({ BookAuthor }) => {
    Book.hasMany(BookAuthor, { foreignKey: "bookId" });
  };
  return Book;
};
