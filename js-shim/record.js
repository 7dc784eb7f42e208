'use strict';
// The only file that knows the schema JSON's shape (docs/schema-json.md).
// It reads models the way Sequelize 6 holds them after definition (rawAttributes, options,
// getTableName(), uniqueKeys), so the same code serialises real Sequelize models in the oracle
// and the shim's models inside GraalJS. Keep it free of dependencies.

const FORMAT_VERSION = 1;

const OPTION_KEYS = [
  'name', 'tableName', 'schema', 'schemaDelimiter', 'timestamps', 'paranoid', 'underscored',
  'freezeTableName', 'createdAt', 'updatedAt', 'deletedAt', 'version', 'engine', 'charset',
  'collate', 'comment', 'rowFormat', 'initialAutoIncrement', 'uniqueKeys', 'indexes',
];

const DEFERRABLES = new Set(['INITIALLY_DEFERRED', 'INITIALLY_IMMEDIATE', 'NOT', 'SET_DEFERRED', 'SET_IMMEDIATE']);
const METHODS = new Set(['Fn', 'Col', 'Cast', 'Literal', 'Json', 'Where']);

function isModelClass(v) {
  return typeof v === 'function' && !!v.rawAttributes && typeof v.getTableName === 'function';
}

function isDataTypeInstance(v) {
  return v !== null && typeof v === 'object' && typeof v.key === 'string' && typeof v.toSql === 'function';
}

function isDataTypeClass(v) {
  return typeof v === 'function' && typeof v.key === 'string' && !!v.prototype && typeof v.prototype.toSql === 'function';
}

function className(v) {
  return v && v.constructor ? v.constructor.name : '';
}

// Encodes any value a model definition can hold as JSON, tagging what JSON cannot say.
function encode(v, seen) {
  if (v === null) return null;
  switch (typeof v) {
    case 'string':
    case 'boolean':
      return v;
    case 'number':
      return Number.isFinite(v) && !Object.is(v, -0) ? v : { $number: String(v) };
    case 'bigint':
      return { $bigint: String(v) };
    case 'undefined':
      return { $undefined: true };
    case 'symbol':
      return { $symbol: v.description || '' };
    case 'function':
      if (isModelClass(v)) return { $model: v.name };
      if (DEFERRABLES.has(v.name) && typeof v.prototype.toSql === 'function') return { $deferrable: v.name };
      if (isDataTypeClass(v)) return encodeType(new v(), seen);
      return { $function: v.name || '' };
    default:
      break;
  }
  seen = seen || new Set();
  if (seen.has(v)) return { $circular: true };
  seen.add(v);
  try {
    if (v instanceof Date) return { $date: Number.isNaN(v.getTime()) ? null : v.getTime() };
    if (typeof Buffer !== 'undefined' && Buffer.isBuffer && Buffer.isBuffer(v)) return { $buffer: v.toString('hex') };
    if (Array.isArray(v)) return v.map((x) => encode(x, seen));
    if (isDataTypeInstance(v)) return encodeType(v, seen);
    const cls = className(v);
    if (DEFERRABLES.has(cls) && typeof v.toSql === 'function') return { $deferrable: cls };
    if (METHODS.has(cls)) return Object.assign({ $method: cls }, encodeObject(v, seen));
    return encodeObject(v, seen);
  } finally {
    seen.delete(v);
  }
}

function encodeObject(o, seen) {
  const out = {};
  for (const k of Object.keys(o)) {
    const x = o[k];
    if (x === undefined) continue;
    out[k] = encode(x, seen);
  }
  for (const s of Object.getOwnPropertySymbols(o)) {
    out['$op:' + (s.description || '')] = encode(o[s], seen);
  }
  return out;
}

// A DataType instance: its key plus its own fields, as Sequelize's constructors set them.
function encodeType(t, seen) {
  const out = { $type: t.key };
  for (const k of Object.keys(t)) {
    const x = t[k];
    if (x === undefined || typeof x === 'function') continue;
    out[k] = encode(x, seen);
  }
  return out;
}

function encodeTable(t) {
  if (t !== null && typeof t === 'object') {
    return { tableName: t.tableName, schema: t.schema, delimiter: t.delimiter };
  }
  return t;
}

function recordAttribute(name, attr) {
  const out = { name };
  for (const k of Object.keys(attr)) {
    const x = attr[k];
    if (k === 'Model' || k === '_modelAttribute') continue;
    // An own member set to undefined still counts for Sequelize's hasOwnProperty tests
    // (PG/SQLite render `allowNull: undefined` as NOT NULL), so it is kept, tagged.
    if (x === undefined) {
      out[k] = { $undefined: true };
      continue;
    }
    if (typeof x === 'function' && (k === 'get' || k === 'set' || k === 'validate')) continue;
    out[k] = encode(x);
  }
  return out;
}

function recordModel(model, extra) {
  const options = {};
  for (const k of OPTION_KEYS) {
    if (model.options[k] !== undefined) options[k] = encode(model.options[k]);
  }
  const attrs = model.rawAttributes;
  const out = {
    name: model.name,
    tableName: model.tableName,
    table: encodeTable(model.getTableName()),
    primaryKeyAttributes: (model.primaryKeyAttributes || []).slice(),
    attributes: Object.keys(attrs).map((k) => recordAttribute(k, attrs[k])),
    options,
    uniqueKeys: encode(model.uniqueKeys || {}),
  };
  // Indexes sync() creates beyond options.indexes: a JSONB attribute with `index: true` becomes a GIN
  // index in model._indexes (Model.refreshAttributes). Recorded only when there are any.
  const own = model.options.indexes || [];
  const syncIndexes = (model._indexes || []).filter((i) => !own.includes(i));
  if (syncIndexes.length > 0) out.syncIndexes = encode(syncIndexes);
  if (extra && extra(model)) out.source = extra(model);
  return out;
}

// models: Sequelize's modelManager.models, in definition order.
// sourceOf: optional (model) => { file, line, endLine } for the shim.
function recordSchema(dialect, models, sourceOf) {
  return {
    format: 'sequelize-ddl/schema',
    version: FORMAT_VERSION,
    dialect,
    models: models.map((m) => recordModel(m, sourceOf)),
  };
}

module.exports = { recordSchema, encode, FORMAT_VERSION };
