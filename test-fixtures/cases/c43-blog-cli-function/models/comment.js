'use strict';
module.exports = (sequelize, DataTypes) => {
  const Comment = sequelize.define('Comment', {
    body: { type: DataTypes.TEXT, allowNull: false },
    approved: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
  });
  Comment.associate = function (models) {
    Comment.belongsTo(models.Post, { foreignKey: 'postId' });
    Comment.belongsTo(models.User, { foreignKey: 'userId' });
    Comment.belongsTo(models.Comment, { foreignKey: 'parentId', as: 'parent' });
  };
  return Comment;
};
