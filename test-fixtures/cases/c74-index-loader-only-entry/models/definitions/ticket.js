'use strict';
module.exports = (sequelize, DataTypes) => {
  const Ticket = sequelize.define('Ticket', {
    number: { type: DataTypes.INTEGER, allowNull: false },
    summary: { type: DataTypes.STRING(200), allowNull: false },
    priority: { type: DataTypes.ENUM('low', 'normal', 'high', 'urgent'), defaultValue: 'normal' },
    estimate: DataTypes.DECIMAL(5, 1),
  }, {
    indexes: [{ unique: true, fields: ['boardId', 'number'] }],
  });
  Ticket.associate = (models) => {
    Ticket.belongsTo(models.Board, { foreignKey: { name: 'boardId', allowNull: false } });
    Ticket.belongsToMany(models.Label, { through: models.TicketLabel, foreignKey: 'ticketId' });
  };
  return Ticket;
};
