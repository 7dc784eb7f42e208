'use strict';
// Dev only: differential fuzzing. Writes random model projects (options, attributes, associations)
// to a temp folder and compares the shim's JSON (or error) with real Sequelize's, per dialect.
// Usage: node js-shim/dev/fuzz.js [count=50] [seed=1]   — failing projects are kept and listed.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const { runShim } = require('./run-shim');

const DIALECTS = ['mysql', 'mariadb', 'postgres', 'sqlite', 'mssql'];
let seed = Number(process.argv[3] || 1);
function rnd() {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;

const NAMES = ['User', 'Person', 'Category', 'Data', 'Status', 'Leaf', 'Team', 'UserProfile', 'Mouse', 'Quiz', 'Sheep'];
const TYPES = ['DataTypes.STRING', 'DataTypes.STRING(40)', 'DataTypes.INTEGER', 'DataTypes.BIGINT', 'DataTypes.UUID',
  'DataTypes.INTEGER.UNSIGNED', 'DataTypes.TEXT', 'DataTypes.DATE', 'DataTypes.DECIMAL(10, 2)', 'DataTypes.BOOLEAN',
  "DataTypes.ENUM('a', 'b')", 'DataTypes.JSONB', 'DataTypes.FLOAT(5, 2)', 'DataTypes.CHAR(3).BINARY'];

function attr(name, pk) {
  const parts = [`type: ${pk ? pick(['DataTypes.INTEGER', 'DataTypes.UUID', 'DataTypes.STRING(20)', 'DataTypes.BIGINT']) : pick(TYPES)}`];
  if (pk) parts.push('primaryKey: true');
  if (pk && chance(0.3)) parts.push('autoIncrement: true');
  if (chance(0.3)) parts.push(`allowNull: ${chance(0.5)}`);
  if (chance(0.2)) parts.push(`unique: ${pick(['true', "'uq_x'", "{ name: 'uq_o', msg: 'm' }"])}`);
  if (chance(0.15)) parts.push(`field: '${name}_col'`);
  if (chance(0.1)) parts.push("comment: 'c'");
  if (chance(0.1)) parts.push('index: true');
  return `${name}: { ${parts.join(', ')} }`;
}

function options() {
  const o = [];
  if (chance(0.3)) o.push('underscored: true');
  if (chance(0.2)) o.push('freezeTableName: true');
  if (chance(0.2)) o.push('paranoid: true');
  if (chance(0.2)) o.push('timestamps: false');
  if (chance(0.15)) o.push(`version: ${pick(['true', "'lockV'"])}`);
  if (chance(0.1)) o.push("schema: 'app'");
  if (chance(0.1)) o.push("tableName: 'tbl_x'");
  if (chance(0.1)) o.push("name: { singular: 'thing', plural: 'things' }");
  if (chance(0.15)) o.push("createdAt: 'madeAt'");
  if (chance(0.15)) o.push("indexes: [{ fields: ['a0'] }, { unique: true, fields: ['a0', 'a1'], name: 'ix' }]");
  return `{ ${o.join(', ')} }`;
}

function assocOptions(kind) {
  const o = [];
  if (chance(0.4)) o.push(`as: '${pick(['owner', 'items', 'parent', 'main_thing', 'Reviewer', 'tags'])}'`);
  if (chance(0.3)) o.push(`foreignKey: ${pick(["'ownerId'", "{ name: 'refId', allowNull: false }", "{ field: 'x_ref' }", "'a0'"])}`);
  if (chance(0.15)) o.push('constraints: false');
  if (chance(0.2)) o.push(`onDelete: '${pick(['cascade', 'RESTRICT', 'SET NULL'])}'`);
  if (chance(0.1)) o.push('keyType: DataTypes.BIGINT');
  if (chance(0.15)) o.push(`${pick(['sourceKey', 'targetKey'])}: 'a0'`);
  if (chance(0.05)) o.push('hooks: true');
  if (kind === 'belongsToMany') {
    o.push(`through: ${pick(["'Link'", "'link_table'", "{ model: 'Link', unique: false }", "'Users'"])}`);
    if (chance(0.3)) o.push(`otherKey: ${pick(["'otherRef'", "{ name: 'oRef', allowNull: false }"])}`);
    if (chance(0.2)) o.push('timestamps: false');
    if (chance(0.1)) o.push("uniqueKey: 'my_uq'");
  }
  return `{ ${o.join(', ')} }`;
}

function project(dir) {
  const names = [...new Set(Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => pick(NAMES)))];
  const files = names.map((name) => {
    const attrs = [];
    const customPk = chance(0.25);
    if (customPk) attrs.push(attr('pk', true));
    for (let i = 0; i < 2 + Math.floor(rnd() * 3); i++) attrs.push(attr(`a${i}`, false));
    const assocs = [];
    for (let i = 0; i < Math.floor(rnd() * 3); i++) {
      const kind = pick(['belongsTo', 'hasOne', 'hasMany', 'belongsToMany']);
      assocs.push(`    ${name}.${kind}(models.${pick(names)}, ${assocOptions(kind)});`);
    }
    const prelude = [];
    if (chance(0.1)) prelude.push(`sequelize.options.define.${pick(['underscored', 'freezeTableName', 'paranoid'])} = true;`);
    if (chance(0.1)) prelude.push("sequelize.addHook('beforeDefine', (attrs, opts) => { attrs.hooked = { type: DataTypes.STRING, allowNull: undefined }; });");
    if (chance(0.05)) prelude.push("sequelize.afterDefine((m) => { m.options.comment = 'after'; });");
    const after = [];
    if (chance(0.1)) after.push(`${name}.removeAttribute('${pick(['id', 'a0', 'createdAt'])}');`);
    return {
      file: `${name.toLowerCase()}.js`,
      text: `module.exports = (sequelize, DataTypes) => {
  ${prelude.join('\n  ')}
  const ${name} = sequelize.define('${name}', { ${attrs.join(', ')} }, ${options()});
  ${after.join('\n  ')}
  ${name}.associate = (models) => {
${assocs.join('\n')}
  };
  return ${name};
};
`,
    };
  });
  fs.mkdirSync(path.join(dir, 'models'), { recursive: true });
  for (const f of files) fs.writeFileSync(path.join(dir, 'models', f.file), f.text);
}

