module.exports = (DataTypes) => {{ DataTypes.STRING;
