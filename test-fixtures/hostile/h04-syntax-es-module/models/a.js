import { DataTypes } from 'sequelize';
export default (sequelize) => sequelize.define('A', { name: DataTypes.STRING });
