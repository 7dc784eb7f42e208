'use strict';
const { POST_STATES, TITLE_MAX } = require('./constants');
const { beforeSavePost } = require('./hooks');

module.exports = (sequelize, DataTypes) => {
  const Post = sequelize.define('Post', {
    title: { type: DataTypes.STRING(TITLE_MAX), allowNull: false },
    slug: { type: DataTypes.STRING(TITLE_MAX), unique: true },
    state: { type: DataTypes.ENUM(...POST_STATES), defaultValue: 'draft' },
  });
  Post.addHook('beforeSave', beforeSavePost);
  Post.associate = (models) => {
    Post.belongsTo(models.User, { foreignKey: 'authorId', as: 'author' });
  };
  return Post;
};