function real(dir, dialect) {
  const out = execFileSync(process.execPath, [path.join(__dirname, 'run-real.js'), path.join(dir, 'models'), dialect],
    { env: { ...process.env, TZ: 'UTC' }, stdio: ['ignore', 'pipe', 'ignore'] }).toString();
  const parsed = JSON.parse(out);
  return parsed.$error !== undefined ? `ERROR ${parsed.$error}` : JSON.stringify(parsed);
}

function shim(dir, dialect) {
  try {
    const s = JSON.parse(runShim(path.join(dir, 'models'), dialect).json);
    for (const m of s.models) delete m.source;
    return JSON.stringify(s);
  } catch (e) {
    return `ERROR ${String(e.message).replace(/\r?\n/g, ' ')}`;
  }
}

const count = Number(process.argv[2] || 50);
const base = fs.mkdtempSync(path.join(os.tmpdir(), 'shim-fuzz-'));
let failures = 0;
let errors = 0;
for (let i = 0; i < count; i++) {
  const dir = path.join(base, `p${i}`);
  project(dir);
  let failed = false;
  for (const d of DIALECTS) {
    const a = shim(dir, d);
    const b = real(dir, d);
    if (a.startsWith('ERROR') && b.startsWith('ERROR')) errors++;
    if (a !== b) {
      failed = true;
      process.stdout.write(`DIFF ${dir} ${d}\n  shim: ${a.slice(0, 300)}\n  real: ${b.slice(0, 300)}\n`);
      break;
    }
  }
  if (failed) failures++;
  else fs.rmSync(dir, { recursive: true });
}
process.stdout.write(`${count} projects, ${failures} different, ${errors} dialect runs failing identically in both\n`);
