'use strict';
// Script mode (`sequelize-ddl run load.js|load.ts`): the two Node providers as packages a user script
// requires, and the stdout the script's own console.log writes.
//
//   @ariga/atlas-provider-sequelize                       module.exports = loadSequelizeModels
//   @ariga/atlas-provider-sequelize/src/sequelize_schema  (the same function)
//   @ariga/ts-atlas-provider-sequelize/src/sequelize_schema  { loadModels, loadSQL, modelSource }
//
// as in github.com/ariga/atlas-provider-sequelize (js/src/sequelize_schema.js, ts/src/sequelize_schema.ts):
// same arguments, same error messages, the DDL string as their return value. The DDL itself comes from
// Java (`__host.ddl(dialect, schemaJson, withPositions)`, the generators `load` uses).

const VALID_DIALECTS = ['mysql', 'postgres', 'sqlite', 'mariadb', 'mssql'];

// ctx: { host, Sequelize, sequelizeTs: () => sequelize-typescript module, recordSchema, stringify,
//        sourceOf (model → define()/init() span), cache (the loader's require.cache), main (script path),
//        warnClashes (models → the loader's stderr warnings about them) }
function createProviders(ctx) {
  const { host, Sequelize, recordSchema, stringify } = ctx;

  const ddl = (sequelize, dialect, sourceOf, withPositions) => {
    ctx.warnClashes(sequelize.modelManager.models);
    return host.ddl(dialect, stringify(recordSchema(dialect, sequelize.modelManager.models, sourceOf)), withPositions);
  };

  // js/src/sequelize_schema.js: models are `(sequelize, DataTypes) => Model` functions.
  function loadSequelizeModels(dialect, ...models) {
    if (!VALID_DIALECTS.includes(dialect)) {
      throw new Error('invalid dialect: ' + dialect);
    }
    const sequelize = new Sequelize({ dialect });
    const db = {};
    for (const model of models) {
      const m = model(sequelize, Sequelize.DataTypes);
      if (m?.name) {
        db[m.name] = m;
      }
    }
    for (const modelName of Object.keys(db)) {
      if (db[modelName]?.associate) {
        db[modelName].associate(db);
      }
    }
    return ddl(sequelize, dialect, ctx.sourceOf, false);
  }

  // ts/src/sequelize_schema.ts modelSource: every named class of each file (ts-morph's getClasses: the
  // top-level ones) that names a model of `sequelize`, by class name, later files winning.
  function modelSource(modelPaths, sequelize) {
    const srcMap = new Map();
    for (const mp of modelPaths) {
      const filePath = ctx.resolvePath(mp);
      for (const c of JSON.parse(host.tsClasses(filePath))) {
        if (!c.name || !sequelize.modelManager.getModel(c.name)) continue;
        srcMap.set(c.name, { filePath, start: c.line, end: c.endLine });
      }
    }
    return srcMap;
  }

  // findModelPath: the first module in require.cache that exports the class (as an object member).
  function findModelPath(modelClass) {
    return Object.keys(ctx.cache).find((filePath) => {
      const cached = ctx.cache[filePath];
      if (!cached || typeof cached.exports !== 'object' || !cached.exports) return false;
      if (cached.exports === modelClass) return true;
      return Object.values(cached.exports).some((exported) => exported === modelClass);
    });
  }

  function modelSourceFromClasses(models, sequelize) {
    const paths = new Set();
    for (const m of models) {
      paths.add(findModelPath(m) || ctx.main);
    }
    return modelSource(Array.from(paths), sequelize);
  }

  // loadSQL: the atlas:pos lines of srcMap's models (when it has any), then the DDL.
  function loadSQL(sequelize, dialect, srcMap) {
    if (!VALID_DIALECTS.includes(dialect)) {
      throw new Error(`Invalid dialect ${dialect}`);
    }
    const spans = new Map();
    if (srcMap && srcMap.size > 0) {
      for (const [name, pos] of srcMap) {
        const model = sequelize.modelManager.getModel(name);
        if (model) spans.set(model, { file: pos.filePath, line: pos.start, endLine: pos.end });
      }
    }
    return ddl(sequelize, dialect, (model) => spans.get(model), spans.size > 0);
  }

  function loadModels(dialect, models) {
    if (!VALID_DIALECTS.includes(dialect)) {
      throw new Error(`Invalid dialect ${dialect}`);
    }
    const { Sequelize: TsSequelize } = ctx.sequelizeTs();
    const sequelize = new TsSequelize({ dialect, models });
    return loadSQL(sequelize, dialect, modelSourceFromClasses(models, sequelize));
  }

  const js = loadSequelizeModels;
  const ts = { loadModels, loadSQL, modelSource };
  Object.defineProperty(ts, '__esModule', { value: true });
  const packages = {
    '@ariga/atlas-provider-sequelize': js,
    '@ariga/atlas-provider-sequelize/index': js,
    '@ariga/atlas-provider-sequelize/index.js': js,
    '@ariga/atlas-provider-sequelize/src/sequelize_schema': js,
    '@ariga/atlas-provider-sequelize/src/sequelize_schema.js': js,
    '@ariga/ts-atlas-provider-sequelize/src/sequelize_schema': ts,
    '@ariga/ts-atlas-provider-sequelize/src/sequelize_schema.js': ts,
  };
  return (name) => (Object.prototype.hasOwnProperty.call(packages, name) ? packages[name] : undefined);
}

module.exports = { createProviders, VALID_DIALECTS };
