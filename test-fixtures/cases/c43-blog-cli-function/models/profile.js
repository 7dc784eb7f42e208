'use strict';
module.exports = (sequelize, DataTypes) => {
  const Profile = sequelize.define('Profile', {
    displayName: DataTypes.STRING,
    bio: DataTypes.TEXT,
    avatarUrl: DataTypes.STRING(500),
    birthday: DataTypes.DATEONLY,
  });
  Profile.associate = function (models) {
    Profile.belongsTo(models.User, { foreignKey: 'userId' });
  };
  return Profile;
};
