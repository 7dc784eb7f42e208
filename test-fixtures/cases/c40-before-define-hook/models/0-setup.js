'use strict';
// Runs first (byte order): changes how every later model is defined.
module.exports = (sequelize, DataTypes) => {
  sequelize.options.define.underscored = true;
  sequelize.options.define.freezeTableName = true;
  sequelize.addHook('beforeDefine', (attributes, options) => {
    attributes.injected = { type: DataTypes.STRING(20), defaultValue: 'hooked' };
    options.comment = 'defined after the hook';
  });
  sequelize.addHook('afterDefine', (model) => {
    model.rawAttributes.tenant = { type: DataTypes.INTEGER, allowNull: false };
    model.refreshAttributes();
  });
  return null;
};
