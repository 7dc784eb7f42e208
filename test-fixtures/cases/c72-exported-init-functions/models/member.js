'use strict';
const { DataTypes, Model } = require('sequelize');

class Member extends Model {}

function initMember(sequelize) {
  Member.init(
    {
      memberNo: { type: DataTypes.INTEGER, primaryKey: true },
      nickname: { type: DataTypes.STRING(40), allowNull: false },
      joinedOn: { type: DataTypes.DATEONLY, allowNull: false },
      isBoard: { type: DataTypes.BOOLEAN, defaultValue: false },
    },
    { sequelize, tableName: 'members' },
  );
  return Member;
}

module.exports = { Member, initMember };
