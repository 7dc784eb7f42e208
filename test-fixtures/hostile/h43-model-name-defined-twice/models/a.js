module.exports = (sequelize, DataTypes) => sequelize.define('User', { name: DataTypes.STRING });
