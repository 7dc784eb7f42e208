'use strict';
module.exports = (sequelize, DataTypes) => {
  const Task = sequelize.define('Task', { title: DataTypes.STRING });
  Task.associate = (models) => {
    Task.belongsTo(models.User, { foreignKey: { name: 'ownerId', allowNull: false }, onDelete: 'RESTRICT' });
  };
  return Task;
};
