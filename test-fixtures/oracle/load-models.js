'use strict';
// How the oracle loads one case's models, shared by generate.js (expected files, the provider's way)
// and sync.js (real sequelize.sync() into a database), so both see the same models.
//
// JavaScript cases: like the provider's index.js loadSQL + sequelize_schema.js loadSequelizeModels,
// every *.js file but index.js is a `(sequelize, DataTypes) => Model` factory, then associate().
// TypeScript cases: like @ariga/ts-atlas-provider-sequelize (ts/src/index.ts), every *.ts file but
// index.ts goes to sequelize-typescript's addModels, run by ts-node.

const fs = require('fs');
const path = require('path');
const adapter = require('./adapter'); // ES modules and stand-ins for missing packages, as sequelize-ddl loads them

const NODE_MODULES = path.join(__dirname, 'node_modules');

// *.ts model files as the TypeScript provider picks them (all but index.ts); declaration files and
// tests are left out, as sequelize-ddl does.
function isTsModelFile(file) {
  return file.endsWith('.ts') && file !== 'index.ts' && !/\.(d|test|spec)\.ts$/.test(file);
}

// ts-node with the compiler options sequelize-typescript needs (the provider's own tsconfig):
// legacy decorators with design:type metadata, CommonJS, type-checked (imported enums → String).
// `compilerOptions` adds to / replaces these (scripts.js: the provider packages' paths, Node's types).
// Registered once per process.
let tsNodeRegistered = false;
function registerTsNode(compilerOptions = {}) {
  if (tsNodeRegistered) return;
  tsNodeRegistered = true;
  require(path.join(NODE_MODULES, 'ts-node')).register({
    skipProject: true,
    transpileOnly: false,
    compilerOptions: {
      target: 'ES2022',
      module: 'commonjs',
      moduleResolution: 'node',
      strict: true,
      strictPropertyInitialization: false,
      esModuleInterop: true,
      experimentalDecorators: true,
      emitDecoratorMetadata: true,
      skipLibCheck: true,
      // model files live outside the oracle: resolve their packages from its node_modules
      baseUrl: NODE_MODULES,
      types: [],
      ...compilerOptions,
    },
  });
}

// The adapter for model folders the Node provider cannot load (class exports, init functions, the
// project's own `new Sequelize(...)`, index.js loaders, sequelize-auto's init-models.js, associations
// files, helpers and tests next to the models): a case with `app.js` next to `models/` is loaded the way
// its application loads it — app.js (written like the app's own bootstrap) is required with real
// Sequelize, every `new Sequelize(...)` gets `options` (generate.js: the dialect being generated; sync.js:
// the test database too) whatever URL or options it names (a global beforeInit hook; generating connects
// nowhere), and the schema is the models of every instance created, in creation order, a name defined
// again in a later instance replacing the earlier model (sequelize-ddl's rule). Returns an instance whose
// modelManager holds that list. The hooks are removed again (sync.js runs many cases in one process).
const APP_ENTRY = 'app.js';
function appAdapter(caseDir, options) {
  const Sequelize = require(path.join(NODE_MODULES, 'sequelize'));
  const instances = [];
  Sequelize.addHook('beforeInit', 'oracleAppOptions', (config, opts) => {
    // config (host, port, database, …) wins over options in the constructor: both get ours.
    for (const k of ['database', 'username', 'password', 'host', 'port']) if (k in options) config[k] = options[k];
    Object.assign(opts, options);
    // Connecting (sync.js): the app's own connection settings go, e.g. those a postgres:// URL leaves in
    // dialectOptions, which the driver would otherwise use over host and port.
    if ('host' in options || 'storage' in options) delete opts.dialectOptions;
  });
  Sequelize.addHook('afterInit', 'oracleAppInstances', (instance) => instances.push(instance));
  try {
    require(path.join(caseDir, APP_ENTRY));
  } finally {
    Sequelize.removeHook('beforeInit', 'oracleAppOptions');
    Sequelize.removeHook('afterInit', 'oracleAppInstances');
  }
  if (instances.length === 0) throw new Error(`${APP_ENTRY} created no Sequelize instance`);
  const byName = new Map();
  for (const instance of instances) {
    for (const model of instance.modelManager.models) {
      byName.delete(model.name);
      byName.set(model.name, model);
    }
  }
  const sequelize = instances[0];
  sequelize.modelManager.models = [...byName.values()];
  return sequelize;
}

// Loads <caseDir>/models into `new Sequelize(options)` (or through app.js, see appAdapter); returns
// { sequelize, app, modelsDir, tsFiles, cjs, esm, standIns, mixed }. Packages the case's files import that
// are not installed in the case get sequelize-ddl's stand-in, ES model files are import()ed (adapter.js).
async function loadCaseModels(caseDir, options) {
  adapter.installStandIns();
  if (fs.existsSync(path.join(caseDir, APP_ENTRY))) {
    return { sequelize: appAdapter(caseDir, options), app: true, modelsDir: path.resolve(caseDir, 'models'), tsFiles: [], cjs: [], esm: [], standIns: adapter.standInPackages(), mixed: false };
  }
  const DataTypes = require(path.join(NODE_MODULES, 'sequelize', 'lib', 'data-types'));
  const modelsDir = path.resolve(caseDir, 'models');
  const entries = fs.readdirSync(modelsDir);
  const tsFiles = entries.filter(isTsModelFile);
  if (tsFiles.length > 0) registerTsNode();
  const Sequelize = tsFiles.length > 0
    ? require(path.join(NODE_MODULES, 'sequelize-typescript')).Sequelize
    : require(path.join(NODE_MODULES, 'sequelize'));
  const factories = [];
  const cjs = [];
  const esm = [];
  for (const file of entries) {
    // Deliberate difference: sequelize-ddl also loads *.cjs and *.mjs (the provider's filter is /\.js$/).
    if (!/\.[cm]?js$/.test(file) || file === 'index.js' || file === 'index.mjs') continue;
    if (file.endsWith('.cjs')) cjs.push(file);
    if (adapter.isEsModule(path.join(modelsDir, file))) esm.push(file);
    factories.push(await adapter.loadModelFile(path.join(modelsDir, file)));
  }
  // Deliberate difference: a folder with both kinds loads the JavaScript factories first, then the
  // TypeScript classes, into one sequelize-typescript instance (each Node provider reads one kind).
  const mixed = tsFiles.length > 0 && factories.length > 0;
  const sequelize = new Sequelize(options);
  const byName = {};
  for (const factory of factories) {
    const returned = factory(sequelize, DataTypes);
    if (returned && returned.name) byName[returned.name] = returned;
  }
  if (tsFiles.length > 0) {
    const before = new Set(sequelize.modelManager.models);
    sequelize.addModels(tsFiles.map((file) => modelsDir + '/' + file));
    for (const model of sequelize.modelManager.models) {
      if (!before.has(model) && !(model.name in byName)) byName[model.name] = model;
    }
  }
  for (const name of Object.keys(byName)) {
    const m = byName[name];
    if (m && m.associate) m.associate(byName);
  }
  return { sequelize, app: false, modelsDir, tsFiles, cjs, esm, standIns: adapter.standInPackages(), mixed };
}

module.exports = { loadCaseModels, registerTsNode, isTsModelFile, APP_ENTRY, NODE_MODULES };
