'use strict';
if (Object.keys(process.env).length !== 0) throw new Error('leaked environment: ' + Object.keys(process.env).join(','));
module.exports = (sequelize, DataTypes) => sequelize.define('Envless', { name: DataTypes.STRING });
