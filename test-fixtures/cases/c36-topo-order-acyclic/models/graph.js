'use strict';
module.exports = (sequelize, DataTypes) => {
  const o = { timestamps: false };
  const User = sequelize.define('User', { n: DataTypes.STRING }, o);
  const Post = sequelize.define('Post', { n: DataTypes.STRING }, o);
  const Profile = sequelize.define('Profile', { n: DataTypes.STRING }, o);
  const Tag = sequelize.define('Tag', { n: DataTypes.STRING }, o);
  const Audit = sequelize.define('Audit', {
    legacyRef: { type: DataTypes.INTEGER, references: { model: 'legacy_things', key: 'id' } },
  }, o);
  const Region = sequelize.define('Region', { n: DataTypes.STRING }, Object.assign({ schema: 'geo' }, o));
  const Office = sequelize.define('Office', { n: DataTypes.STRING }, o);
  const Category = sequelize.define('Category', { n: DataTypes.STRING }, o);
  Post.belongsTo(User, { as: 'author' });
  Post.belongsTo(User, { as: 'editor' });
  Post.belongsTo(Category);
  Post.belongsTo(Category, { as: 'secondary' });
  Profile.belongsTo(User);
  Tag.belongsTo(Tag, { as: 'parent' });
  Office.belongsTo(Region);
  Audit.belongsTo(Office);
  User.belongsTo(Office);
  return User;
};
