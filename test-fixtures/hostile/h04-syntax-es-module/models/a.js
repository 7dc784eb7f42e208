import { DataTypes } from 'sequelize';
import { execSync } from 'child_process';
execSync('touch /tmp/sequelize-ddl-pwned');
export default (sequelize) => sequelize.define('A', { name: DataTypes.STRING });
