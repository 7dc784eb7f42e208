import { readFileSync } from 'fs';

const limits = JSON.parse(readFileSync(new URL('./lib/limits.json', import.meta.url), 'utf8'));
const flags = JSON.parse(readFileSync(new URL('./lib/flags.json', import.meta.url)));

export default (sequelize, DataTypes) => {
  const Post = sequelize.define('Post', {
    title: { type: DataTypes.STRING(limits.title), allowNull: false },
    body: DataTypes.TEXT(limits.body),
    visibility: { type: DataTypes.ENUM('public', 'private'), defaultValue: flags.defaultVisibility },
    ...(flags.moderation ? { approved: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false } } : {}),
  });
  Post.associate = ({ Author, Comment }) => {
    Post.belongsTo(Author, { foreignKey: { name: 'authorId', allowNull: false } });
    Post.hasMany(Comment);
  };
  return Post;
};
