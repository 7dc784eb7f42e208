module.exports = (sequelize, DataTypes) => {
  const Tag = sequelize.define('Tag', { label: { type: DataTypes.STRING(30), allowNull: false } }, { tableName: 'tags' });
  Tag.associate = (models) => {
    Tag.belongsTo(models.Article, { foreignKey: 'articleId' });
  };
  return Tag;
};
