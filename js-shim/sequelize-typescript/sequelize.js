'use strict';
// sequelize-typescript's Sequelize: `new Sequelize({ models: [...] })` / `addModels([...])` with model
// classes or paths (files, folders, `*` patterns), then define (init) every model from its decorator
// metadata and run its associations, scopes and hooks, in sequelize-typescript's order.

const { Sequelize: BaseSequelize } = require('../sequelize/index.js');
const meta = require('./metadata.js');
const { ModelNotInitializedError } = require('./errors.js');
const { installHooks, resolveScopes } = require('./hooks-scopes.js');

// How model paths are read: set by js-shim/index.js to the user's CommonJS loader and __host.
let files = null;
function setFileAccess(access) {
  files = access;
}

const extname = (p) => {
  const base = p.slice(p.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot) : '';
};
const basename = (p) => p.slice(p.lastIndexOf('/') + 1);
const hasMagic = (p) => /[*?[\]{}!]/.test(p);
const isImportable = (file) => file.slice(-3) === '.js' || (file.slice(-3) === '.ts' && file.slice(-5) !== '.d.ts');
const withoutExtension = (file) => {
  const ext = extname(file);
  return ext ? file.slice(0, -ext.length) : file;
};

// glob.sync for the forms sequelize-typescript builds: a file, `dir/*`, `dir/*.ts`.
function globSync(pattern) {
  if (!files) throw new Error('sequelize-ddl: model paths cannot be read here');
  if (!hasMagic(pattern)) return files.stat(pattern) ? [pattern] : [];
  const slash = pattern.lastIndexOf('/');
  const dir = slash <= 0 ? '/' : pattern.slice(0, slash);
  const last = pattern.slice(slash + 1);
  if (hasMagic(dir)) throw new Error(`sequelize-ddl: unsupported model path pattern ${pattern}`);
  const re = new RegExp(`^${last.replace(/[.+^$()|\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')}$`);
  if (files.stat(dir) !== 'dir') return [];
  return files.listDir(dir).filter((name) => !name.startsWith('.') && re.test(name)).map((name) => `${dir === '/' ? '' : dir}/${name}`);
}

function getModels(arg, modelMatch) {
  if (!(arg && typeof arg[0] === 'string')) return arg;
  const models = [];
  for (let dir of arg) {
    if (!hasMagic(dir) && !['.ts', '.js'].includes(extname(dir))) dir = `${dir.replace(/\/+$/, '')}/*`;
    const paths = globSync(dir).filter(isImportable).map(withoutExtension).filter((p, i, all) => all.indexOf(p) === i);
    for (const fullPath of paths) {
      const module = files.require(fullPath);
      const fileName = basename(fullPath);
      const key = Object.keys(module).find((m) => modelMatch(fileName, m));
      const member = key ? module[key] : undefined;
      if (!member && !module.default) {
        throw new Error(`No default export defined for file "${fileName}" or export does not satisfy filename.`);
      }
      models.push(member || module.default);
    }
  }
  return models;
}

class Sequelize extends BaseSequelize {
  constructor(...args) {
    const last = args[args.length - 1];
    const options = last && typeof last === 'object' ? { ...last } : undefined;
    if (options) args[args.length - 1] = options;
    super(...args);
    if (options) {
      this.repositoryMode = !!options.repositoryMode;
      if (options.models) this.addModels(options.models);
      if (options.modelPaths) this.addModels(options.modelPaths);
    } else {
      this.repositoryMode = false;
    }
  }

  model(model) {
    if (typeof model !== 'string') return super.model(meta.getModelName(model.prototype));
    return super.model(model);
  }

  addModels(arg, modelMatch) {
    const defaultMatch = (filename, member) => filename === member;
    const models = getModels(arg, modelMatch || (this.options && this.options.modelMatch) || defaultMatch);
    const defined = this.defineModels(models);
    this.associateModels(defined);
    resolveScopes(defined);
    installHooks(defined);
  }

  getRepository(modelClass) {
    return this.model(modelClass);
  }

  associateModels(models) {
    for (const model of models) {
      const associations = meta.getAssociations(model.prototype);
      if (!associations) continue;
      for (const association of associations) {
        const options = association.getSequelizeOptions(model, this);
        const associatedClass = this.model(association.getAssociatedClass());
        if (!associatedClass.isInitialized) {
          throw new ModelNotInitializedError(associatedClass, `Association between ${associatedClass.name} and ${model.name} cannot be resolved.`);
        }
        model[association.getAssociation()](associatedClass, options);
      }
    }
  }

  defineModels(models) {
    return models.map((model) => {
      const modelName = meta.getModelName(model.prototype);
      const attributes = meta.getAttributes(model.prototype);
      const indexes = meta.getIndexes(model.prototype);
      const modelOptions = meta.getOptions(model.prototype);
      if (!modelOptions) throw new Error(`@Table annotation is missing on class "${model.name}"`);
      const indexArray = Object.keys(indexes.named).map((key) => indexes.named[key]).concat(indexes.unnamed);
      const initOptions = { ...(indexArray.length > 0 && { indexes: indexArray }), ...modelOptions, modelName, sequelize: this };
      const definedModel = this.repositoryMode ? class extends model {} : model;
      definedModel.initialize(attributes, initOptions);
      return definedModel;
    });
  }
}

module.exports = { Sequelize, getModels, setFileAccess };
