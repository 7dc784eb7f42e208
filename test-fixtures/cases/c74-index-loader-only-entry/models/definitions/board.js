'use strict';
module.exports = (sequelize, DataTypes) => {
  const Board = sequelize.define('Board', {
    key: { type: DataTypes.STRING(10), allowNull: false, unique: true },
    title: { type: DataTypes.STRING, allowNull: false },
    archived: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
  });
  Board.associate = (models) => {
    Board.hasMany(models.Ticket, { foreignKey: 'boardId', onDelete: 'CASCADE' });
  };
  return Board;
};
