'use strict';
module.exports = (sequelize, DataTypes) => {
  const Task = sequelize.define('task', {
    complete: {
      type: DataTypes.BOOLEAN,
      defaultValue: false,
    },
  });

  Task.associate = (models) => {
    Task.belongsTo(models.user, {
      foreignKey: {
        name: 'userID',
        allowNull: false,
      },
      as: 'tasks',
    });
  };

  return Task;
};
