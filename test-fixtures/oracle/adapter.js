'use strict';
// The oracle's adapter for model folders the Node provider cannot load as they are (issue 5): real
// Sequelize must see the same modules sequelize-ddl gives the models.
//
// * Packages: a bare name required or imported by a file of a case (test-fixtures/cases/<case>/…) that
//   does not resolve inside that case folder (its own models/node_modules) gets js-shim/node/stand-in.js, the very stand-in
//   sequelize-ddl hands out; `sequelize` (and sequelize-typescript, reflect-metadata) come from the
//   oracle's node_modules, Node's built-ins are Node's. CommonJS: Module._resolveFilename. ES modules:
//   a module.register() resolve/load hook (the named imports a stand-in must offer are read from the
//   importing file with the TypeScript parser).
// * ES modules (.mjs, .js under "type": "module", import/export syntax in a .js file) are loaded with
//   import(); their default export is the model factory, as in the shim.

const fs = require('fs');
const path = require('path');
const Module = require('module');
const { pathToFileURL } = require('url');

const STAND_IN_JS = path.resolve(__dirname, '..', '..', 'js-shim', 'node', 'stand-in.js');
const CASES_DIR = path.resolve(__dirname, '..', 'cases');
const NODE_MODULES = path.join(__dirname, 'node_modules');
const FROM_ORACLE = new Set(['sequelize', 'sequelize-typescript', 'reflect-metadata']);
const PREFIX = 'sequelize-ddl-stand-in:';

function packageName(request) {
  return request.split('/').slice(0, request.startsWith('@') ? 2 : 1).join('/');
}

// The case folder (test-fixtures/cases/<case>) a file belongs to, or null.
function caseOf(file) {
  if (!file || !file.startsWith(CASES_DIR + path.sep)) return null;
  return path.join(CASES_DIR, file.slice(CASES_DIR.length + 1).split(path.sep)[0]);
}

// True when a bare `request` made by `parentFile` must get the stand-in.
function wantsStandIn(request, parentFile, resolved) {
  if (/^(\.|\/|node:)/.test(request) || Module.isBuiltin(request)) return false;
  const caseDir = caseOf(parentFile);
  if (!caseDir) return false;
  if (FROM_ORACLE.has(packageName(request))) return false;
  return !resolved || !resolved.startsWith(caseDir + path.sep);
}

// Once per process (sync.js loads many cases in one).
let installed = false;
function installStandIns() {
  if (installed) return;
  installed = true;
  const { standIn } = require(STAND_IN_JS);
  const original = Module._resolveFilename;
  Module._resolveFilename = function resolveFilename(request, parent, ...rest) {
    let resolved = null;
    try {
      resolved = original.call(this, request, parent, ...rest);
    } catch (e) {
      if (e.code !== 'MODULE_NOT_FOUND') throw e;
    }
    if (wantsStandIn(request, parent && parent.filename, resolved)) {
      (globalThis.__sequelizeDdlStandIns || (globalThis.__sequelizeDdlStandIns = new Set())).add(packageName(request));
      const id = PREFIX + request;
      if (!Module._cache[id]) {
        const m = new Module(id, null);
        m.filename = id;
        m.loaded = true;
        m.exports = standIn(request);
        Module._cache[id] = m;
      }
      return id;
    }
    if (resolved === null) return original.call(this, request, parent, ...rest);
    return resolved;
  };
}

function isEsModule(file) {
  if (file.endsWith('.mjs')) return true;
  if (!file.endsWith('.js')) return false;
  const caseDir = caseOf(file) || path.dirname(file);
  for (let dir = path.dirname(file); dir.startsWith(caseDir); dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg)) return JSON.parse(fs.readFileSync(pkg, 'utf8')).type === 'module';
  }
  return /^[ \t]*(import[\s{*'"]|export\s)/m.test(fs.readFileSync(file, 'utf8'));
}

let hooksRegistered = false;

// A model file's exports: require() for CommonJS, import() for ES modules (the namespace's default).
async function loadModelFile(file) {
  if (!isEsModule(file)) return require(file);
  if (!hooksRegistered) {
    Module.register(pathToFileURL(path.join(__dirname, 'adapter-hooks.mjs')), {
      data: { casesDir: CASES_DIR, nodeModules: NODE_MODULES, standInJs: STAND_IN_JS, prefix: PREFIX },
    });
    hooksRegistered = true;
  }
  const ns = await import(pathToFileURL(file).href);
  return ns.default !== undefined ? ns.default : ns;
}

// The packages that got a stand-in so far (for the expected file's note).
const standInPackages = () => [...(globalThis.__sequelizeDdlStandIns || [])].sort();

module.exports = { installStandIns, loadModelFile, isEsModule, standInPackages };
