'use strict';
// Hides Object.prototype.hasOwnProperty for every array: a change other models would see.
Array.prototype.hasOwnProperty = function hasOwnProperty() { return true; };
module.exports = (sequelize, DataTypes) => sequelize.define('A', { name: DataTypes.STRING });
