const Sequelize = require('sequelize');
module.exports = function(sequelize, DataTypes) {
  return sequelize.define('store', {
    store_id: {
      autoIncrement: true,
      type: DataTypes.INTEGER,
      allowNull: false,
      primaryKey: true
    },
    manager_staff_id: {
      type: DataTypes.INTEGER,
      allowNull: false,
      unique: 'idx_unique_manager'
    },
    address_id: {
      type: DataTypes.INTEGER,
      allowNull: false,
      references: {
        model: 'address',
        key: 'address_id'
      }
    }
  }, {
    sequelize,
    tableName: 'store',
    timestamps: false
  });
};
