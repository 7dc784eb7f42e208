'use strict';
// Several small models, one primary-key shape each.
module.exports = (sequelize, DataTypes) => {
  const opts = { timestamps: false };
  sequelize.define('Country', { code: { type: DataTypes.STRING(10), primaryKey: true }, name: DataTypes.STRING }, opts);
  sequelize.define('Token', { id: { type: DataTypes.UUID, primaryKey: true, defaultValue: DataTypes.UUIDV4 }, value: DataTypes.STRING }, opts);
  sequelize.define('Counter', { id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true }, n: DataTypes.INTEGER }, opts);
  sequelize.define('BigCounter', { id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true } }, opts);
  sequelize.define('BigStrict', { id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true, allowNull: false } }, opts);
  sequelize.define('SmallCounter', { id: { type: DataTypes.SMALLINT, primaryKey: true, autoIncrement: true } }, opts);
  sequelize.define('Identity', { id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true, autoIncrementIdentity: true } }, opts);
  sequelize.define('IdentityStrict', { id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true, autoIncrementIdentity: true, allowNull: false } }, opts);
  sequelize.define('Commented', { id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true, comment: 'pk comment' } }, opts);
  sequelize.define('Loaded', { pk: { type: DataTypes.INTEGER, primaryKey: true, defaultValue: 5, unique: true, comment: 'c' } }, opts);
  sequelize.define('Sequenced', { code: { type: DataTypes.STRING(8), primaryKey: true }, seq: { type: DataTypes.INTEGER, autoIncrement: true, unique: true } }, opts);
  sequelize.define('Account', { id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true, field: 'acct_id' } }, opts);
  const Unsigned = sequelize.define('Unsigned', { id: { type: DataTypes.INTEGER.UNSIGNED, primaryKey: true, autoIncrement: true, allowNull: false } }, opts);
  return Unsigned;
};
