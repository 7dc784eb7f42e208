const Sequelize = require('sequelize');
module.exports = function(sequelize, DataTypes) {
  return sequelize.define('address', {
    address_id: {
      autoIncrement: true,
      type: DataTypes.INTEGER,
      allowNull: false,
      primaryKey: true
    },
    line1: {
      type: DataTypes.STRING(120),
      allowNull: false
    },
    city: {
      type: DataTypes.STRING(60),
      allowNull: false
    },
    postal_code: {
      type: DataTypes.STRING(10),
      allowNull: true
    }
  }, {
    sequelize,
    tableName: 'address',
    timestamps: false
  });
};
