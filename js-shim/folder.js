'use strict';
// Loading a folder of model files (index.js load(), README "Loading rules"): every file required in byte order
// like the Node provider, each export's shape recognised and called (factories, static inits, init functions,
// registries such as sequelize-auto's init-models.js), TypeScript classes added to a sequelize-typescript
// instance, then the app's associations files and associate(models) passes; returns record.js's schema.
//
// ctx: root, files, dialect, host, loader, packages, fileAccess, Sequelize, shimRequire, recordSchema,
//   instances (every Sequelize instance created while loading), isInitialised(cls), allModels(),
//   tracker (definitions.js), checkpoint(filename?) (after each step of model code), throwAt, at(filename)
//   (the file whose code runs now: checkpoint()'s default), verbose(line) (--verbose).

function loadFolder(ctx) {
  const { root, files, dialect, host, loader, packages, fileAccess, Sequelize, shimRequire, recordSchema } = ctx;
  const { instances, isInitialised, allModels, tracker, checkpoint, throwAt, at, verbose } = ctx;
  const Model = Sequelize.Model;
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
  const shapes = createShapes(Model, Sequelize, (cls) => isInitialised(cls));
  // Like the provider: require every file first (as `root/<file without its first ".js">`), in byte order.
  // An index.js among other files is the folder's own index (Java passes it first, and only when it requires
  // every other file by name): what it adds applies, but the models do not depend on it, so when it cannot be
  // loaded (most often: it reads the project's config outside --path) stderr gets a warning and the load
  // goes on without it.
  const ownIndex = (file) => /^index\.m?js$/.test(file) && jsFiles.length > 1;
  const loaded = [];
  for (const file of jsFiles) {
    const filename = loader.join(root, file);
    at(filename);
    tracker.setPhase('require');
    const before = allModels();
    let exported;
    try {
      exported = loader.requireFile(loader.join(root, file.replace('.js', '')));
    } catch (e) {
      if (!ownIndex(file)) throw e;
      checkpoint(filename);
      const message = String((e && e.message) || e).split('\n')[0];
      host.warn(`sequelize-ddl: warning: ${filename}: not loaded (${message}); the models are printed without what it adds (associations)`);
      continue;
    }
    checkpoint(filename);
    // the models its require defined, wherever their define() is (an index.js calling the model files)
    const required = allModels().filter((m) => !before.includes(m)).map((m) => m.name);
    loaded.push({ file, filename, exported, module: loader.cache[filename], required });
  }
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
    at(f.filename);
    const definedHere = tracker.definedIn(f.filename, allModels());
    const { shape } = f;
    if (requiredBy.has(f.filename) && definedHere.length > 0 && callable(shape)) {
      verbose(`${f.file}: ${shape.label}; not called: ${requiredBy.get(f.filename)} already defined ${definedHere.join(', ')}`);
      continue;
    }
    const before = allModels();
    if (shape.factory) {
      tracker.setPhase(f.registry ? 'app' : 'factory');
      const model = shape.factory(projectInstance(), DataTypes);
      checkpoint(f.filename);
      if (model && model.name) {
        db[model.name] = model;
        fileOf[model.name] = f.filename;
      }
    }
    for (const call of shape.calls) {
      if (call.cls && (isInitialised(call.cls) || isBaseClass(call.cls))) continue;
      tracker.setPhase('app');
      call.call(projectInstance(), DataTypes);
      checkpoint(f.filename);
    }
    classes.push(...shape.classes.map((cls) => ({ cls, f })));
    if (shape.associations) associationFiles.push({ f, shape });
    if (shape.reason) {
      const defined = [...new Set([...definedHere, ...f.required])];
      if (defined.length > 0) {
        verbose(`${f.file}: defines ${defined.join(', ')} when required (exports ${shape.reason})`);
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
    at(loader.join(root, tsFiles[tsFiles.length - 1]));
    tracker.setPhase('factory');
    sequelize.addModels(tsFiles.map((file) => loader.join(root, file)));
    checkpoint();
    for (const model of sequelize.modelManager.models) {
      if (!before.has(model) && !(model.name in db)) db[model.name] = model;
    }
  }
  tracker.setPhase('app');
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
    at(f.filename);
    const before = allModels().flatMap((m) => Object.values(m.associations || {}));
    tracker.setPhase('app');
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
      if (fileOf[name]) at(fileOf[name]);
      db[name].associate(db);
      checkpoint();
    }
  }
  for (const model of collect()) {
    if (providerModels.has(model) || associated.has(model) || typeof model.associate !== 'function') continue;
    if (tracker.definedBy(model) === 'factory') continue;
    const frame = tracker.frame(model);
    if (frame) at(frame.path);
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
      if (model) tracker.classSpans.set(model, { file, line: c.line, endLine: c.endLine });
    }
  }
  warnThroughTableClashes(collect(), tracker.locate, host.warn);
  return recordSchema(dialect, collect(), tracker.sourceOfModel);
}

// belongsToMany with `through: '<table>'` where '<table>' is not a model name but the table of a
// model (RecipeIngredient → RecipeIngredients): Sequelize defines a second model for that table, and
// the DDL (the Node provider's and sync()'s alike) creates the table once, for one of the two. The
// output stays as Sequelize's; `warn` gets one line per join model. `locate(model)` → "path:line".
function warnThroughTableClashes(models, locate, warn) {
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
      warn(`sequelize-ddl: warning: ${at ? `${at}: ` : ''}${a.source.name}.belongsToMany(${a.target.name}, { through: '${a.options.through.model}' })`
        + ` defines a join model of its own for table ${through.tableName}, which model ${other.name}${otherAt ? ` (${otherAt})` : ''} also uses;`
        + ` the table is created once, without the columns of one of the two models (the Node provider and sync() alike).`
        + ` To make ${other.name} the join table, write through: ${other.name}`);
    }
  }
}

// What a model file's export is (README "Loading rules"): { factory, calls, classes, associations,
// label } for the shapes the loader knows, { reason } (and nothing to run) for a file defining no model.
//   factory       a function (or `default` function): called (sequelize, DataTypes) like the Node provider
//   calls         static init / initModel / initialize of Model classes, init*/initialize*/setup*/define*
//                 functions among the exports: called (sequelize, DataTypes)
//   classes       Model classes (initialised at require time, or by the calls)
//   associations  the export of associations.js / relations.js, or an associate / *Associations /
//                 *Relations member: called with the models by name
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

module.exports = { loadFolder, warnThroughTableClashes };
