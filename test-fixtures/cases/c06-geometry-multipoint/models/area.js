'use strict';
module.exports = (sequelize, DataTypes) => sequelize.define('Area', {
  spots: DataTypes.GEOMETRY('MULTIPOINT'),
}, { timestamps: false });
