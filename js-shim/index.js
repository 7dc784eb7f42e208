'use strict';
// Entry point evaluated by Java (docs/ARCHITECTURE.md): defines `__sequelizeDdl.load`, which runs
// the model files like @ariga/atlas-provider-sequelize does (require each file, call its exported
// function with (sequelize, DataTypes), then every returned model's associate(models)) and returns
// the schema JSON written by record.js. Only `__host` is available: no Node globals.

(function bootstrap(global) {
  const host = global.__host;

  function formatArg(a) {
    if (typeof a === 'string') return a;
    if (a instanceof Error) return a.stack || String(a);
    try {
      const json = JSON.stringify(a);
      return json === undefined ? String(a) : json;
    } catch (e) {
      return String(a);
    }
  }

  // Everything printed through console (Sequelize's own logging, console.log in model files) is a
  // warning line on stderr: stdout carries only the DDL. Replaces GraalJS's own console.
  const toWarn = (...args) => host.warn(args.map(formatArg).join(' '));
  const quiet = () => {};
  global.console = {
    log: toWarn, info: toWarn, warn: toWarn, error: toWarn, debug: toWarn, trace: toWarn, dir: toWarn, table: toWarn,
    group: toWarn, groupCollapsed: toWarn, groupEnd: quiet, time: quiet, timeEnd: quiet, timeLog: quiet, count: quiet,
    assert: (ok, ...args) => { if (!ok) toWarn('Assertion failed', ...args); },
  };

  // A small CommonJS loader for the shim's own files (resources under js-shim/).
  function shimModules() {
    const cache = Object.create(null);
    function resolveShim(fromDir, request) {
      const parts = (fromDir ? `${fromDir}/${request}` : request).split('/');
      const out = [];
      for (const p of parts) {
        if (p === '' || p === '.') continue;
        if (p === '..') out.pop();
        else out.push(p);
      }
      const name = out.join('/');
      return name.endsWith('.js') ? name : `${name}.js`;
    }
    function shimRequire(name) {
      if (cache[name]) return cache[name].exports;
      const text = host.readShim(name);
      if (text === null || text === undefined) throw new Error(`sequelize-ddl: missing shim resource js-shim/${name}`);
      const module = { exports: {} };
      cache[name] = module;
      const fn = host.compile(`js-shim/${name}`, `(function (exports, require, module) {${text}\n})`);
      const dir = name.includes('/') ? name.slice(0, name.lastIndexOf('/')) : '';
      fn.call(module.exports, module.exports, (request) => shimRequire(resolveShim(dir, request)), module);
      return module.exports;
    }
    return shimRequire;
  }

  // The first stack frame in a user file → { path, line, column }. Shim files are compiled under
  // relative names (js-shim/…), user files under absolute paths.
  function callerFrame() {
    const stack = String(new Error().stack || '');
    for (const line of stack.split('\n')) {
      const m = /[\s(](\/[^()]*?):(\d+):(\d+)\)?\s*$/.exec(line);
      if (m) return { path: m[1], line: Number(m[2]), column: Number(m[3]) };
    }
    return null;
  }

  function load(request) {
    const root = String(request.root).replace(/\/+$/, '') || '/';
    const files = Array.from(request.files || [], String);
    const dialect = String(request.dialect);
    const shimRequire = shimModules();
    const { createLoader } = shimRequire('require.js');
    const { recordSchema } = shimRequire('record.js');
    const { Sequelize, resolvePackage } = shimRequire('sequelize/index.js');
    const { endLineOfCall } = shimRequire('source-span.js');
    const Model = Sequelize.Model;

    // Where each model was defined: the define() / init() call in the user's file (file relative
    // to root when inside it, first and last line of the call), for messages in Java.
    const sources = new Map();
    const originalInit = Model.init;
    Model.init = function init(attributes, options) {
      const frame = callerFrame();
      const result = originalInit.call(this, attributes, options);
      if (frame) sources.set(this, frame);
      return result;
    };
    const spans = new Map();
    const sourceOf = (model) => {
      const frame = sources.get(model);
      if (!frame) return undefined;
      if (spans.has(model)) return spans.get(model);
      let endLine = frame.line;
      try {
        endLine = endLineOfCall(host.readFile(frame.path), frame.line, frame.column);
      } catch (e) {
        // unreadable: a one-line span
      }
      const file = frame.path.startsWith(`${root}/`) ? frame.path.slice(root.length + 1) : frame.path;
      spans.set(model, { file, line: frame.line, endLine });
      return spans.get(model);
    };

    const { makePath, installGlobals } = shimRequire('node-compat.js');
    const env = typeof host.env === 'function' ? host.env() : host.env;
    installGlobals(global, { cwd: root, env: env && typeof env === 'object' ? { ...env } : {} });
    const path = makePath(root);
    const packages = (name) => {
      if (name === 'path') return path;
      if (name === 'sequelize-typescript') return shimRequire('sequelize-typescript/index.js');
      if (name === 'reflect-metadata') return shimRequire('sequelize-typescript/reflect.js').install(global);
      return resolvePackage(name);
    };
    const loader = createLoader(host, packages);
    // TypeScript model files are classes for sequelize-typescript (like @ariga/ts-atlas-provider-sequelize:
    // `new Sequelize({ models: [paths] })`), JavaScript ones `(sequelize, DataTypes) => Model` factories.
    const isTs = (file) => /\.ts$/.test(file);
    const jsFiles = files.filter((file) => !isTs(file));
    const tsFiles = files.filter(isTs);
    let sequelize;
    if (tsFiles.length > 0) {
      const sequelizeTs = packages('sequelize-typescript');
      shimRequire('sequelize-typescript/sequelize.js').setFileAccess({
        require: (p) => loader.requireFile(p),
        stat: (p) => host.stat(p),
        listDir: (p) => Array.from(host.listDir(p), String),
      });
      sequelize = new sequelizeTs.Sequelize({ dialect });
    } else {
      sequelize = new Sequelize({ dialect });
    }
    const DataTypes = Sequelize.DataTypes;
    // Like the provider: require every file first (as `root/<file without its first ".js">`),
    // then call each exported function, keeping returned models by name.
    const factories = jsFiles.map((file) => {
      const path = loader.join(root, file.replace('.js', ''));
      const exported = loader.requireFile(path);
      let define = exported;
      if (typeof define !== 'function' && define && typeof define.default === 'function') define = define.default;
      if (typeof define !== 'function') {
        throw new TypeError(`${loader.join(root, file)}: a model file must export a function (sequelize, DataTypes) => Model, but this one exports ${exported === null ? 'null' : typeof exported}`);
      }
      return define;
    });
    const db = {};
    for (const define of factories) {
      const model = define(sequelize, DataTypes);
      if (model && model.name) db[model.name] = model;
    }
    if (tsFiles.length > 0) {
      const before = new Set(sequelize.modelManager.models);
      sequelize.addModels(tsFiles.map((file) => loader.join(root, file)));
      for (const model of sequelize.modelManager.models) {
        if (!before.has(model) && !(model.name in db)) db[model.name] = model;
      }
    }
    for (const name of Object.keys(db)) {
      if (db[name].associate) db[name].associate(db);
    }
    const schema = recordSchema(dialect, sequelize.modelManager.models, sourceOf);
    return JSON.stringify(schema);
  }

  global.__sequelizeDdl = { load };
}(globalThis));
