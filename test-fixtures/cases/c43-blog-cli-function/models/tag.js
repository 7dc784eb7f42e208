'use strict';
module.exports = (sequelize, DataTypes) => {
  const Tag = sequelize.define('Tag', {
    name: { type: DataTypes.STRING(40), allowNull: false, unique: true },
  }, { timestamps: false });
  Tag.associate = function (models) {
    Tag.belongsToMany(models.Post, { through: models.PostTag, foreignKey: 'tagId', otherKey: 'postId' });
  };
  return Tag;
};
