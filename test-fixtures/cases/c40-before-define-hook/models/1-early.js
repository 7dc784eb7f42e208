'use strict';
module.exports = (sequelize, DataTypes) => sequelize.define('Early', { someField: DataTypes.STRING });
