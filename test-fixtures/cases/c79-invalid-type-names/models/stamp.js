'use strict';
// Types no database has, pinned for how Sequelize renders them (moved out of c05 so that c05's
// PostgreSQL types are checked on the database):
// - DataTypes.NOW / UUIDV1 / UUIDV4 are default-value generators; used as column *types* Sequelize writes
//   them as type names (NOW, UUIDV1, UUIDV4; MSSQL NOW as GETDATE()).
// - A raw string type that merely starts with VIRTUAL is dropped by the Node provider's
//   `startsWith('VIRTUAL')` filter like a real VIRTUAL attribute; sync() creates it and fails.
module.exports = (sequelize, DataTypes) =>
  sequelize.define('Stamp', {
    label: DataTypes.STRING,
    nowType: DataTypes.NOW,
    v1Type: DataTypes.UUIDV1,
    v4Type: DataTypes.UUIDV4,
    rawVirtual: 'VIRTUAL_THING',
  }, { timestamps: false });
