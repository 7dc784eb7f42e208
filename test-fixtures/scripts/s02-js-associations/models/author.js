module.exports = (sequelize, DataTypes) => {
  const Author = sequelize.define(
    "Author",
    {
      id: { type: DataTypes.UUID, defaultValue: DataTypes.UUIDV4, primaryKey: true },
      fullName: { type: DataTypes.STRING(120), allowNull: false },
      bio: { type: DataTypes.TEXT, comment: "short biography" },
    },
    { underscored: true, paranoid: true, tableName: "authors" },
  );
  Author.associate = ({ BookAuthor }) => {
    Author.hasMany(BookAuthor, { foreignKey: "authorId" });
  };
  return Author;
};
