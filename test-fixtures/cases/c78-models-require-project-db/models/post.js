'use strict';
const { Model, DataTypes } = require('sequelize');
const sequelize = require('../db');
const User = require('./user');

class Post extends Model {}

Post.init({
  title: { type: DataTypes.STRING, allowNull: false },
  body: DataTypes.TEXT,
  publishedAt: DataTypes.DATE,
}, {
  sequelize,
  modelName: 'post',
  indexes: [{ fields: ['published_at'] }],
});

User.hasMany(Post, { foreignKey: 'authorId', onDelete: 'CASCADE' });
Post.belongsTo(User, { as: 'author', foreignKey: 'authorId' });

module.exports = Post;
