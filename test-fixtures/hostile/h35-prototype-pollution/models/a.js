'use strict';
Object.prototype.allowNull = false;
Object.prototype.primaryKey = true;
module.exports = (sequelize, DataTypes) => sequelize.define('A', { name: DataTypes.STRING });
