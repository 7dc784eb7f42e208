'use strict';
module.exports = (sequelize, DataTypes) => sequelize.define('Audit', {
  b: DataTypes.STRING,
  stamp: { type: DataTypes.DATE, defaultValue: sequelize.fn('NOW') },
  lit: { type: DataTypes.DATE, defaultValue: sequelize.literal('CURRENT_TIMESTAMP') },
  joined: { type: DataTypes.STRING, defaultValue: sequelize.fn('concat', 'a', sequelize.col('b')) },
  castInt: { type: DataTypes.INTEGER, defaultValue: sequelize.cast('1', 'integer') },
  castText: { type: DataTypes.STRING, defaultValue: sequelize.cast(5, 'text') },
  castTs: { type: DataTypes.DATE, defaultValue: sequelize.cast('2020-01-01', 'timestamp') },
  uuid: { type: DataTypes.UUID, defaultValue: sequelize.literal('gen_random_uuid()') },
}, { timestamps: false });
