'use strict';
module.exports = (sequelize, DataTypes) => {
  const User = sequelize.define('User', {
    username: { type: DataTypes.STRING(50), allowNull: false, unique: true },
    email: { type: DataTypes.STRING, allowNull: false, unique: true, validate: { isEmail: true } },
    passwordHash: { type: DataTypes.STRING, allowNull: false },
    role: { type: DataTypes.ENUM('reader', 'author', 'admin'), allowNull: false, defaultValue: 'reader' },
    lastLoginAt: DataTypes.DATE,
  }, {
    paranoid: true,
    defaultScope: { attributes: { exclude: ['passwordHash'] } },
  });
  User.associate = function (models) {
    User.hasOne(models.Profile, { foreignKey: 'userId', onDelete: 'CASCADE' });
    User.hasMany(models.Post, { foreignKey: 'authorId', as: 'posts' });
    User.hasMany(models.Comment, { foreignKey: 'userId' });
    User.belongsToMany(models.User, { through: 'Followers', as: 'followers', foreignKey: 'followingId', otherKey: 'followerId' });
  };
  return User;
};
