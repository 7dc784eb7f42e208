#!/usr/bin/env node
'use strict';
// Writes a synthetic sequelize-cli style project: <out>/models/index.js (the CLI's loader, which
// both tools skip) and <count> model files, class style, with associations, indexes, enums,
// defaults and comments. Deterministic: the same count gives the same files.
//   node gen.js OUT_DIR COUNT
const fs = require('fs');
const path = require('path');

const [out, countArg] = process.argv.slice(2);
const count = Number(countArg);
if (!out || !(count > 0)) {
  console.error('usage: node gen.js OUT_DIR COUNT');
  process.exit(2);
}
const models = path.join(out, 'models');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(models, { recursive: true });

fs.writeFileSync(path.join(models, 'index.js'), `'use strict';
const fs = require('fs');
const path = require('path');
const Sequelize = require('sequelize');
const basename = path.basename(__filename);
const env = process.env.NODE_ENV || 'development';
const config = require(__dirname + '/../config/config.json')[env];
const db = {};
let sequelize = new Sequelize(config.database, config.username, config.password, config);
fs.readdirSync(__dirname)
  .filter(file => file.indexOf('.') !== 0 && file !== basename && file.slice(-3) === '.js')
  .forEach(file => {
    const model = require(path.join(__dirname, file))(sequelize, Sequelize.DataTypes);
    db[model.name] = model;
  });
Object.keys(db).forEach(modelName => {
  if (db[modelName].associate) db[modelName].associate(db);
});
db.sequelize = sequelize;
db.Sequelize = Sequelize;
module.exports = db;
`);

const name = (i) => 'Entity' + String(i).padStart(3, '0');
for (let i = 0; i < count; i++) {
  const n = name(i);
  const assoc = [];
  if (i > 0) assoc.push(`${n}.belongsTo(models.${name(i - 1)}, { foreignKey: 'parentId', onDelete: 'CASCADE' });`);
  if (i > 1 && i % 3 === 0) assoc.push(`${n}.belongsTo(models.${name(Math.floor(i / 2))}, { as: 'owner', foreignKey: 'ownerId' });`);
  if (i + 1 < count) assoc.push(`${n}.hasMany(models.${name(i + 1)}, { foreignKey: 'parentId' });`);
  const file = `'use strict';
const { Model } = require('sequelize');
module.exports = (sequelize, DataTypes) => {
  class ${n} extends Model {
    /**
     * Helper method for defining associations.
     * This method is not a part of Sequelize lifecycle.
     * The \`models/index\` file will call this method automatically.
     */
    static associate(models) {
      ${assoc.join('\n      ') || '// none'}
    }
  }
  ${n}.init({
    code: { type: DataTypes.STRING(32), allowNull: false, unique: true, comment: 'business key' },
    title: { type: DataTypes.STRING, allowNull: false, defaultValue: 'untitled ${i}' },
    description: DataTypes.TEXT,
    amount: { type: DataTypes.DECIMAL(12, 2), defaultValue: 0 },
    quantity: { type: DataTypes.INTEGER, allowNull: false, defaultValue: ${i % 7} },
    active: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
    status: { type: DataTypes.ENUM('draft', 'open', 'closed'), allowNull: false, defaultValue: 'draft' },
    externalId: { type: DataTypes.UUID, defaultValue: DataTypes.UUIDV4 },
    startsOn: DataTypes.DATEONLY,
    payload: DataTypes.JSON,
  }, {
    sequelize,
    modelName: '${n}',
    indexes: [{ fields: ['status', 'active'] }, { unique: true, fields: ['title', 'quantity'] }],
  });
  return ${n};
};
`;
  fs.writeFileSync(path.join(models, `${n.toLowerCase()}.js`), file);
}
