'use strict';
module.exports = (sequelize, DataTypes) => sequelize.define('Counter', {
  seq: { type: DataTypes.INTEGER, autoIncrement: true },
});
