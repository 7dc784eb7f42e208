'use strict';
// Entry point evaluated by Java (docs/ARCHITECTURE.md): defines `__sequelizeDdl.load`, which sets up the
// sandboxed runtime (console, process, Node built-ins, module loader, integrity checkpoints) and runs the
// model files like @ariga/atlas-provider-sequelize does (folder.js: require each file, call its exported
// function with (sequelize, DataTypes), then every returned model's associate(models)), or a provider
// script (`run`, script.js), and returns the schema JSON written by record.js. Only `__host` is
// available: no Node globals.

(function bootstrap(global) {
  const host = global.__host;
  // Captured before any model code runs: models may tamper with the globals (checked below).
  const stringify = JSON.stringify;
  const integrity = intrinsicsGuard(global);

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
  // Script mode (`run`): what the script file itself prints with console.log / info / debug is its stdout.
  let toStdout = null;
  const toLog = (...args) => { if (!(toStdout && toStdout(args))) toWarn(...args); };
  const quiet = () => {};
  global.console = {
    log: toLog, info: toLog, warn: toWarn, error: toWarn, debug: toLog, trace: toWarn, dir: toWarn, table: toWarn,
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

  const WRAPPER_LENGTH = '(function (exports, require, module, __filename, __dirname) {'.length;

  // The first stack frame in a user file → { path, line, column }. Shim files are compiled under
  // relative names (js-shim/…), user files under absolute paths.
  function callerFrame() {
    const stack = String(new Error().stack || '');
    for (const line of stack.split('\n')) {
      const m = /[\s(](\/[^()]*?):(\d+):(\d+)\)?\s*$/.exec(line);
      // Line 1 of a user file also holds the CommonJS wrapper (require.js): columns count from the file's own text.
      if (m) return { path: m[1], line: Number(m[2]), column: Number(m[2]) === 1 ? Math.max(1, Number(m[3]) - WRAPPER_LENGTH) : Number(m[3]) };
    }
    return null;
  }

  // The file whose code called into this file (console.log …): the first stack frame outside
  // js-shim/index.js when that is a user file, else null (a shim file called).
  function directCaller() {
    for (const line of String(new Error().stack || '').split('\n').slice(1)) {
      if (line.includes('js-shim/index.js:')) continue;
      const m = /[\s(](\/[^()]*?):(\d+):(\d+)\)?\s*$/.exec(line);
      return m ? m[1] : null;
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
    const { loadFolder, warnThroughTableClashes } = shimRequire('folder.js');
    const { trackDefinitions } = shimRequire('definitions.js');
    // Where and how each model is defined (wraps Model.init before any model code runs).
    const tracker = trackDefinitions({ Model: Sequelize.Model, root, host, callerFrame, throwAt, endLineOfCall });
    // Every Sequelize instance created while loading (the tool's and the project's own), in order.
    const instances = [];
    // (Script mode keeps Sequelize as it is: the script's providers pass the dialect they were given.)
    if (request.script === undefined) Sequelize.setLoadMode({ dialect, created: (instance) => instances.push(instance) });
    const isInitialised = (cls) => instances.some((i) => i.modelManager.models.includes(cls));
    const allModels = () => instances.flatMap((i) => i.modelManager.models);
    const { makePath, installGlobals } = shimRequire('node-compat.js');
    const env = typeof host.env === 'function' ? host.env() : host.env;
    installGlobals(global, { cwd: root, env: env && typeof env === 'object' ? { ...env } : {} });
    // process.exit() ends the load with an error, even when the model catches what it throws.
    let exitCall = null;
    global.process.exit = function exit(code) {
      if (!exitCall) exitCall = { frame: callerFrame(), code: code === undefined ? '' : String(code) };
      throw new Error(`process.exit(${exitCall.code}) called by a model file`);
    };
    integrity.snapshot();
    let currentFile = root;
    // After each step of model code: no exit was swallowed, no built-in was changed.
    const checkpoint = (filename = currentFile) => {
      if (exitCall) {
        const f = exitCall.frame || { path: filename, line: 1, column: 1 };
        throwAt(f.path, f.line, f.column, `process.exit(${exitCall.code}) called by a model file; model files must not exit`);
      }
      const change = integrity.check();
      if (change) {
        throwAt(filename, 1, 1, `the model code changes JavaScript's built-in ${change}; model files must not modify built-in objects (it would change other models)`);
      }
    };
    const path = makePath(root);
    let scriptPackages = null;
    // Node's built-ins (js-shim/node/) and the stand-in for packages that are not installed.
    let loader;
    const builtins = shimRequire('node/index.js').createBuiltins({ host, path, createRequire: (f) => loader.createRequire(f) });
    builtins.installGlobals(global);
    const packages = (name) => {
      const builtin = builtins.builtin(name);
      if (builtin !== undefined) return builtin;
      const provider = scriptPackages && scriptPackages(name);
      if (provider !== undefined && provider !== null) return provider;
      // These shim packages install reflect-metadata (Reflect.decorate, Reflect.metadata …): accepted,
      // but nothing the models changed before.
      const withReflect = (load) => {
        checkpoint();
        const exported = load();
        integrity.snapshot();
        return exported;
      };
      if (name === 'sequelize-typescript') return withReflect(() => shimRequire('sequelize-typescript/index.js'));
      if (name === 'reflect-metadata') return withReflect(() => shimRequire('sequelize-typescript/reflect.js').install(global));
      return resolvePackage(name);
    };
    loader = createLoader(host, packages, { missing: builtins.missing });
    const fileAccess = {
      require: (p) => loader.requireFile(p),
      stat: (p) => host.stat(p),
      listDir: (p) => Array.from(host.listDir(p), String),
    };
    if (request.script !== undefined) {
      // `run`: the user's script instead of a folder of models; it requires the providers (script.js)
      // and prints their result. Its own console.log lines are kept for stdout (printed by Java only
      // when the whole script succeeded); everything else logged goes to stderr, as in `load`.
      const script = loader.join(root, String(request.script));
      scriptPackages = shimRequire('script.js').createProviders({
        host, Sequelize, recordSchema, stringify, sourceOf: tracker.sourceOf, cache: loader.cache, main: script,
        warnClashes: (models) => warnThroughTableClashes(models, tracker.locate, host.warn),
        resolvePath: (p) => path.resolve(p),
        sequelizeTs: () => {
          const sequelizeTs = packages('sequelize-typescript');
          shimRequire('sequelize-typescript/sequelize.js').setFileAccess(fileAccess);
          return sequelizeTs;
        },
      });
      toStdout = (args) => {
        // Only a call written in the script: Sequelize's own logging while the script's models are
        // defined comes through shim frames first and goes to stderr, as in `load`.
        if (directCaller() !== script) return false;
        scriptStdout.push(`${args.map(formatArg).join(' ')}\n`);
        return true;
      };
      currentFile = script;
      try {
        loader.requireFile(script);
      } catch (e) {
        // The script's own process.exit() / exit(0) ends it there, successfully, as in Node; any other
        // exit (a non-zero code, or one in a model file) stays the error checkpoint() reports.
        const exitedCleanly = exitCall && (exitCall.code === '' || exitCall.code === '0') && exitCall.frame?.path === script;
        if (!exitedCleanly) throw e;
        exitCall = null;
      }
      checkpoint(script);
      return '';
    }
    return stringify(loadFolder({
      root, files, dialect, host, loader, packages, fileAccess, Sequelize, shimRequire, recordSchema,
      instances, isInitialised, allModels, tracker, checkpoint, throwAt, at: (filename) => { currentFile = filename; },
      verbose: request.verbose ? (line) => host.warn(`sequelize-ddl: verbose: ${line}`) : () => {},
    }));
  }

  // Throws `kind: message` from code compiled under the user's file name at line:column, so Java
  // reports the user's location (the CommonJS wrapper on line 1 is discounted there).
  function throwAt(filename, line, column, message, kind = 'Error') {
    const WRAPPER = '(function (exports, require, module, __filename, __dirname) {';
    const pad = `${'\n'.repeat(Math.max(0, line - 1))}${' '.repeat(Math.max(0, column - 1))}`;
    // A call at line:column of code named as the user's file: its frame is the first user frame.
    const Kind = kind === 'TypeError' ? TypeError : Error;
    host.compile(filename, `${WRAPPER}${pad}exports();\n})`)(() => { throw new Kind(message); });
  }

  // Snapshot of the built-in objects (own keys and property values) and of the globals that name
  // them; check() describes the first difference. Uses only functions captured before model code.
  function intrinsicsGuard(g) {
    const { ownKeys, getOwnPropertyDescriptor: describe, apply, has, getPrototypeOf: protoOf } = Reflect;
    const arrayPush = Array.prototype.push;
    const objectPrototype = Object.prototype;
    const stringOf = String;
    const names = ['Object', 'Function', 'Array', 'String', 'Number', 'Boolean', 'Symbol', 'BigInt', 'Date', 'RegExp',
      'Error', 'TypeError', 'RangeError', 'Map', 'Set', 'WeakMap', 'WeakSet', 'Promise', 'JSON', 'Math', 'Reflect',
      'Proxy', 'Intl'];
    const targets = [];
    for (const name of names) {
      const value = g[name];
      if (value === undefined || value === null) continue;
      apply(arrayPush, targets, [{ name, object: value }]);
      if (typeof value === 'function' && value.prototype) apply(arrayPush, targets, [{ name: `${name}.prototype`, object: value.prototype }]);
    }
    apply(arrayPush, targets, [{ name: 'globalThis', object: g, only: names }]);
    let saved = null;
    function take() {
      const all = [];
      for (const t of targets) {
        const keys = t.only || ownKeys(t.object);
        const props = [];
        for (const key of keys) {
          const d = describe(t.object, key);
          apply(arrayPush, props, [{ key, d }]);
        }
        apply(arrayPush, all, [{ t, props, count: t.only ? -1 : keys.length }]);
      }
      return all;
    }
    const is = Object.is;
    const same = (a, b) => (a === undefined ? b === undefined : b !== undefined && is(a.value, b.value)
      && a.get === b.get && a.set === b.set && a.writable === b.writable && a.enumerable === b.enumerable
      && a.configurable === b.configurable);
    return {
      snapshot() { saved = take(); },
      check() {
        if (!saved) return null;
        let added = false;
        for (const { t, props, count } of saved) {
          for (const { key, d } of props) {
            if (!same(d, describe(t.object, key))) return `${t.name}.${stringOf(typeof key === 'symbol' ? key.description : key)} (changed)`;
          }
          if (count >= 0) {
            const keys = ownKeys(t.object);
            if (keys.length !== count) {
              for (const key of keys) {
                if (describe(t.object, key) !== undefined && !props.some((p) => p.key === key)) {
                  // A polyfill may add a member that did not exist (String.prototype.capitalize), but
                  // not to Object.prototype (every object would get it) nor shadow an inherited one.
                  const parent = protoOf(t.object);
                  const shadows = parent !== null && has(parent, key);
                  if (t.object === objectPrototype || shadows) {
                    return `${t.name} (adds '${stringOf(typeof key === 'symbol' ? key.description : key)}'${shadows ? ', hiding the inherited one' : ''})`;
                  }
                }
              }
              added = true;
            }
          }
        }
        // Additions accepted: they are part of the built-ins from now on.
        if (added) saved = take();
        return null;
      },
    };
  }

  // Script mode: the script's stdout so far, read by Java after load() and the promise jobs it left.
  const scriptStdout = [];
  const stdout = () => scriptStdout.join('');

  global.__sequelizeDdl = { load, stdout };
}(globalThis));
