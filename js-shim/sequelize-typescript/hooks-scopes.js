'use strict';
// Hook decorators (@BeforeCreate … on static methods) and scope decorators (@DefaultScope, @Scopes):
// stored as metadata, installed with addHook / addScope when the model is added. Neither changes the DDL.

const meta = require('./metadata.js');

const HOOKS = ['afterBulkCreate', 'afterBulkDestroy', 'afterBulkRestore', 'afterBulkSync', 'afterBulkUpdate',
  'beforeBulkCreate', 'beforeBulkDestroy', 'beforeBulkRestore', 'beforeBulkSync', 'beforeBulkUpdate', 'afterConnect',
  'afterCreate', 'afterDefine', 'afterDestroy', 'afterFind', 'afterInit', 'afterRestore', 'afterSave', 'afterSync',
  'afterUpdate', 'afterUpsert', 'afterValidate', 'beforeConnect', 'beforeCount', 'beforeCreate', 'beforeDefine',
  'beforeDestroy', 'beforeFind', 'beforeFindAfterExpandIncludeAll', 'beforeFindAfterOptions', 'beforeInit',
  'beforeRestore', 'beforeSave', 'beforeSync', 'beforeUpdate', 'beforeUpsert', 'beforeValidate', 'validationFailed'];

function addHook(target, hookType, methodName, options = {}) {
  if (typeof target !== 'function') {
    throw new Error(`Hook method '${methodName}' is not a static method. Only static methods can be used for hooks`);
  }
  if (methodName === hookType) {
    throw new Error(`Hook method cannot be named '${methodName}'. That name is reserved by Sequelize`);
  }
  meta.addHookMeta(target, { hookType, methodName, options });
}

function implementHookDecorator(hookType, args) {
  if (args.length === 1) return (target, propertyName) => addHook(target, hookType, propertyName, args[0]);
  addHook(args[0], hookType, args[1]);
  return undefined;
}

const hookDecorators = {};
for (const hook of HOOKS) {
  const name = hook.charAt(0).toUpperCase() + hook.slice(1);
  hookDecorators[name] = { [name](...args) { return implementHookDecorator(hook, args); } }[name];
}

function installHooks(models) {
  for (const model of models) {
    for (const hook of meta.getHooks(model) || []) {
      if (typeof model.addHook !== 'function') continue;
      if (hook.options && hook.options.name) model.addHook(hook.hookType, hook.options.name, model[hook.methodName]);
      else model.addHook(hook.hookType, model[hook.methodName]);
    }
  }
}

function DefaultScope(scopeGetter) {
  return (target) => meta.addScopeGetters(target.prototype, { getDefaultScope: scopeGetter });
}

function Scopes(scopesGetter) {
  return (target) => meta.addScopeGetters(target.prototype, { getScopes: scopesGetter });
}

function resolveScopes(models) {
  for (const model of models) {
    const deprecated = meta.getScopes(model.prototype) || {};
    const { getDefaultScope, getScopes } = meta.getScopeGetters(model.prototype);
    let options = { ...deprecated };
    if (getDefaultScope) options = { ...options, defaultScope: getDefaultScope() };
    if (getScopes) options = { ...options, ...getScopes() };
    if (typeof model.addScope !== 'function') continue;
    for (const key of Object.keys(options)) model.addScope(key, options[key], { override: true });
  }
}

module.exports = { ...hookDecorators, addHook, implementHookDecorator, installHooks, DefaultScope, Scopes, resolveScopes };
