module.exports = (sequelize, DataTypes) => sequelize.define('B', { name: DataTypes.STRING });
