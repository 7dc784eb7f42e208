'use strict';
module.exports = (sequelize, DataTypes) => sequelize.define('Schedule', {
  startsAt: { type: DataTypes.DATE, defaultValue: new Date(Date.UTC(2020, 0, 2, 3, 4, 5, 6)) },
  precise: { type: DataTypes.DATE(3), defaultValue: new Date(Date.UTC(2020, 0, 1, 1, 2, 3, 456)) },
  fromString: { type: DataTypes.DATE, defaultValue: '2020-01-01 00:00:00' },
  day: { type: DataTypes.DATEONLY, defaultValue: new Date(Date.UTC(2020, 0, 1)) },
  dayString: { type: DataTypes.DATEONLY, defaultValue: '2021-06-30' },
}, { timestamps: false });
