'use strict';
module.exports = (sequelize, DataTypes) => sequelize.define('TicketLabel', {
  addedBy: DataTypes.STRING(64),
}, { tableName: 'ticket_labels', updatedAt: false });
