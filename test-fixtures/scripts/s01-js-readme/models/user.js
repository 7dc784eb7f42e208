"use strict";
module.exports = (sequelize, DataTypes) => {
  const User = sequelize.define("User", {
    name: { type: DataTypes.STRING(80), allowNull: false },
    email: { type: DataTypes.STRING, unique: true },
    role: { type: DataTypes.ENUM("admin", "member"), defaultValue: "member" },
  });
  User.associate = (models) => {
    User.hasMany(models.Task, { foreignKey: "ownerId", onDelete: "CASCADE" });
  };
  return User;
};
