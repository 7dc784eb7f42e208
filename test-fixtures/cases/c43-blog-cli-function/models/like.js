'use strict';
module.exports = (sequelize, DataTypes) => {
  const Like = sequelize.define('Like', {
    reaction: { type: DataTypes.STRING(16), allowNull: false, defaultValue: 'like' },
  }, {
    indexes: [{ unique: true, fields: ['postId', 'userId'] }],
  });
  Like.associate = function (models) {
    Like.belongsTo(models.Post, { foreignKey: 'postId' });
    Like.belongsTo(models.User, { foreignKey: 'userId' });
  };
  return Like;
};
