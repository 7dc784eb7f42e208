'use strict';
module.exports = (sequelize, DataTypes) => {
  sequelize.define('Plain', { a: DataTypes.STRING }, { charset: 'utf8', timestamps: false });
  return sequelize.define('Thing', { name: DataTypes.STRING }, {
    timestamps: false,
    engine: 'MyISAM',
    comment: "Thing's table",
    charset: 'utf8mb4',
    collate: 'utf8mb4_unicode_ci',
    initialAutoIncrement: 1000,
    rowFormat: 'DYNAMIC',
  });
};
