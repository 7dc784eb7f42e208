'use strict';
const uuid = require('uuid');
const { chunk, uniq } = require('lodash');
const isoWeek = require('date-fns/getISOWeek');

const batches = chunk(uniq([1, 2, 3]), 2);
for (const batch of batches) {
  // iterates the stand-in: no batches at definition time
  if (batch.length > 2) throw new Error('unexpected batch');
}

module.exports = (sequelize, DataTypes) => {
  const Ticket = sequelize.define('Ticket', {
    code: { type: DataTypes.UUID, allowNull: false, defaultValue: uuid.v4 },
    week: { type: DataTypes.INTEGER },
  }, {
    hooks: { beforeSave: (t) => { t.week = isoWeek(new Date()); } },
  });
  Ticket.associate = (models) => {
    Ticket.belongsTo(models.Event, { foreignKey: { name: 'eventId', type: DataTypes.UUID } });
  };
  return Ticket;
};
