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
//                            "password","database","setup"}; one result line per job on stdout (saves
//                            Node's start-up, ~1-2 s a case on a loaded machine)
//
// "setup" (batch only, optional): SQL statements run through the case's Sequelize before sync(): the
// case's db-setup.sql, split by the Java test (DbSetup), which creates the tables the models reference
// and do not define, as they exist in a real project's database (docs/db-tests.md).
//
// Drivers are the pure-JS ones from this folder's node_modules: pg (postgres), mariadb (mariadb),
// mysql2 (mysql, which talks to a MariaDB server just as well); sqlite through sql.js (WebAssembly) behind
// the sqlite3 API Sequelize uses (sqljs-sqlite3.js; the oracle's sqlite3 package is a stub), in memory and
// then written to the file --database names. MSSQL is not offered (there is no server).
//
// Prints one JSON line on stdout: {"ok":true,"queries":[...]} or {"ok":false,"stage":...,"error":...}
// and exits 0 on success, 1 when loading or sync() failed, 2 on bad usage. TZ should be UTC.

const path = require('path');

const SEQUELIZE_VERSION = '6.37.8';
const { loadCaseModels, NODE_MODULES } = require('./load-models');
const { sqlite3Over } = require('./sqljs-sqlite3');
const DIALECTS = ['postgres', 'mariadb', 'mysql', 'sqlite'];

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
  for (const k of args.dialect === 'sqlite' ? ['case', 'database'] : ['case', 'dialect', 'host', 'port', 'user', 'database']) {
    if (args[k] === undefined) usage(`--${k} is required`);
  }
  if (!DIALECTS.includes(args.dialect)) usage(`dialect must be one of ${DIALECTS.join(', ')}`);
  if (args.password === undefined) args.password = '';
  return args;
}

let sqlJsModule = null;
async function sqlJs() {
  if (!sqlJsModule) sqlJsModule = await require(path.join(NODE_MODULES, 'sql.js'))();
  return sqlJsModule;
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
    // Loaded as generate.js loads them (load-models.js: JavaScript factories, TypeScript classes).
    const options = {
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
    };
    let opened = null;
    if (args.dialect === 'sqlite') {
      // In memory over sql.js (sqljs-sqlite3.js), written to the file `database` names afterwards.
      for (const k of ['host', 'port', 'username', 'password', 'database']) delete options[k];
      options.storage = ':memory:';
      options.dialectModule = sqlite3Over(await sqlJs(), (db) => { opened = db; });
    }
    sequelize = (await loadCaseModels(args.case, options)).sequelize;
    result.stage = 'setup';
    for (const statement of args.setup || []) await sequelize.query(statement);
    result.stage = 'sync';
    await sequelize.sync();
    if (args.dialect === 'sqlite') {
      if (!opened) throw new Error('sqlite: sync() opened no database');
      opened.exportTo(args.database);
    }
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
