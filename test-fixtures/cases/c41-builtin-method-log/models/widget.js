'use strict';
module.exports = (sequelize, DataTypes) => {
  const Widget = sequelize.define('Widget', {
    save: DataTypes.STRING,
    update: DataTypes.BOOLEAN,
    label: DataTypes.STRING,
  }, {
    getterMethods: {
      toJSON() {
        return {};
      },
    },
  });
  const Part = sequelize.define('Part', { get: DataTypes.STRING });
  Widget.hasMany(Part);
  return Widget;
};
