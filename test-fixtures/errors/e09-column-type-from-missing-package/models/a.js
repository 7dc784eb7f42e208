'use strict';
// 'sequelize-extra-types' is not installed: its DataTypes is the inert stand-in, not a type.
const { DataTypes: Extra } = require('sequelize-extra-types');

module.exports = (sequelize, DataTypes) => sequelize.define('Shape', {
  name: DataTypes.STRING,
  outline: { type: Extra.POLYGON },
});
