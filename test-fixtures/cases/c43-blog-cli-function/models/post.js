'use strict';
module.exports = (sequelize, DataTypes) => {
  const Post = sequelize.define('Post', {
    title: { type: DataTypes.STRING, allowNull: false },
    slug: { type: DataTypes.STRING, allowNull: false, unique: true },
    body: { type: DataTypes.TEXT('long'), allowNull: false },
    status: { type: DataTypes.ENUM('draft', 'published', 'archived'), defaultValue: 'draft' },
    publishedAt: DataTypes.DATE,
    viewCount: { type: DataTypes.INTEGER.UNSIGNED, allowNull: false, defaultValue: 0 },
  }, {
    paranoid: true,
    indexes: [
      { fields: ['status', 'publishedAt'] },
      { fields: ['authorId'] },
    ],
  });
  Post.associate = function (models) {
    Post.belongsTo(models.User, { foreignKey: 'authorId', as: 'author' });
    Post.belongsTo(models.Category, { foreignKey: 'categoryId' });
    Post.hasMany(models.Comment, { foreignKey: 'postId', onDelete: 'CASCADE' });
    Post.belongsToMany(models.Tag, { through: models.PostTag, foreignKey: 'postId', otherKey: 'tagId' });
    Post.hasMany(models.Like, { foreignKey: 'postId' });
  };
  return Post;
};
