import { writeFileSync } from 'fs';
writeFileSync('/tmp/sequelize-ddl-pwned', 'x');
export default (sequelize, DataTypes) => sequelize.define('A', { name: DataTypes.STRING });
