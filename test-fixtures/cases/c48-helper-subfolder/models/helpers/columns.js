'use strict';
// Shared column builders; this folder is not scanned by the loader.
module.exports = (DataTypes) => ({
  id: () => ({ type: DataTypes.UUID, primaryKey: true, defaultValue: DataTypes.UUIDV4 }),
  money: () => ({ type: DataTypes.DECIMAL(12, 2), allowNull: false, defaultValue: 0 }),
  name: (length) => ({ type: DataTypes.STRING(length || 100), allowNull: false }),
});
