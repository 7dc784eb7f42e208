'use strict';
// Sequelize's hook registry: stored in `options.hooks`; only the synchronous definition-time hooks
// (beforeDefine / afterDefine / beforeAssociate / afterAssociate / beforeInit / afterInit) are
// ever run here. Everything else is accepted and kept, never called.

const HOOK_TYPES = {
  beforeValidate: {}, afterValidate: {}, validationFailed: {}, beforeCreate: {}, afterCreate: {},
  beforeDestroy: {}, afterDestroy: {}, beforeRestore: {}, afterRestore: {}, beforeUpdate: {}, afterUpdate: {},
  beforeSave: { proxies: ['beforeUpdate', 'beforeCreate'] }, afterSave: { proxies: ['afterUpdate', 'afterCreate'] },
  beforeUpsert: {}, afterUpsert: {}, beforeBulkCreate: {}, afterBulkCreate: {}, beforeBulkDestroy: {},
  afterBulkDestroy: {}, beforeBulkRestore: {}, afterBulkRestore: {}, beforeBulkUpdate: {}, afterBulkUpdate: {},
  beforeFind: {}, beforeFindAfterExpandIncludeAll: {}, beforeFindAfterOptions: {}, afterFind: {}, beforeCount: {},
  beforeDefine: { sync: true, noModel: true }, afterDefine: { sync: true, noModel: true },
  beforeInit: { sync: true, noModel: true }, afterInit: { sync: true, noModel: true },
  beforeAssociate: { sync: true }, afterAssociate: { sync: true },
  beforeConnect: { noModel: true }, afterConnect: { noModel: true }, beforeDisconnect: { noModel: true },
  afterDisconnect: { noModel: true }, beforePoolAcquire: { noModel: true }, afterPoolAcquire: { noModel: true },
  beforeSync: {}, afterSync: {}, beforeBulkSync: {}, afterBulkSync: {}, beforeQuery: {}, afterQuery: {},
};

function proxied(hookType) {
  const t = HOOK_TYPES[hookType];
  return t && t.proxies ? t.proxies.concat(hookType) : [hookType];
}

function getHooks(hooked, hookType) {
  return ((hooked.options && hooked.options.hooks) || {})[hookType] || [];
}

const Hooks = {
  _setupHooks(hooks) {
    this.options.hooks = {};
    for (const hookName of Object.keys(hooks || {})) {
      let list = hooks[hookName];
      if (!Array.isArray(list)) list = [list];
      list.forEach((fn) => this.addHook(hookName, fn));
    }
  },

  // Synchronous: Sequelize's runHooks is async, but sync hook types run before its first await.
  runHooks(hookType, ...args) {
    if (!hookType) throw new Error('runHooks requires at least 1 argument');
    let hooks = getHooks(this, hookType);
    if (this.sequelize) hooks = hooks.concat(getHooks(this.sequelize, hookType));
    if (HOOK_TYPES[hookType] && HOOK_TYPES[hookType].sync) {
      for (let hook of hooks) {
        if (typeof hook === 'object') hook = hook.fn;
        hook.apply(this, args);
      }
    }
    return Promise.resolve();
  },

  addHook(hookType, name, fn) {
    if (typeof name === 'function') {
      fn = name;
      name = null;
    }
    for (const type of proxied(hookType)) {
      const hooks = getHooks(this, type);
      hooks.push(name ? { name, fn } : fn);
      if (!this.options.hooks) this.options.hooks = {};
      this.options.hooks[type] = hooks;
    }
    return this;
  },

  removeHook(hookType, name) {
    const isReference = typeof name === 'function';
    if (!this.hasHook(hookType)) return this;
    for (const type of proxied(hookType)) {
      this.options.hooks[type] = (this.options.hooks[type] || []).filter((hook) => {
        if (isReference && typeof hook === 'function') return hook !== name;
        if (!isReference && typeof hook === 'object') return hook.name !== name;
        return true;
      });
    }
    return this;
  },

  hasHook(hookType) {
    return !!(this.options.hooks && this.options.hooks[hookType] && this.options.hooks[hookType].length);
  },
};
Hooks.hasHooks = Hooks.hasHook;

// Like Sequelize's Hooks.applyTo: the registry methods plus one shorthand per hook type
// (`Model.beforeCreate(fn)`), both on the target and, for classes, on its prototype.
function applyTo(target, isModel = false) {
  for (const key of Object.keys(Hooks)) {
    target[key] = Hooks[key];
    if (typeof target === 'function') target.prototype[key] = Hooks[key];
  }
  for (const hook of Object.keys(HOOK_TYPES)) {
    if (isModel && HOOK_TYPES[hook].noModel) continue;
    target[hook] = function (name, callback) {
      return this.addHook(hook, name, callback);
    };
  }
}

module.exports = { applyTo, HOOK_TYPES };
