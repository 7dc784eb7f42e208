import { createRequire } from 'module';

const require = createRequire(import.meta.url);
const limits = require('./lib/limits.json');

export default (sequelize, DataTypes) => {
  const Author = sequelize.define('Author', {
    name: { type: DataTypes.STRING(limits.authorName), allowNull: false },
    email: { type: DataTypes.STRING, allowNull: false, unique: true },
  });
  Author.associate = (models) => {
    Author.hasMany(models.Post, { foreignKey: { name: 'authorId', allowNull: false }, onDelete: 'CASCADE' });
  };
  return Author;
};
