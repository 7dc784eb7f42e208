'use strict';
module.exports = (sequelize, DataTypes) => sequelize.define('LaterThing', { otherField: DataTypes.INTEGER }, { freezeTableName: false });
