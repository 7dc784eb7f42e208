'use strict';
// Entry point evaluated by Java (docs/ARCHITECTURE.md): defines `__sequelizeDdl.load`, which runs
// the model files like @ariga/atlas-provider-sequelize does (require each file, call its exported
// function with (sequelize, DataTypes), then every returned model's associate(models)) and returns
// the schema JSON written by record.js. Only `__host` is available: no Node globals.

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
    const Model = Sequelize.Model;

    // Where each model was defined: the define() / init() call in the user's file (file relative
    // to root when inside it, first and last line of the call), for messages in Java.
    // How each model came to be (`phase` when its init ran: 'require' = while the files were required,
    // 'factory' = in a provider-style factory call, 'app' = in the project's own init / registry code).
    const sources = new Map();
    const definedBy = new Map();
    let phase = { kind: 'require', filename: root };
    const originalInit = Model.init;
    // The first definition of each model name per Sequelize instance: a second one from another file
    // is an error (Sequelize would silently replace the first; a define() run again from the same file,
    // as sequelize-auto's init-models.js does, replaces it as in Sequelize).
    const firstDefinition = new WeakMap();
    Model.init = function init(attributes, options) {
      const frame = callerFrame();
      const result = originalInit.call(this, attributes, options);
      if (frame) {
        sources.set(this, frame);
        const instance = this.sequelize;
        if (instance && typeof instance === 'object') {
          if (!firstDefinition.has(instance)) firstDefinition.set(instance, new Map());
          const seen = firstDefinition.get(instance);
          const before = seen.get(this.name);
          if (before && before.path !== frame.path) {
            const where = before.path.startsWith(`${root}/`) ? before.path.slice(root.length + 1) : before.path;
            throwAt(frame.path, frame.line, frame.column,
              `model '${this.name}' is already defined in ${where}:${before.line}; Sequelize would silently replace that definition with this one (rename one of the models)`);
          }
          if (!before) seen.set(this.name, frame);
        }
      }
      definedBy.set(this, phase.kind);
      return result;
    };
    // Every Sequelize instance created while loading (the tool's and the project's own), in order.
    const instances = [];
    // (Script mode keeps Sequelize as it is: the script's providers pass the dialect they were given.)
    if (request.script === undefined) Sequelize.setLoadMode({ dialect, created: (instance) => instances.push(instance) });
    const isInitialised = (cls) => instances.some((i) => i.modelManager.models.includes(cls));
    const allModels = () => instances.flatMap((i) => i.modelManager.models);
    // Names of the current models whose define()/init() call is in `filename`.
    const definedIn = (filename) => instances.flatMap((i) => i.modelManager.models)
      .filter((m) => sources.has(m) && sources.get(m).path === filename).map((m) => m.name);
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

    // TypeScript models' class declarations (filled in after loading, `load` only).
    const classSpans = new Map();
    // "path:line" of a model's definition for warnings, or null.
    const locate = (model) => {
      const frame = sources.get(model);
      if (frame) return `${frame.path}:${frame.line}`;
      const span = classSpans.get(model);
      return span ? `${root}/${span.file}:${span.line}` : null;
    };

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
        host, Sequelize, recordSchema, stringify, sourceOf, cache: loader.cache, main: script,
        warnClashes: (models) => warnThroughTableClashes(models, locate),
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
    // TypeScript model files are classes for sequelize-typescript (like @ariga/ts-atlas-provider-sequelize:
    // `new Sequelize({ models: [paths] })`), JavaScript ones `(sequelize, DataTypes) => Model` factories.
    const isTs = (file) => /\.ts$/.test(file);
    const jsFiles = files.filter((file) => !isTs(file));
    const tsFiles = files.filter(isTs);
    let sequelize;
    if (tsFiles.length > 0) {
      const sequelizeTs = packages('sequelize-typescript');
      shimRequire('sequelize-typescript/sequelize.js').setFileAccess(fileAccess);
      sequelize = new sequelizeTs.Sequelize({ dialect });
    } else {
      sequelize = new Sequelize({ dialect });
    }
    const DataTypes = Sequelize.DataTypes;
    const verbose = request.verbose ? (line) => host.warn(`sequelize-ddl: verbose: ${line}`) : () => {};
    const shapes = createShapes(Model, Sequelize, (cls) => isInitialised(cls));
    // Like the provider: require every file first (as `root/<file without its first ".js">`), in byte order.
    const loaded = jsFiles.map((file) => {
      const filename = loader.join(root, file);
      currentFile = filename;
      phase = { kind: 'require', filename };
      const exported = loader.requireFile(loader.join(root, file.replace('.js', '')));
      checkpoint(filename);
      return { file, filename, exported, module: loader.cache[filename] };
    });
    for (const f of loaded) f.shape = shapes.of(f.file, f.exported);
    // An exported Model class that other exported or defined models extend is their base (an abstract
    // BaseModel with its own static init(attributes, options)): neither called nor required to be initialised.
    const exportedClasses = loaded.flatMap((f) => f.shape.classes);
    const isBaseClass = (cls) => [...exportedClasses, ...allModels()].some((other) => other !== cls && other.prototype instanceof cls);
    // Registries: top-level files that require other top-level files with a factory or init to call
    // (sequelize-auto's init-models.js, …). They run first; a file they required whose models they
    // already defined is not called again.
    const byFilename = new Map(loaded.map((f) => [f.filename, f]));
    const requiredBy = new Map();
    const callable = (shape) => Boolean(shape.factory) || shape.calls.length > 0;
    for (const f of loaded) {
      for (const child of (f.module && f.module.children) || []) {
        if (child.filename !== f.filename && byFilename.has(child.filename) && callable(byFilename.get(child.filename).shape)) {
          f.registry = true;
          if (!requiredBy.has(child.filename)) requiredBy.set(child.filename, f.file);
        }
      }
    }
    const order = [...loaded.filter((f) => f.registry), ...loaded.filter((f) => !f.registry)];
    // The instance every call (factories, static inits, init functions) receives: the project's own first
    // `new Sequelize(...)`, else the tool's (always the case for folders the Node provider loads).
    const projectInstance = () => instances.find((i) => i !== sequelize) || sequelize;
    const db = {};
    const fileOf = {};
    const associationFiles = [];
    const skipped = [];
    const classes = [];
    const newSince = (before) => {
      const now = allModels().filter((m) => !before.includes(m)).map((m) => m.name);
      return now.length > 0 ? ` -> ${now.join(', ')}` : '';
    };
    for (const f of order) {
      currentFile = f.filename;
      const definedHere = definedIn(f.filename);
      const { shape } = f;
      if (requiredBy.has(f.filename) && definedHere.length > 0 && callable(shape)) {
        verbose(`${f.file}: ${shape.label}; not called: ${requiredBy.get(f.filename)} already defined ${definedHere.join(', ')}`);
        continue;
      }
      const before = allModels();
      if (shape.factory) {
        phase = { kind: f.registry ? 'app' : 'factory', filename: f.filename };
        const model = shape.factory(projectInstance(), DataTypes);
        checkpoint(f.filename);
        if (model && model.name) {
          db[model.name] = model;
          fileOf[model.name] = f.filename;
        }
      }
      for (const call of shape.calls) {
        if (call.cls && (isInitialised(call.cls) || isBaseClass(call.cls))) continue;
        phase = { kind: 'app', filename: f.filename };
        call.call(projectInstance(), DataTypes);
        checkpoint(f.filename);
      }
      classes.push(...shape.classes.map((cls) => ({ cls, f })));
      if (shape.associations) associationFiles.push({ f, shape });
      if (shape.reason) {
        if (definedHere.length > 0) {
          verbose(`${f.file}: defines ${definedHere.join(', ')} when required (exports ${shape.reason})`);
        } else {
          skipped.push({ f, shape });
          verbose(`${f.file}: skipped, defines no model (exports ${shape.reason})`);
        }
      } else if (shape.factory || shape.calls.length > 0 || shape.classes.length > 0) {
        const bases = shape.classes.filter(isBaseClass).map((cls) => cls.name);
        verbose(`${f.file}: ${shape.label}${bases.length > 0 ? ` (${bases.join(', ')}: the base of other models, not called)` : ''}${newSince(before)}`);
      }
    }
    if (tsFiles.length > 0) {
      const before = new Set(sequelize.modelManager.models);
      currentFile = loader.join(root, tsFiles[tsFiles.length - 1]);
      phase = { kind: 'factory', filename: currentFile };
      sequelize.addModels(tsFiles.map((file) => loader.join(root, file)));
      checkpoint();
      for (const model of sequelize.modelManager.models) {
        if (!before.has(model) && !(model.name in db)) db[model.name] = model;
      }
    }
    phase = { kind: 'app', filename: root };
    // Every instance's models, in creation order (the tool's first); a name defined again in a later
    // instance replaces the earlier model, as a second define() in one instance does.
    const collect = () => {
      const byName = new Map();
      for (const instance of instances) {
        for (const model of instance.modelManager.models) {
          byName.delete(model.name);
          byName.set(model.name, model);
        }
      }
      return [...byName.values()];
    };
    for (const { cls, f } of classes) {
      if (!isInitialised(cls) && !isBaseClass(cls)) {
        throwAt(f.filename, 1, 1, `${f.file} exports the Model class ${cls.name}, but nothing initialises it: call ${cls.name}.init(attributes, { sequelize }) or give it a static init(sequelize)`, 'TypeError');
      }
    }
    // Associations the app declares itself: files named associations / relations (or such members),
    // called with every model by name (plus non-enumerable `sequelize` and `models`).
    const registry = () => {
      const all = {};
      for (const model of collect()) all[model.name] = model;
      Object.defineProperty(all, 'sequelize', { value: projectInstance() });
      Object.defineProperty(all, 'models', { value: all });
      return all;
    };
    for (const { f, shape } of associationFiles) {
      currentFile = f.filename;
      const before = allModels().flatMap((m) => Object.values(m.associations || {}));
      phase = { kind: 'app', filename: f.filename };
      shape.associations(registry());
      checkpoint(f.filename);
      const added = allModels().flatMap((m) => Object.values(m.associations || {})).filter((a) => !before.includes(a));
      verbose(`${f.file}: ${shape.label}, called with the models -> ${added.length} association(s)`);
    }
    // associate(models): the provider's registry first (models returned by factories, in order), then
    // every other model with an associate() that takes part in no association yet (the app's own code
    // did not run it).
    const associated = new Set();
    for (const model of collect()) {
      for (const a of Object.values(model.associations || {})) {
        associated.add(a.source);
        associated.add(a.target);
      }
    }
    const providerModels = new Set(Object.values(db));
    for (const name of Object.keys(db)) {
      if (db[name].associate) {
        if (fileOf[name]) currentFile = fileOf[name];
        db[name].associate(db);
        checkpoint();
      }
    }
    for (const model of collect()) {
      if (providerModels.has(model) || associated.has(model) || typeof model.associate !== 'function') continue;
      if (definedBy.get(model) === 'factory') continue;
      const frame = sources.get(model);
      if (frame) currentFile = frame.path;
      model.associate(registry());
      checkpoint();
    }
    if (tsFiles.length === 0 && collect().length === 0 && skipped.length > 0) {
      const { f, shape } = skipped[0];
      throwAt(f.filename, 1, 1, `no model defined: ${skipped.map((s) => s.f.file).join(', ')} ${skipped.length === 1 ? 'defines' : 'define'} no model (${f.file} exports ${shape.reason}); a model file exports (sequelize, DataTypes) => Model, a Model class or an init(sequelize) function`, 'TypeError');
    }
    // TypeScript models: their class declaration is where they are defined (the TS provider's
    // `-- atlas:pos` lines): every named top-level class of every *.ts file that names a model, later
    // files winning, as its modelSource() does.
    for (const file of tsFiles) {
      for (const c of JSON.parse(host.tsClasses(loader.join(root, file)))) {
        const model = sequelize.modelManager.getModel(c.name);
        if (model) classSpans.set(model, { file, line: c.line, endLine: c.endLine });
      }
    }
    const sourceOfModel = (model) => classSpans.get(model) || sourceOf(model);
    warnThroughTableClashes(collect(), locate);
    const schema = recordSchema(dialect, collect(), sourceOfModel);
    return stringify(schema);
  }

  // What a model file's export is (README "Loading rules"): { factory, calls, classes, associations,
  // label } for the shapes the loader knows, { reason } (and nothing to run) for a file defining no model.
  //   factory       a function (or `default` function): called (sequelize, DataTypes) like the Node provider
  //   calls         static init / initModel / initialize of Model classes, init*/initialize*/setup*/define*
  //                 functions among the exports: called (sequelize, DataTypes)
  //   classes       Model classes (initialised at require time, or by the calls)
  //   associations  the export of associations.js / relations.js, or an associate / *Associations /
  //                 *Relations member: called with the models by name
  // belongsToMany with `through: '<table>'` where '<table>' is not a model name but the table of a
  // model (RecipeIngredient → RecipeIngredients): Sequelize defines a second model for that table, and
  // the DDL (the Node provider's and sync()'s alike) creates the table once, for one of the two. The
  // output stays as Sequelize's; stderr gets one warning per join model. `locate(model)` → "path:line".
  function warnThroughTableClashes(models, locate) {
    const warned = new Set();
    const sameTable = (a, b) => a.tableName === b.tableName && (a.options.schema || '') === (b.options.schema || '');
    for (const model of models) {
      for (const a of Object.values(model.associations || {})) {
        if (a.associationType !== 'BelongsToMany' || typeof a.options.through?.model !== 'string') continue;
        const through = a.throughModel;
        if (!through || warned.has(through)) continue;
        const other = models.find((m) => m !== through && m.sequelize === through.sequelize && sameTable(m, through));
        if (!other) continue;
        warned.add(through);
        const at = locate(through);
        const otherAt = locate(other);
        host.warn(`sequelize-ddl: warning: ${at ? `${at}: ` : ''}${a.source.name}.belongsToMany(${a.target.name}, { through: '${a.options.through.model}' })`
          + ` defines a join model of its own for table ${through.tableName}, which model ${other.name}${otherAt ? ` (${otherAt})` : ''} also uses;`
          + ` the table is created once, without the columns of one of the two models (the Node provider and sync() alike).`
          + ` To make ${other.name} the join table, write through: ${other.name}`);
      }
    }
  }

  function createShapes(Model, Sequelize, isInitialised) {
    const ASSOCIATION_FILE = /^(associations?|relations?|relationships?)\.[cm]?js$/i;
    const ASSOCIATION_MEMBER = /^(associate|associations|relations|relationships|\w+(Associations|Relations|Relationships))$/;
    const INIT_MEMBER = /^(init|initialize|setup|define)([A-Z0-9_$]\w*)?$/;
    const isModelClass = (v) => typeof v === 'function' && v.prototype instanceof Model;
    const isInstance = (v) => v instanceof Sequelize;
    const functionSource = Function.prototype.toString;
    const isClassSyntax = (fn) => {
      try {
        return /^class\b/.test(functionSource.call(fn));
      } catch (e) {
        return false; // a Proxy around a function: treated as the function
      }
    };
    const staticInit = (cls) => ['initModel', 'initialize', 'init'].find((n) => typeof cls[n] === 'function' && cls[n] !== Model.init);
    const describe = (v) => {
      if (v === null) return 'null';
      if (Array.isArray(v)) return 'an array';
      if (isInstance(v)) return 'a Sequelize instance';
      if (typeof v === 'object') return Object.keys(v).length === 0 ? 'an empty object' : `an object (${Object.keys(v).slice(0, 4).join(', ')}${Object.keys(v).length > 4 ? ', …' : ''})`;
      return typeof v === 'undefined' ? 'nothing' : `a ${typeof v}`;
    };
    function of(file, exported) {
      const shape = { factory: null, calls: [], classes: [], associations: null, labels: [] };
      const addClass = (cls, key) => {
        const init = staticInit(cls);
        if (init) {
          shape.calls.push({ cls, call: (sequelize, DataTypes) => cls[init](sequelize, DataTypes) });
          shape.labels.push(`${key}Model class ${cls.name} with static ${init}(sequelize)`);
        } else {
          shape.labels.push(`${key}Model class ${cls.name}${isInitialised(cls) ? ', initialised when required' : ''}`);
        }
        shape.classes.push(cls);
      };
      let value = exported;
      if (!isModelClass(value) && typeof value !== 'function' && value && typeof value.default === 'function') value = value.default;
      if (isModelClass(value)) {
        addClass(value, '');
      } else if (typeof value === 'function' && isClassSyntax(value)) {
        // A class that is not a Model (a service, an error type): calling it would only throw.
        return { factory: null, calls: [], classes: [], associations: null, reason: `the class ${value.name || '(anonymous)'}, not a Model` };
      } else if (typeof value === 'function') {
        if (ASSOCIATION_FILE.test(file)) {
          shape.associations = (models) => value(models);
          shape.labels.push(`associations function ${value.name || '(anonymous)'}(models)`);
        } else {
          shape.factory = value;
          shape.labels.push(`function ${value.name || '(anonymous)'}, called (sequelize, DataTypes)`);
        }
      } else if (value && typeof value === 'object' && !isInstance(value)) {
        const assoc = [];
        for (const key of Object.keys(value)) {
          const member = value[key];
          if (isModelClass(member)) {
            addClass(member, `${key}: `);
          } else if (typeof member === 'function' && (ASSOCIATION_MEMBER.test(key) || ASSOCIATION_FILE.test(file))) {
            assoc.push(member);
            shape.labels.push(`associations function ${key}(models)`);
          } else if (typeof member === 'function' && INIT_MEMBER.test(key)) {
            shape.calls.push({ call: (sequelize, DataTypes) => member(sequelize, DataTypes) });
            shape.labels.push(`init function ${key}(sequelize)`);
          }
        }
        if (assoc.length > 0) shape.associations = (models) => assoc.forEach((fn) => fn(models));
      }
      if (shape.labels.length === 0) return { factory: null, calls: [], classes: [], associations: null, reason: describe(exported) };
      return { ...shape, label: shape.labels.join('; ') };
    }
    return { of };
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
