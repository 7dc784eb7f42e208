'use strict';
module.exports = (sequelize, DataTypes) => {
  const User = sequelize.define('user', {
    name: {
      type: DataTypes.STRING,
      allowNull: false,
    },
    email: {
      type: DataTypes.STRING,
      allowNull: false,
    },
  });

  User.associate = (models) => {
    User.hasMany(models.task, {
      foreignKey: {
        name: 'userID',
        allowNull: false,
      },
      as: 'tasks',
    });
  };

  return User;
};
