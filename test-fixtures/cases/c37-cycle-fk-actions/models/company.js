'use strict';
module.exports = (sequelize, DataTypes) => {
  const Dept = sequelize.define('Dept', {
    name: DataTypes.STRING,
    managerId: { type: DataTypes.INTEGER, defaultValue: 1, comment: 'mgr' },
  }, { timestamps: false });
  const Emp = sequelize.define('Emp', {
    name: { type: DataTypes.STRING, comment: 'full name' },
  }, { timestamps: false });
  Emp.belongsTo(Dept, { foreignKey: { allowNull: false } });
  Dept.belongsTo(Emp, { as: 'manager', foreignKey: 'managerId' });
  Emp.belongsTo(Emp, { as: 'mentor' });
  return Emp;
};
