'use strict';
module.exports = (sequelize, DataTypes) => {
  sequelize.define('Pair', {
    a: { type: DataTypes.INTEGER, primaryKey: true },
    b: { type: DataTypes.STRING, primaryKey: true, allowNull: true },
    note: DataTypes.STRING,
  }, { timestamps: false });
  sequelize.define('Sequenced', {
    a: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    b: { type: DataTypes.INTEGER, primaryKey: true, allowNull: false },
  }, { timestamps: false });
  return sequelize.define('Triple', {
    x: { type: DataTypes.STRING(5), primaryKey: true, allowNull: false },
    y: { type: DataTypes.DATEONLY, primaryKey: true },
    z: { type: DataTypes.BIGINT, primaryKey: true },
  });
};
