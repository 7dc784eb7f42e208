'use strict';
const fs = require('fs');
const path = require('path');

const configDir = path.join(__dirname, 'config');
const columns = JSON.parse(fs.readFileSync(path.join(configDir, 'columns.json'), 'utf8'));

// A flat YAML file: "key: value" lines, # comments.
function readSettings(file) {
  const settings = {};
  for (const line of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
    const m = /^([a-z_]+):\s*(.*)$/.exec(line.trim());
    if (m) settings[m[1]] = /^\d+$/.test(m[2]) ? Number(m[2]) : m[2];
  }
  return settings;
}
const settings = readSettings(path.resolve(__dirname, './config/settings.yml'));

const roles = fs.readdirSync(path.join(configDir, 'roles'))
  .filter((name) => path.extname(name) === '.txt')
  .map((name) => fs.readFileSync(path.join(configDir, 'roles', name), 'utf8').trim());

const overrideFile = path.join(configDir, 'override.json');
const override = fs.existsSync(overrideFile) ? JSON.parse(fs.readFileSync(overrideFile, 'utf8')) : {};

module.exports = (sequelize, DataTypes) => {
  const Member = sequelize.define('Member', {
    name: { type: DataTypes.STRING(columns.member.name), allowNull: false },
    email: { type: DataTypes.STRING(columns.member.email), allowNull: false, unique: true },
    bio: DataTypes.TEXT(columns.member.bio),
    role: { type: DataTypes.ENUM(...roles), allowNull: false, defaultValue: roles[1] },
    country: { type: DataTypes.CHAR(2), defaultValue: override.country || settings.default_country },
    fee: { type: DataTypes.DECIMAL(settings.fee_precision, settings.fee_scale) },
  }, { tableName: columns.tableName, comment: settings.schema_comment });
  return Member;
};
