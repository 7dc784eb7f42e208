'use strict';
// Object helpers with the exact semantics of the lodash / Sequelize Utils functions that shape
// model state at definition time (merge order, what is copied and what is shared, key order).

const naming = require('./naming');

function isObject(v) {
  return v !== null && (typeof v === 'object' || typeof v === 'function');
}

// lodash isPlainObject: tag "Object" and prototype null or Object.prototype (any realm).
function isPlainObject(v) {
  if (v === null || typeof v !== 'object' || Object.prototype.toString.call(v) !== '[object Object]') return false;
  const proto = Object.getPrototypeOf(v);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, 'constructor') && proto.constructor;
  return typeof Ctor === 'function' && Ctor instanceof Ctor && Function.prototype.toString.call(Ctor) === Function.prototype.toString.call(Object);
}

function sameValueZero(a, b) {
  return a === b || (a !== a && b !== b); // eslint-disable-line no-self-compare
}

// Sequelize's Utils.merge: later objects win, plain objects merge recursively (into new
// objects), arrays concatenate (new first), undefined values are skipped.
function merge(...objects) {
  const result = {};
  for (const obj of objects) {
    if (!obj) continue;
    for (const key of Object.keys(obj)) {
      const value = obj[key];
      if (value === undefined) continue;
      if (!result[key]) {
        result[key] = value;
      } else if (isPlainObject(value) && isPlainObject(result[key])) {
        result[key] = merge(result[key], value);
      } else if (Array.isArray(value) && Array.isArray(result[key])) {
        result[key] = value.concat(result[key]);
      } else {
        result[key] = value;
      }
    }
  }
  return result;
}

// lodash _.mergeWith(object, source, customizer), without Buffer / typed-array / arguments cases.
function assignMergeValue(object, key, value) {
  if ((value !== undefined && !sameValueZero(object[key], value)) || (value === undefined && !(key in object))) {
    object[key] = value;
  }
}

function keysIn(o) {
  const keys = [];
  for (const k in o) keys.push(k); // eslint-disable-line guard-for-in
  return keys;
}

function baseMerge(object, source, customizer, stack) {
  for (const key of keysIn(source)) {
    const srcValue = source[key];
    if (isObject(srcValue)) {
      baseMergeDeep(object, source, key, customizer, stack);
    } else {
      let newValue = customizer(object[key], srcValue, key, object, source);
      if (newValue === undefined) newValue = srcValue;
      assignMergeValue(object, key, newValue);
    }
  }
  return object;
}

function baseMergeDeep(object, source, key, customizer, stack) {
  const objValue = object[key];
  const srcValue = source[key];
  if (stack.has(srcValue)) {
    assignMergeValue(object, key, stack.get(srcValue));
    return;
  }
  let newValue = customizer(objValue, srcValue, key, object, source);
  let isCommon = newValue === undefined;
  if (isCommon) {
    newValue = srcValue;
    if (Array.isArray(srcValue)) {
      newValue = Array.isArray(objValue) ? objValue : [];
    } else if (isPlainObject(srcValue)) {
      newValue = objValue;
      if (!isObject(objValue) || typeof objValue === 'function') newValue = Object.create(Object.getPrototypeOf(srcValue));
    } else {
      isCommon = false;
    }
  }
  if (isCommon) {
    stack.set(srcValue, newValue);
    baseMerge(newValue, srcValue, customizer, stack);
    stack.delete(srcValue);
  }
  assignMergeValue(object, key, newValue);
}

function isNative(fn) {
  return /\{\s*\[native code\]\s*\}\s*$/.test(Function.prototype.toString.call(fn));
}

// Sequelize's Utils.mergeDefaults: deep merge where an existing non-plain-object value wins
// (an inherited native method such as Object.prototype.toString loses to the source's).
function mergeDefaults(a, b) {
  return baseMerge(a, b, (objValue, srcValue) => {
    if (!isPlainObject(objValue) && objValue !== undefined) {
      if (typeof objValue === 'function' && isNative(objValue)) return srcValue || objValue;
      return objValue;
    }
    return undefined;
  }, new Map());
}

