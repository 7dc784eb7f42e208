'use strict';
const { ROLES } = require('./constants');
const hooks = require('./hooks');

module.exports = (sequelize, DataTypes) => {
  const User = sequelize.define('User', {
    email: { type: DataTypes.STRING, allowNull: false, unique: true, validate: { isEmail: true } },
    role: { type: DataTypes.ENUM(...ROLES), allowNull: false, defaultValue: ROLES[0] },
  }, {
    hooks: { beforeSave: hooks.beforeSaveUser },
  });
  User.associate = (models) => {
    User.hasMany(models.Post, { foreignKey: 'authorId', as: 'posts' });
  };
  return User;
};
