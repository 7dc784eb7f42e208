'use strict';
const _ = require('lodash');
const { v4: uuidv4 } = require('uuid');
const { format, addDays } = require('date-fns');
const moment = require('moment');

const OPENING = moment('2020-01-01').startOf('day');
const PUBLIC_FIELDS = ['id', 'title', 'startsAt'];

module.exports = (sequelize, DataTypes) => {
  const Event = sequelize.define('Event', {
    id: { type: DataTypes.UUID, primaryKey: true, defaultValue: () => uuidv4() },
    title: { type: DataTypes.STRING(120), allowNull: false },
    startsAt: {
      type: DataTypes.DATE,
      allowNull: false,
      defaultValue: () => addDays(new Date(), 7),
      get() {
        return format(this.getDataValue('startsAt'), 'yyyy-MM-dd');
      },
    },
    capacity: { type: DataTypes.INTEGER, defaultValue: 100 },
  });
  Event.prototype.toJSON = function toJSON() {
    return _.pick(this.get(), PUBLIC_FIELDS);
  };
  Event.isOpen = () => moment().isAfter(OPENING);
  return Event;
};
