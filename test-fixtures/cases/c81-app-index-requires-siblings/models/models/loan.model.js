'use strict';
const { DataTypes } = require('sequelize');

module.exports = (sequelize) => {
  sequelize.define('loan', {
    borrower: { type: DataTypes.STRING, allowNull: false },
    due: { type: DataTypes.DATE, allowNull: false },
    returned: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
  }, { paranoid: true });
};
