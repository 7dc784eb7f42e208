#!/usr/bin/env node
'use strict';
// Expected output of the script-mode fixtures (test-fixtures/scripts/<name>/load.js | load.ts): what
// `node load.js` / `ts-node load.ts` prints on stdout when `@ariga/atlas-provider-sequelize` and
// `@ariga/ts-atlas-provider-sequelize/src/sequelize_schema` are the provider pipeline of generate.js on
// real Sequelize 6.37.8 / sequelize-typescript 2.1.6 (providers.js; the packages themselves are not on
// the registry this project reaches). The package folders are written to a temporary NODE_PATH entry
// (with a declaration file for TypeScript's type check) that points to providers.js.
//
//   node scripts.js [name …]          writes <name>/expected.out
//   node scripts.js --check [name …]  exit 1 listing the files that would change
//
// The script's folder is written as $SCRIPT in expected.out (the TS provider prints absolute paths in its
// atlas:pos lines); the test puts its own folder back. Each script runs in a fresh child with TZ=UTC, its
// folder as the working directory. A script that exits non-zero or writes nothing is an oracle failure.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { fork } = require('child_process');
const Module = require('module');

const ORACLE_DIR = __dirname;
const SCRIPTS_DIR = path.resolve(ORACLE_DIR, '..', 'scripts');
const NODE_MODULES = path.join(ORACLE_DIR, 'node_modules');
const PROVIDERS_JS = path.join(ORACLE_DIR, 'providers.js');
const CHILD_TIMEOUT_MS = 120000;

function scriptOf(dir) {
  for (const name of ['load.js', 'load.ts']) {
    if (fs.existsSync(path.join(dir, name))) return path.join(dir, name);
  }
  return null;
}

// The two packages as a folder for NODE_PATH: each entry re-exports providers.js.
function writePackages(dir) {
  const files = {
    '@ariga/atlas-provider-sequelize/index.js': 'loadSequelizeModels',
    '@ariga/atlas-provider-sequelize/src/sequelize_schema.js': 'loadSequelizeModels',
    '@ariga/ts-atlas-provider-sequelize/src/sequelize_schema.js': 'ts',
  };
  for (const [file, member] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), `module.exports = require(${JSON.stringify(PROVIDERS_JS)}).${member};\n`);
  }
  fs.writeFileSync(path.join(dir, '@ariga/ts-atlas-provider-sequelize/src/sequelize_schema.d.ts'), [
    'import { ModelCtor, Sequelize } from "sequelize-typescript";',
    'type Positions = Map<string, { filePath: string; start: number; end: number }>;',
    'export declare const modelSource: (modelPaths: string[], sequelize: Sequelize) => Positions;',
    'export declare const loadModels: (dialect: string, models: ModelCtor[]) => string;',
    'export declare const loadSQL: (sequelize: Sequelize, dialect: string, srcMap?: Positions) => string;',
    '',
  ].join('\n'));
}

// Child: run one script as the main module, as `node load.js` / `npx ts-node load.ts` would.
function runChild(script, packages) {
  if (script.endsWith('.ts')) {
    // generate.js's ts-node setup (the TS provider's tsconfig, type-checked), plus the two packages and
    // Node's types (a script uses console, maybe process) from the oracle's node_modules.
    require('./generate').registerTsNode({
      paths: { '@ariga/*': [path.join(packages, '@ariga', '*')] },
      typeRoots: [path.join(NODE_MODULES, '@types')],
      types: ['node'],
    });
  }
  process.argv = [process.argv[0], script];
  Module.runMain();
}

function runScript(dir, packages) {
  const script = scriptOf(dir);
  return new Promise((resolve) => {
    const child = fork(__filename, ['--child', script, packages], {
      cwd: dir,
      env: { ...process.env, TZ: 'UTC', NODE_PATH: [NODE_MODULES, packages].join(path.delimiter), NODE_OPTIONS: '' },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), CHILD_TIMEOUT_MS);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code !== 0 || stdout === '') {
        resolve({ fatal: `${path.basename(dir)}: ${path.basename(script)} exited ${code ?? signal} with stdout ${JSON.stringify(stdout.slice(0, 200))}: ${stderr.trim()}` });
      } else {
        resolve({ out: stdout.split(dir + path.sep).join('$SCRIPT/') });
      }
    });
  });
}

async function main(argv) {
  const args = argv.slice(2);
  if (args[0] === '--child') return runChild(args[1], args[2]);
  const check = args.includes('--check');
  const names = args.filter((a) => !a.startsWith('--'));
  const all = fs.readdirSync(SCRIPTS_DIR).filter((n) => scriptOf(path.join(SCRIPTS_DIR, n))).sort();
  for (const n of names) if (!all.includes(path.basename(n))) throw new Error(`no such script fixture: ${n}`);
  const chosen = names.length ? names.map((n) => path.basename(n)) : all;
  const changed = [];
  let failed = false;
  const packages = fs.mkdtempSync(path.join(os.tmpdir(), 'sequelize-ddl-providers-'));
  writePackages(packages);
  const results = [];
  try {
    for (const name of chosen) results.push(await runScript(path.join(SCRIPTS_DIR, name), packages));
  } finally {
    fs.rmSync(packages, { recursive: true, force: true });
  }
  for (const [i, name] of chosen.entries()) {
    const dir = path.join(SCRIPTS_DIR, name);
    const result = results[i];
    if (result.fatal) {
      process.stderr.write(result.fatal + '\n');
      failed = true;
      continue;
    }
    const file = path.join(dir, 'expected.out');
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
    if (current === result.out) continue;
    changed.push(path.relative(path.join(ORACLE_DIR, '..'), file));
    if (!check) fs.writeFileSync(file, result.out);
  }
  if (failed) {
    process.exitCode = 2;
  } else if (check && changed.length) {
    process.stdout.write(`${changed.length} script expected file(s) out of date:\n` + changed.map((c) => `  ${c}\n`).join(''));
    process.exitCode = 1;
  } else {
    process.stdout.write((check ? '' : changed.map((c) => `wrote ${c}\n`).join('')) + `${chosen.length} script(s) ${check ? 'up to date' : 'done'}\n`);
  }
}

main(process.argv).catch((e) => {
  process.stderr.write(`${e && e.stack ? e.stack : e}\n`);
  process.exitCode = 2;
});
