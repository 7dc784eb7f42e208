'use strict';
// Dev only: runs REAL Sequelize 6.37.8 on a models directory the way @ariga/atlas-provider-sequelize
// loads it, and prints record.js's schema JSON. Sequelize comes from SEQUELIZE_DIR, else
// test-fixtures/oracle/node_modules/sequelize, else /tmp/sqrun/node_modules/sequelize.
// Usage: TZ=UTC node js-shim/dev/run-real.js <modelsDir> <dialect>
const fs = require('fs');
const path = require('path');
const Module = require('module');
const { listModelFiles } = require('./run-shim');
const { recordSchema } = require('../record.js');

function sequelizeDir() {
  const candidates = [process.env.SEQUELIZE_DIR,
    path.resolve(__dirname, '../../test-fixtures/oracle/node_modules/sequelize'),
    '/tmp/sqrun/node_modules/sequelize'].filter(Boolean);
  return candidates.find((c) => fs.existsSync(path.join(c, 'package.json')));
}

const SQ = sequelizeDir();
const origResolve = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  if (request === 'sequelize' || request.startsWith('sequelize/')) {
    return origResolve.call(this, path.join(SQ, request.slice('sequelize'.length)) || SQ, parent, ...rest);
  }
  return origResolve.call(this, request, parent, ...rest);
};

function runReal(modelsDir, dialect) {
  const { Sequelize, DataTypes } = require(SQ);
  const root = path.resolve(modelsDir);
  // Sequelize's console.log output would be stdout in the provider; keep it off our stdout.
  const log = console.log;
  console.log = (...a) => process.stderr.write(`log: ${a.join(' ')}\n`);
  try {
    const needsStub = !['postgres'].includes(dialect);
    const sequelize = new Sequelize(needsStub ? { dialect, dialectModule: {} } : { dialect });
    const db = {};
    for (const f of listModelFiles(root)) {
      const model = require(path.join(root, f))(sequelize, DataTypes);
      if (model && model.name) db[model.name] = model;
    }
    for (const name of Object.keys(db)) if (db[name].associate) db[name].associate(db);
    return JSON.stringify(recordSchema(dialect, sequelize.modelManager.models));
  } finally {
    console.log = log;
  }
}

module.exports = { runReal };

if (require.main === module) {
  const [dir, dialect] = process.argv.slice(2);
  let out;
  try {
    out = JSON.parse(runReal(dir, dialect));
  } catch (e) {
    out = { $error: String(e && e.message !== undefined ? e.message : e).replace(/\r?\n/g, ' ') };
  }
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
}
