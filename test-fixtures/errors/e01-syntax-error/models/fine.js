'use strict';
module.exports = (sequelize, DataTypes) => sequelize.define('Fine', { name: DataTypes.STRING });
