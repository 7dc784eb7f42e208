#!/usr/bin/env node
'use strict';
// The second oracle, for meaning: loads one case's models with real Sequelize 6.37.8 exactly like
// generate.js (the provider's loader) and runs a real `sequelize.sync()` into a database that the
// caller has created, empty, beforehand. The Java database tests read that schema back and compare
// it with the schema our DDL builds.
//
//   node sync.js --case DIR --dialect postgres|mariadb|mysql \
//                --host H --port P --user U --password W --database DB [--verbose]
//   node sync.js --batch     one job per stdin line, as JSON {"case","dialect","host","port","user",
//                            "password","database"}; one result line per job on stdout (saves
//                            Node's start-up, ~1-2 s a case on a loaded machine)
//
// Drivers are the pure-JS ones from this folder's node_modules: pg (postgres), mariadb (mariadb),
// mysql2 (mysql, which talks to a MariaDB server just as well). SQLite and MSSQL are not offered
// (the sqlite3 package is a stub here; there is no MSSQL server).
//
// Prints one JSON line on stdout: {"ok":true,"queries":[...]} or {"ok":false,"stage":...,"error":...}
// and exits 0 on success, 1 when loading or sync() failed, 2 on bad usage. TZ should be UTC.

const fs = require('fs');
const path = require('path');

const SEQUELIZE_VERSION = '6.37.8';
const NODE_MODULES = path.join(__dirname, 'node_modules');
const DIALECTS = ['postgres', 'mariadb', 'mysql'];

function usage(message) {
  process.stderr.write(`sync.js: ${message}\n`);
  process.stderr.write('usage: node sync.js --case DIR --dialect D --host H --port P --user U --password W --database DB\n');
  process.exit(2);
}

function parseArgs(argv) {
  const args = { verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--verbose') { args.verbose = true; continue; }
    const m = /^--(case|dialect|host|port|user|password|database)(?:=(.*))?$/.exec(a);
    if (!m) usage(`unknown argument ${a}`);
    args[m[1]] = m[2] !== undefined ? m[2] : argv[++i];
    if (args[m[1]] === undefined) usage(`${a} needs a value`);
  }
  for (const k of ['case', 'dialect', 'host', 'port', 'user', 'database']) {
    if (args[k] === undefined) usage(`--${k} is required`);
  }
  if (!DIALECTS.includes(args.dialect)) usage(`dialect must be one of ${DIALECTS.join(', ')}`);
  if (args.password === undefined) args.password = '';
  return args;
}

// Loading, as generate.js's child does it (the provider's loadSequelizeModels, plus the documented
// difference that *.cjs files load like *.js).
function loadModels(sequelize, caseDir) {
  const DataTypes = require(path.join(NODE_MODULES, 'sequelize', 'lib', 'data-types'));
  const modelsDir = path.resolve(caseDir, 'models');
  const factories = [];
  for (const file of fs.readdirSync(modelsDir)) {
    if (!/\.c?js$/.test(file) || file === 'index.js') continue;
    factories.push(require(modelsDir + '/' + file));
  }
  const byName = {};
  for (const factory of factories) {
    const returned = factory(sequelize, DataTypes);
    if (returned && returned.name) byName[returned.name] = returned;
  }
  for (const name of Object.keys(byName)) {
    const m = byName[name];
    if (m && m.associate) m.associate(byName);
  }
}

function oneLine(e) {
  const msg = e && typeof e === 'object' && 'message' in e ? String(e.message) : String(e);
  const sql = e && e.sql ? ` [sql: ${e.sql}]` : '';
  return (msg + sql).replace(/\r?\n/g, ' ');
}

// Runs one job; returns the result object (never throws).
async function syncOne(args) {
  const result = { ok: false, stage: 'load', queries: [] };
  let sequelize;
  try {
    const pkg = require(path.join(NODE_MODULES, 'sequelize', 'package.json'));
    if (pkg.version !== SEQUELIZE_VERSION) {
      throw new Error(`needs sequelize ${SEQUELIZE_VERSION}, found ${pkg.version}`);
    }
    const Sequelize = require(path.join(NODE_MODULES, 'sequelize'));
    sequelize = new Sequelize({
      dialect: args.dialect,
      host: args.host,
      port: Number(args.port),
      username: args.user,
      password: args.password === undefined ? '' : args.password,
      database: args.database,
      logging: (sql) => {
        result.queries.push(sql.replace(/^Executing \([^)]*\): /, ''));
        if (args.verbose) process.stderr.write(sql + '\n');
      },
      pool: { max: 1, min: 0 },
    });
    loadModels(sequelize, args.case);
    result.stage = 'sync';
    await sequelize.sync();
    result.ok = true;
    delete result.stage;
  } catch (e) {
    result.error = oneLine(e);
  } finally {
    if (sequelize) {
      try { await sequelize.close(); } catch (_) { /* already broken */ }
    }
    // A later job may load the same files again: from scratch, like a fresh process would.
    const caseDir = path.resolve(args.case) + path.sep;
    for (const key of Object.keys(require.cache)) {
      if (key.startsWith(caseDir)) delete require.cache[key];
    }
  }
  return result;
}

async function main() {
  // Model files may print (console.log, Sequelize's own warnings); keep stdout for our JSON.
  const realWrite = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk, encoding, cb) => process.stderr.write(chunk, encoding, cb);

  if (process.argv[2] === '--batch') {
    const rl = require('readline').createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of rl) {
      if (!line.trim()) continue;
      let result;
      try {
        const job = JSON.parse(line);
        if (!DIALECTS.includes(job.dialect)) throw new Error(`dialect must be one of ${DIALECTS.join(', ')}`);
        result = await syncOne(job);
      } catch (e) {
        result = { ok: false, stage: 'input', error: oneLine(e), queries: [] };
      }
      await new Promise((resolve) => realWrite(JSON.stringify(result) + '\n', resolve));
    }
    return;
  }
  const result = await syncOne(parseArgs(process.argv.slice(2)));
  realWrite(JSON.stringify(result) + '\n', () => process.exit(result.ok ? 0 : 1));
}

main();
