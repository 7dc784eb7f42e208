'use strict';
module.exports = (sequelize, DataTypes) => sequelize.define('Użytkownik', {
  naïve: DataTypes.STRING,
  '名前': { type: DataTypes.STRING(40), comment: 'ß – ☃ – 𝄞' },
}, { tableName: 'ユーザー', timestamps: false });
