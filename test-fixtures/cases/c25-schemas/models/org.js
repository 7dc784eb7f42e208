'use strict';
module.exports = (sequelize, DataTypes) => {
  const Org = sequelize.define('Org', { name: DataTypes.STRING }, { schema: 'core', timestamps: false });
  const Order = sequelize.define('Order', {
    status: { type: DataTypes.ENUM('a', 'b'), comment: 'has (parens)' },
  }, { schema: 'app', timestamps: false });
  const Item = sequelize.define('Item', {
    code: DataTypes.STRING,
    kind: DataTypes.ENUM('x', 'y'),
  }, { schema: 'inv', schemaDelimiter: '_', timestamps: false, indexes: [{ fields: ['code'] }] });
  // hr has its own Orgs table (org units): a string reference from a model in schema hr names a table
  // of that schema (Sequelize qualifies it with the referencing model's schema, sync() alike).
  sequelize.define('Unit', { title: DataTypes.STRING }, { schema: 'hr', tableName: 'Orgs', timestamps: false });
  const Emp = sequelize.define('Emp', {
    orgRef: { type: DataTypes.INTEGER, references: { model: 'Orgs', key: 'id' } },
  }, { schema: 'hr', timestamps: false });
  Emp.belongsTo(Org);
  const Plain = sequelize.define('Plain', { a: DataTypes.STRING }, { timestamps: false });
  Plain.belongsTo(Org);
  Plain.belongsTo(Order);
  void Item;
  return Org;
};
