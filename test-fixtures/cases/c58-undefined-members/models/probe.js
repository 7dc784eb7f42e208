'use strict';
// Attribute members set to undefined still exist for Sequelize's hasOwnProperty tests:
// PG and SQLite render `allowNull: undefined` as NOT NULL, MySQL and MSSQL do not.
// uniqueKeys given as an array are named uniq_<table>_<fields> by createTableQuery.
module.exports = (sequelize, DataTypes) =>
  sequelize.define('Probe', {
    a: { type: DataTypes.STRING, allowNull: undefined },
    b: { type: DataTypes.INTEGER, allowNull: undefined, defaultValue: undefined, comment: undefined },
    c: DataTypes.STRING,
  }, {
    timestamps: false,
    uniqueKeys: [{ fields: ['b', 'c'] }],
  });