// lodash _.cloneDeep for option objects: arrays, plain objects and class instances are copied
// (same prototype, own enumerable keys), Dates copied, functions and symbols shared.
function cloneDeep(v, seen = new Map()) {
  if (!isObject(v)) return v;
  if (typeof v === 'function') return seen.size === 0 ? {} : v;
  if (seen.has(v)) return seen.get(v);
  let out;
  if (Array.isArray(v)) {
    out = new Array(v.length);
    seen.set(v, out);
    v.forEach((x, i) => { out[i] = cloneDeep(x, seen); });
    return out;
  }
  if (v instanceof Date) return new Date(v.getTime());
  if (v instanceof RegExp) return new RegExp(v.source, v.flags);
  if (v instanceof Map || v instanceof Set || v instanceof WeakMap || v instanceof WeakSet) return v;
  out = Object.create(Object.getPrototypeOf(v));
  seen.set(v, out);
  for (const k of Object.keys(v)) out[k] = cloneDeep(v[k], seen);
  for (const s of Object.getOwnPropertySymbols(v)) {
    if (Object.prototype.propertyIsEnumerable.call(v, s)) out[s] = cloneDeep(v[s], seen);
  }
  return out;
}

// lodash _.defaults (mutates object).
function defaults(object, ...sources) {
  for (const source of sources) {
    if (!source) continue;
    for (const key of keysIn(source)) {
      const value = object[key];
      if (value === undefined || (sameValueZero(value, Object.prototype[key]) && !Object.prototype.hasOwnProperty.call(object, key))) {
        object[key] = source[key];
      }
    }
  }
  return object;
}

function omit(o, keys) {
  const out = {};
  for (const k of keysIn(o || {})) if (!keys.includes(k)) out[k] = o[k];
  for (const s of Object.getOwnPropertySymbols(o || {})) out[s] = o[s];
  return out;
}

function pick(o, keys) {
  const out = {};
  for (const k of keys) if (o != null && k in o) out[k] = o[k];
  return out;
}

// `o[key]`, failing on undefined/null with V8's message (what Sequelize's own code throws when a
// key/attribute it looks up does not exist), whatever engine runs the shim.
function get(o, key) {
  if (o === undefined || o === null) throw new TypeError(`Cannot read properties of ${o} (reading '${key}')`);
  return o[key];
}

function upperFirst(s) {
  return s ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}

// sequelize.fn / col / cast / literal / json / where objects (constructor names are part of the
// schema JSON contract).
class SequelizeMethod {}
class Fn extends SequelizeMethod {
  constructor(fn, args) {
    super();
    this.fn = fn;
    this.args = args;
  }

  clone() {
    return new Fn(this.fn, this.args);
  }
}
class Col extends SequelizeMethod {
  constructor(col, ...args) {
    super();
    if (args.length > 0) col = args;
    this.col = col;
  }
}
class Cast extends SequelizeMethod {
  constructor(val, type, json) {
    super();
    this.val = val;
    this.type = (type || '').trim();
    this.json = json || false;
  }
}
class Literal extends SequelizeMethod {
  constructor(val) {
    super();
    this.val = val;
  }
}
class Json extends SequelizeMethod {
  constructor(conditionsOrPath, value) {
    super();
    if (isObject(conditionsOrPath)) {
      this.conditions = conditionsOrPath;
    } else {
      this.path = conditionsOrPath;
      if (value) this.value = value;
    }
  }
}
class Where extends SequelizeMethod {
  constructor(attribute, comparator, logic) {
    super();
    if (logic === undefined) {
      logic = comparator;
      comparator = '=';
    }
    this.attribute = attribute;
    this.comparator = comparator;
    this.logic = logic;
  }
}

// Utils.nameIndex: unnamed indexes get underscore(<table>_<fields>) at definition time.
function nameIndex(index, tableName) {
  if (tableName.tableName) tableName = tableName.tableName;
  if (!Object.prototype.hasOwnProperty.call(index, 'name')) {
    const fields = index.fields.map((field) => (typeof field === 'string' ? field : field.name || field.attribute));
    index.name = naming.underscore(`${tableName}_${fields.join('_')}`);
  }
  return index;
}

function combineTableNames(a, b) {
  return a.toLowerCase() < b.toLowerCase() ? a + b : b + a;
}

module.exports = {
  isObject, isPlainObject, merge, mergeDefaults, cloneDeep, defaults, omit, pick, get, upperFirst,
  SequelizeMethod, Fn, Col, Cast, Literal, Json, Where, nameIndex, combineTableNames,
  camelize: naming.camelize, underscore: naming.underscore, underscoredIf: naming.underscoredIf,
  pluralize: naming.pluralize, singularize: naming.singularize,
};
