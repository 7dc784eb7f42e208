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
