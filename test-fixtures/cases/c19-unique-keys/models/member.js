'use strict';
module.exports = (sequelize, DataTypes) => {
  sequelize.define('Member', {
    email: { type: DataTypes.STRING, unique: true },
    handle: { type: DataTypes.STRING, unique: 'member_handle_uq' },
    first: { type: DataTypes.STRING, unique: { name: 'member_name_uq', msg: 'name taken' } },
    last: { type: DataTypes.STRING, unique: { name: 'member_name_uq' } },
    phone: { type: DataTypes.STRING, unique: 'phone_uq', field: 'phone_number' },
  });
  return sequelize.define('Slot', {
    a: DataTypes.INTEGER,
    b: DataTypes.INTEGER,
    c: DataTypes.INTEGER,
    d: { type: DataTypes.STRING, unique: 'ignored_when_option_given' },
  }, {
    timestamps: false,
    uniqueKeys: {
      ab: { fields: ['a', 'b'] },
      bc_unique: { fields: ['b', 'c'], customIndex: true },
      cd: { fields: ['c', 'd'], customIndex: false },
    },
  });
};
