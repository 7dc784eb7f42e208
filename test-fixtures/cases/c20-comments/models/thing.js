'use strict';
module.exports = (sequelize, DataTypes) => {
  const Owner = sequelize.define('Owner', { name: DataTypes.STRING }, { timestamps: false, comment: 'people who own things' });
  const Thing = sequelize.define('Thing', {
    c1: { type: DataTypes.INTEGER, comment: "it's a comment" },
    c2: { type: DataTypes.STRING, allowNull: false, comment: 'all' },
    c3: { type: DataTypes.STRING, defaultValue: 'x', comment: 'with default' },
    ownerId: { type: DataTypes.INTEGER, comment: 'who', references: { model: 'Owners', key: 'id' } },
  }, { comment: "Thing's table", timestamps: false });
  void Owner;
  return Thing;
};
