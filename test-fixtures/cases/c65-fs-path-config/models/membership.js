'use strict';
const { statSync, readdirSync } = require('fs');
const { join } = require('path');

const configDir = join(__dirname, 'config');
const isDir = statSync(configDir).isDirectory();
const files = readdirSync(configDir, { withFileTypes: true }).filter((d) => d.isFile()).map((d) => d.name);

module.exports = (sequelize, DataTypes) => {
  const Membership = sequelize.define('Membership', {
    season: { type: DataTypes.INTEGER, allowNull: false },
    paid: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
  }, { comment: `config folder: ${isDir}, files: ${files.join(' ')}` });
  Membership.associate = (models) => {
    Membership.belongsTo(models.Member, { foreignKey: 'memberId', onDelete: 'CASCADE' });
  };
  return Membership;
};
