#!/usr/bin/env node
'use strict';
// The oracle: writes test-fixtures/cases/<case>/expected/<dialect>.{sql,error,schema.json} by running
// real Sequelize 6.37.8 the way @ariga/atlas-provider-sequelize drives it (its load + modelToSQL
// pipeline), one fresh child process per case x dialect, TZ=UTC.
//
//   node generate.js                 all cases
//   node generate.js c02-minimal-user c14-unique-keys   only these cases
//   node generate.js --check [cases] regenerate in memory; exit 1 listing every file that would change
//   options: --jobs N (default: number of CPUs), --verbose (show the children's stderr)
//
// Deliberate differences from the Node provider's stdout (each announced by a
// "-- sequelize-ddl note: " line at the top of the expected .sql file, only where bytes differ):
//   (a) unique keys are rendered as sequelize.sync() renders them: query-interface createTable
//       defaults customIndex to true on every options.uniqueKeys entry and falls back to
//       model.uniqueKeys (built from `unique: 'name'` / `unique: {name}` attributes);
//   (b) whatever is printed on stdout while the models are loaded and the DDL generated
//       (Sequelize's console.log logging) is not part of the DDL.
//   (c) *.cjs files in the models folder are loaded like *.js (the provider reads only *.js).
//   (d) index fields naming an attribute whose column differs are emitted as that column (see
//       indexOnColumns; the provider and sync() alike emit SQL that fails).
//   (e) SQLite: only whole boolean default values become 1/0 (replaceWholeBooleanDefaults).
//   (f) postgres: enum types and references of schema tables as sync() creates them (pgSyncTable).
//   (g) postgres cycle pass: a default on a foreign key column no longer swallows the FK (pgChangeColumnQuery).
//   (h) indexes of a table whose name contains a dot go on that table, their name one identifier (asCreatedIndexQuery).
//   (i) the indexes sync() adds beyond options.indexes (JSONB `index: true` → GIN) are emitted too.
//   (j) postgres: a string reference from a schema table to a table only a model without schema defines
//       names that table instead of "<schema>"."<table>" (pgResolvedAttributes).
//   (k) boolean defaults the engine refuses are rendered as the boolean they mean, and
//       `allowNull: undefined` as nullable (correctedAttributes).
//   (l) named unique keys of attributes (`unique: 'name'`) are kept when options.uniqueKeys is given too
//       (uniqueKeyOptions).
//   (m) the columns are sync()'s model.tableAttributes: only attributes whose type is a DataTypes.VIRTUAL
//       are left out, not every fragment that starts with "VIRTUAL" (a raw type 'VIRTUAL_THING').
//   (n) createTableQuery's text surgery does not look inside quoted text (string literals, quoted names:
//       corrections.js outsideQuotedText).
//   (o) SQLite: an INT primary key rewritten to INTEGER PRIMARY KEY keeps its DEFAULT
//       (corrections.js sqliteCreateTableQueryKeepingDefault).
//   (p) mysql, sqlite, mssql: a string reference from a schema table to a table its schema has names that
//       table, as postgres (Sequelize) and MariaDB (the engine) resolve it (schemaReferences).

const fs = require('fs');
const path = require('path');
const { replaceWholeBooleanDefaults, outsideQuotedText, sqliteCreateTableQueryKeepingDefault } = require('./corrections'); // differences (e), (n), (o)
const { loadCaseModels, registerTsNode, APP_ENTRY } = require('./load-models');
const os = require('os');
const util = require('util');
const { fork } = require('child_process');

const DIALECTS = ['mysql', 'mariadb', 'postgres', 'sqlite', 'mssql'];
const ORACLE_DIR = __dirname;
const CASES_DIR = path.resolve(ORACLE_DIR, '..', 'cases');
const NODE_MODULES = path.join(ORACLE_DIR, 'node_modules');
const RECORD_JS = path.resolve(ORACLE_DIR, '..', '..', 'js-shim', 'record.js');
const NOTE = '-- sequelize-ddl note: ';
const SEQUELIZE_VERSION = '6.37.8';
const CHILD_TIMEOUT_MS = 60000;

// ---------------------------------------------------------------------------------------------
// Child: one case x dialect.

async function runChild(caseDir, dialect) {
  // Everything written to stdout from here on (Sequelize's default `logging: console.log`, the
  // MSSQL self-reference warning, console.log calls in model files) would have been part of the
  // Node tool's stdout, in front of the DDL. Capture it; the result goes back over IPC.
  let captured = '';
  process.stdout.write = function (chunk, encoding, cb) {
    captured += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    if (typeof encoding === 'function') encoding();
    else if (typeof cb === 'function') cb();
    return true;
  };

  const result = { dialect, stage: 'load' };
  try {
    const pkg = require(path.join(NODE_MODULES, 'sequelize', 'package.json'));
    if (pkg.version !== SEQUELIZE_VERSION) {
      throw new Error(`oracle needs sequelize ${SEQUELIZE_VERSION}, found ${pkg.version}`);
    }
    const { recordSchema } = require(RECORD_JS);

    // --- load (load-models.js): the app's own wiring where the provider cannot load the case (app.js),
    // else like the provider's index.js loadSQL + sequelize_schema.js loadSequelizeModels
    const loaded = await loadCaseModels(caseDir, { dialect });
    const { sequelize, modelsDir, tsFiles } = loaded;
    result.app = loaded.app;
    result.cjs = loaded.cjs;
    result.esm = loaded.esm;
    result.standIns = loaded.standIns;
    result.mixed = loaded.mixed;
    result.ts = tsFiles.length > 0;
    const positions = () => (tsFiles.length > 0 ? atlasPositions(sequelize, modelsDir, tsFiles) : '');

    // --- schema JSON: after associate(), before any query generator runs
    result.stage = 'record';
    result.schema = JSON.stringify(recordSchema(dialect, sequelize.modelManager.models), null, 2) + '\n';

    // --- DDL
    result.stage = 'generate';
    result.pos = positions();
    const gen = generate(sequelize, dialect);
    result.plainSql = gen.plain;
    result.sql = gen.synced;
    result.reasons = [...gen.reasons];
    result.providerErrors = [...gen.providerErrors];
    result.stage = 'done';
  } catch (e) {
    result.error = errorMessage(e);
  }
  result.stdout = captured;
  process.send(result, () => process.exit(0));
}

function errorMessage(e) {
  // The provider prints e.message; keep it on one line.
  const msg = e && typeof e === 'object' && 'message' in e ? String(e.message) : String(e);
  return msg.replace(/\r?\n/g, ' ');
}

// The TS provider's header (sequelize_schema.ts modelSource + loadSQL): for every named top-level class
// of every *.ts file that names a model (ts-morph's getClasses / getStart/EndLineNumber, here with the
// TypeScript API), in DDL order, `-- atlas:pos <getTableName()>[type=table] <absolute path>:<first>-<last>`,
// then an empty line. The absolute models folder is written as $MODELS (the golden test puts its own back).
function atlasPositions(sequelize, modelsDir, tsFiles) {
  const files = tsFiles.map((file) => ({ full: path.join(modelsDir, file), shown: `$MODELS/${file}` }));
  return positionLines(sequelize, classPositions(sequelize, files));
}

// modelSource: class name → { filePath, start, end } for the classes of `files` ({ full, shown }) that name
// a model of `sequelize`, later files winning.
function classPositions(sequelize, files) {
  const ts = require(path.join(NODE_MODULES, 'typescript'));
  const srcMap = new Map();
  for (const { full, shown } of files) {
    const sf = ts.createSourceFile(full, fs.readFileSync(full, 'utf8'), ts.ScriptTarget.Latest, true);
    for (const st of sf.statements) {
      if (!ts.isClassDeclaration(st) || !st.name) continue;
      if (!sequelize.modelManager.getModel(st.name.text)) continue;
      srcMap.set(st.name.text, {
        filePath: shown,
        start: sf.getLineAndCharacterOfPosition(st.getStart(sf)).line + 1,
        end: sf.getLineAndCharacterOfPosition(st.getEnd()).line + 1,
      });
    }
  }
  return srcMap;
}

// loadSQL's header: one line per model of srcMap in DDL order, then an empty line ('' for none).
function positionLines(sequelize, srcMap) {
  if (srcMap.size === 0) return '';
  const sorted = sequelize.modelManager.getModelsTopoSortedByForeignKey();
  const ordered = sorted ? sorted.map((m) => sequelize.modelManager.getModel(m.name)).filter(Boolean).reverse() : sequelize.modelManager.models;
  let sql = '';
  for (const model of ordered) {
    const def = sequelize.modelManager.getModel(model.name);
    if (!def) continue;
    const pos = srcMap.get(model.name);
    if (!pos) continue;
    sql += `-- atlas:pos ${def.getTableName()}[type=table] ${pos.filePath}:${pos.start}-${pos.end}\n`;
  }
  return sql + '\n';
}

// Returns { plain, synced }: the provider's DDL string, and the same with unique keys rendered the
// way sequelize.sync() renders them. Both come from one pass (the MSSQL generator mutates
// attributes, so the attribute fragments are built once and shared).
function generate(sequelize, dialect) {
  const qi = sequelize.getQueryInterface();
  const qg = qi.queryGenerator;
  const out = { plain: '', synced: '', reasons: new Set(), providerErrors: new Set() };
  const add = (plain, synced) => {
    out.plain += plain;
    out.synced += synced === undefined ? plain : synced;
  };
  // Which deliberate differences (other than unique keys) changed bytes; each gets its note.
  add.reasons = out.reasons;
  // Errors the provider (and sync()) throw where our corrected DDL has the statement.
  add.providerErrors = out.providerErrors;

  const sorted = sequelize.modelManager.getModelsTopoSortedByForeignKey();
  if (sorted !== null) {
    for (const model of sorted.reverse()) tableDDL(sequelize, model, dialect, false, add);
    return out;
  }
  if (dialect === 'sqlite') {
    for (const model of sequelize.modelManager.models) tableDDL(sequelize, model, dialect, false, add);
    return out;
  }
  // A cycle: every table without foreign keys, then one ALTER per referencing attribute.
  for (const model of sequelize.modelManager.models) tableDDL(sequelize, model, dialect, true, add);
  for (const model of sequelize.modelManager.models) {
    const attributes = model.getAttributes();
    const fixed = schemaReferences(sequelize, model, correctedAttributes(attributes, dialect, out.reasons), dialect, out.reasons);
    const table = model.getTableName();
    const changeColumnFragments = (attribute, key) =>
      qg.attributesToSQL({ [key]: qi.normalizeAttribute(attribute) }, { context: 'changeColumn', table });
    for (const key of Object.keys(attributes)) {
      const attribute = attributes[key];
      if (!attribute.references) continue;
      const fragments = changeColumnFragments(attribute, key);
      const plain = qg.changeColumnQuery(table, fragments) + '\n';
      // (k): the corrected attribute's statement.
      const fixedFragments = fixed[key] === attribute ? fragments : changeColumnFragments(fixed[key], key);
      let corrected = fixedFragments === fragments ? plain : qg.changeColumnQuery(table, fixedFragments) + '\n';
      if (dialect === 'postgres') {
        const withFk = pgChangeColumnQuery(qg).call(qg, table, fixedFragments) + '\n';
        if (withFk !== corrected) out.reasons.add('pgDefaultFk');
        corrected = withFk;
        const resolved = pgResolvedAttributes(sequelize, model, fixed)[key];
        if (resolved !== fixed[key]) {
          corrected = pgChangeColumnQuery(qg).call(qg, table, changeColumnFragments(resolved, key)) + '\n';
          out.reasons.add('pgPlainReference');
        }
      }
      add(plain, corrected);
    }
  }
  return out;
}

// Deliberate difference (g), postgres cyclic pass: changeColumnQuery takes `DEFAULT ([^;]+)` as the
// default value, which on a column with a default and a foreign key swallows the REFERENCES clause
// (`SET DEFAULT 1 REFERENCES "Emps" ("id") …`, a syntax error, and no ADD FOREIGN KEY); sync()'s
// alter pass runs the same function. Here: Sequelize's own changeColumnQuery with the value cut before
// the last " REFERENCES " of that segment, so the FK is added as for any other column.
function pgChangeColumnQuery(qg) {
  let src = qg.changeColumnQuery.toString();
  const fixes = [
    ['${definition.match(/DEFAULT ([^;]+)/)[1]}', '${(definition.match(/DEFAULT ([^;]+) REFERENCES /) || definition.match(/DEFAULT ([^;]+)/))[1]}'],
    [
      'definition = definition.replace(/(DEFAULT[^;]+)/, "").trim();',
      'definition = (definition.match(/DEFAULT ([^;]+) REFERENCES /) ? definition.replace("DEFAULT " + ' +
        'definition.match(/DEFAULT ([^;]+) REFERENCES /)[1], "") : definition.replace(/(DEFAULT[^;]+)/, "")).trim();',
    ],
  ];
  for (const [from, to] of fixes) {
    if (!src.includes(from)) throw new Error('oracle: postgres changeColumnQuery is not the one of Sequelize ' + SEQUELIZE_VERSION);
    src = src.replace(from, () => to);
  }
  return new Function(`return ({ ${src} }).changeColumnQuery;`)();
}

function tableDDL(sequelize, model, dialect, withoutFKs, add) {
  const qg = sequelize.getQueryInterface().queryGenerator;
  const def = sequelize.modelManager.getModel(model.name);
  const table = def.getTableName();
  const kinds = new Set();
  // (k), (p): on copies of every attribute, made before the MSSQL generator mutates the model's.
  const fixed = allCopied(schemaReferences(sequelize, def, correctedAttributes(def.getAttributes(), dialect, kinds), dialect, kinds), def.getAttributes());
  // The provider drops every fragment that starts with VIRTUAL; (m) sync() creates model.tableAttributes,
  // all but the attributes whose type is a DataTypes.VIRTUAL (a raw type 'VIRTUAL_THING' is a column).
  const virtualFields = new Set([...def._virtualAttributes].map((key) => def.getAttributes()[key].field || key));
  const without = (all, drop) => {
    const kept = { ...all };
    for (const key of Object.keys(kept)) if (drop(key, kept[key])) delete kept[key];
    return kept;
  };
  const providerFragments = (all) => without(all, (key, text) => text.startsWith('VIRTUAL'));
  const tableFragments = (all) => without(all, (key) => virtualFields.has(key));
  const toSQL = (attributes) => qg.attributesToSQL(attributes, { ...def.options, withoutForeignKeyConstraints: withoutFKs });
  const all = toSQL(def.getAttributes());
  const fragments = providerFragments(all);
  const fixedFragments = tableFragments(fixed === def.getAttributes() ? all : toSQL(fixed));
  if (Object.keys(tableFragments(all)).join() !== Object.keys(fragments).join()) add.reasons.add('virtualByType');
  let types = '';
  let syncedTypes = '';
  // (f) postgres: the fragments as QueryInterface#createTable asks for them, the enum type names and
  // values as ensureEnums/pgEnum creates them, the table with '.' as its delimiter (see pgSyncTable).
  let syncedFragments = fixedFragments;
  let syncedTable = table;
  if (dialect === 'postgres') {
    syncedTable = pgSyncTable(table);
    const resolved = pgResolvedAttributes(sequelize, def, fixed);
    if (resolved !== fixed) add.reasons.add('pgPlainReference');
    syncedFragments = qg.attributesToSQL(resolved, {
      table,
      context: 'createTable',
      withoutForeignKeyConstraints: withoutFKs,
    });
    for (const key of Object.keys(syncedFragments)) {
      if (!(key in fixedFragments)) delete syncedFragments[key];
    }
    for (const key of Object.keys(fragments)) {
      const text = fragments[key];
      if (!text.startsWith('ENUM')) continue;
      const values = text.substring(text.indexOf('('), text.lastIndexOf(')') + 1);
      const line = `CREATE TYPE "enum_${table}_${key}" AS ENUM${values};\n`;
      types += line;
      const enumValues = /^ENUM(\((?:[^'()]|'(?:[^']|'')*')*\))/.exec(text);
      const name = table.schema ? qg.pgEnumName(syncedTable, key) : `"enum_${table}_${key}"`;
      const corrected = `CREATE TYPE ${name} AS ENUM${enumValues ? enumValues[1] : values};\n`;
      syncedTypes += corrected;
    }
  }
  // createTableQuery rewrites the fragment map it is given (postgres cuts comments out of it), so
  // each call gets its own copy.
  // (l): sync()'s options with the attributes' named unique keys kept.
  const createOptions = uniqueKeyOptions(def);
  // (n): the statement with the quoted text of the fragments kept out of createTableQuery's text surgery
  // (outsideQuotedText); (o) sqlite, with keepingDefault: an INT primary key keeps its DEFAULT.
  const createdTable = dialect === 'postgres' ? syncedTable : table;
  const createdFragments = dialect === 'postgres' ? syncedFragments : fixedFragments;
  const outsideQuoted = (keepingDefault) => {
    const createTableQuery = keepingDefault ? sqliteCreateTableQueryKeepingDefault(qg) : qg.createTableQuery;
    if (dialect === 'sqlite') qg.replaceBooleanDefaults = replaceWholeBooleanDefaults;
    try {
      return outsideQuotedText(dialect, createTableQuery).call(qg, createdTable, { ...createdFragments }, createOptions) + '\n';
    } finally {
      if (dialect === 'sqlite') delete qg.replaceBooleanDefaults;
    }
  };
  let plainCreate = null;
  let syncedCreate;
  try {
    plainCreate = qg.createTableQuery(table, { ...fragments }, { ...def.options }) + '\n';
  } catch (e) {
    // The provider's surgery throws on the user's quoted text (c50: a default 'x-REFERENCES' on mysql,
    // mariadb, mssql), sync() alike; with (n) the statement is what the models mean.
    try {
      syncedCreate = outsideQuoted(dialect === 'sqlite');
    } catch (ignored) {
      throw e;
    }
    add.reasons.add('quotedText');
    add.providerErrors.add(errorMessage(e));
  }
  if (plainCreate !== null) {
    syncedCreate = qg.createTableQuery(table, { ...fragments }, syncCreateTableOptions(def)) + '\n';
    if (syncedCreate !== plainCreate) add.reasons.add('uniqueKeys');
    const withAttributeKeys = qg.createTableQuery(table, { ...fragments }, createOptions) + '\n';
    if (withAttributeKeys !== syncedCreate) add.reasons.add('attributeUniqueKeys');
    syncedCreate = withAttributeKeys;
    // (k), (p): the corrected attributes' statement; their notes where it differs from the uncorrected one
    const fixedCreate = qg.createTableQuery(table, { ...fixedFragments }, createOptions) + '\n';
    if (fixed !== def.getAttributes() && fixedCreate !== qg.createTableQuery(table, { ...tableFragments(all) }, createOptions) + '\n') {
      for (const kind of kinds) add.reasons.add(kind);
    }
    syncedCreate = fixedCreate;
    if (dialect === 'postgres') {
      const corrected = qg.createTableQuery(syncedTable, { ...syncedFragments }, createOptions) + '\n';
      if (corrected !== syncedCreate || syncedTypes !== types) add.reasons.add('pgSchemas');
      syncedCreate = corrected;
    }
    if (dialect === 'sqlite') {
      // (e): the same statement with only whole boolean default values rewritten.
      qg.replaceBooleanDefaults = replaceWholeBooleanDefaults;
      try {
        const corrected = qg.createTableQuery(table, { ...fixedFragments }, createOptions) + '\n';
        if (corrected !== syncedCreate) add.reasons.add('booleanDefaults');
        syncedCreate = corrected;
      } finally {
        delete qg.replaceBooleanDefaults;
      }
    }
    const outside = outsideQuoted(false);
    if (outside !== syncedCreate) add.reasons.add('quotedText');
    syncedCreate = outside;
    if (dialect === 'sqlite') {
      const kept = outsideQuoted(true);
      if (kept !== syncedCreate) add.reasons.add('rowidDefault');
      syncedCreate = kept;
    }
  }
  let indexes = '';
  let syncedIndexes = '';
  for (const index of def.options.indexes) {
    // (d): computed first, on a copy, because addIndexQuery mutates the index it is given.
    const onColumns = indexOnColumns(index, def.getAttributes());
    const name = index.name;
    const corrected0 = onColumns === index ? null : qg.addIndexQuery(table, onColumns) + ';\n';
    const plain = qg.addIndexQuery(table, index) + ';\n';
    // (h): on the table as created, the name as one identifier.
    const created = asCreatedIndexQuery(qg, table, name, corrected0 === null ? plain : corrected0);
    if (created !== (corrected0 === null ? plain : corrected0)) add.reasons.add('dottedIndex');
    if (corrected0 !== null && corrected0 !== plain) add.reasons.add('indexFields');
    const corrected = created === plain ? null : created;
    indexes += plain;
    syncedIndexes += corrected === null ? plain : corrected;
  }
  // (i): the indexes sync() adds beyond options.indexes (JSONB `index: true` → GIN, in model._indexes),
  // after them, as Model.sync() adds them; the provider reads only options.indexes.
  for (const index of def._indexes || []) {
    if (def.options.indexes.includes(index)) continue;
    syncedIndexes += asCreatedIndexQuery(qg, table, index.name, qg.addIndexQuery(table, { ...index, fields: [...index.fields] })) + ';\n';
    add.reasons.add('syncIndexes');
  }
  add(types + (plainCreate || '') + indexes, (dialect === 'postgres' ? syncedTypes : types) + syncedCreate + syncedIndexes);
}

// Deliberate difference (h): addIndexQuery quotes a string table name and the index name with
// quoteIdentifiers, which splits at dots: tableName 'a.b' gives CREATE INDEX "a"."b_code" ON "a"."b"
// (the provider and sync()'s addIndex alike), an index on a table that does not exist, and invalid SQL;
// createTableQuery made the table "a.b" (quoteTable). Here the same statement with the table quoted as
// createTableQuery quotes it and the name as one identifier (SchemaWriter: addIndexQuery(..., true)).
function asCreatedIndexQuery(qg, table, name, sql) {
  const plainTable = typeof table === 'string' ? qg.quoteIdentifiers(table) : qg.quoteTable(table);
  const createdTable = qg.quoteTable(table);
  if (typeof name === 'string') {
    const plainName = qg.quoteIdentifiers(name);
    const createdName = qg.quoteIdentifier(name);
    if (plainName !== createdName) sql = sql.replace(` ${plainName} `, () => ` ${createdName} `);
  }
  if (plainTable !== createdTable) {
    if (sql.startsWith(`ALTER TABLE ${plainTable} `)) sql = `ALTER TABLE ${createdTable} ` + sql.substring(`ALTER TABLE ${plainTable} `.length);
    else sql = sql.replace(` ON ${plainTable} `, () => ` ON ${createdTable} `);
  }
  return sql;
}

// Deliberate difference (d): Model#sync() hands options.indexes to addIndex unchanged, so an index
// field naming an attribute whose column differs (underscored model, `field: 'x'`) is quoted as the
// attribute name and the statement fails on the real database ("column authorName does not exist"),
// from the provider and from sync() alike. What the model means is that attribute's column: a copy of
// the index with each such field (string, or object `attribute`/`name`) replaced by the column name;
// the index itself when nothing changes. The index name stays the one Sequelize gave it.
function indexOnColumns(index, attributes) {
  if (!Array.isArray(index.fields)) return index;
  const column = (name) => {
    if (typeof name !== 'string' || !Object.prototype.hasOwnProperty.call(attributes, name)) return null;
    const field = attributes[name].field || name;
    return field !== name ? field : null;
  };
  let changed = false;
  const fields = index.fields.map((f) => {
    if (typeof f === 'string') {
      const c = column(f);
      if (c === null) return f;
      changed = true;
      return c;
    }
    if (f && typeof f === 'object' && f.constructor === Object) {
      const key = f.attribute ? 'attribute' : 'name';
      const c = column(f[key]);
      if (c === null) return f;
      changed = true;
      return { ...f, [key]: c };
    }
    return f;
  });
  return changed ? { ...index, fields } : index;
}


// Deliberate difference (j), postgres: a reference given as a table name string (what belongsTo & co.
// store for a target model without schema) from a model in a schema is qualified with the referencing
// model's schema by attributeToSQL, the provider and sync() alike: Book in lib belongsTo Author gives
// REFERENCES "lib"."Authors", a table that does not exist. When no model defines that table in the
// referencing schema but a model without schema does, the reference is made a {tableName} object
// (quoted as that table, not qualified); otherwise it stays. `attributes` are the model's or their
// correctedAttributes copy; returns them when nothing changes, else a copy with copied attributes (the
// models are never mutated).
function pgResolvedAttributes(sequelize, model, attributes) {
  const table = model.getTableName();
  if (typeof table !== 'object' || !table.schema) return attributes;
  const tables = sequelize.modelManager.models.map((m) => m.getTableName());
  let out = attributes;
  for (const key of Object.keys(attributes)) {
    const refs = attributes[key].references;
    if (!refs || typeof refs.model !== 'string') continue;
    const name = refs.model;
    const inSchema = tables.some((t) => typeof t === 'object' && t.schema === table.schema && t.tableName === name);
    const withoutSchema = tables.some((t) => (typeof t === 'string' ? t : t.schema ? null : t.tableName) === name);
    if (inSchema || !withoutSchema) continue;
    if (out === attributes) out = { ...attributes };
    out[key] = { ...attributes[key], references: { ...refs, model: { tableName: name } } };
  }
  return out;
}

// Deliberate difference (f), postgres: the provider calls attributesToSQL with the model options, whose
// `schema` makes a Model-class reference from a schema'd model `"hr"."core.Orgs"`; createTable (sync())
// passes {table, context, withoutForeignKeyConstraints} and gets `"core"."Orgs"`. Its enum types are
// named `"enum_${table}_${key}"` with the table object stringified (`"enum_"app"."Orders"_status"`) and
// take the text from the first '(' to the last ')' (a comment included); ensureEnums creates
// pgEnumName(table, field) `"app"."enum_Orders_status"` with only the values, as the column type says.
// pgEnumName joins the schema with the model's schemaDelimiter, which makes `"inv"_"enum_Items_kind"`
// (invalid in sync() too); postgres puts tables in schemas whatever the delimiter (quoteTable), so the
// type goes there too: the table with '.' as its delimiter, used only where the enum name is built.
function pgSyncTable(table) {
  return table && typeof table === 'object' && table.schema && table.delimiter !== '.' ? { ...table, delimiter: '.' } : table;
}

// What Model.sync() -> QueryInterface#createTable passes on as createTableQuery's options, as far
// as uniqueKeys are concerned (lib/dialects/abstract/query-interface.js createTable): a shallow
// copy of the options, customIndex defaulted to true on each options.uniqueKeys entry, and
// model.uniqueKeys when the options have none. Entries are copied so the model is not mutated.
function syncCreateTableOptions(model) {
  const options = { ...model.options };
  if (options.uniqueKeys) {
    // An array stays an array: createTableQuery names array entries uniq_<table>_<fields>.
    const keys = Array.isArray(options.uniqueKeys) ? [] : {};
    for (const name of Object.keys(options.uniqueKeys)) {
      const entry = { ...options.uniqueKeys[name] };
      if (entry.customIndex === undefined) entry.customIndex = true;
      keys[name] = entry;
    }
    options.uniqueKeys = keys;
  }
  options.uniqueKeys = options.uniqueKeys || model.uniqueKeys;
  return options;
}

// Deliberate difference (l): Model.init collects attributes' named unique keys (`unique: 'name'`,
// `unique: { name }`) in model.uniqueKeys, and createTable uses `options.uniqueKeys || model.uniqueKeys`,
// so a model that also has options.uniqueKeys loses them, the provider and sync() alike. Here: sync()'s
// options, then every model.uniqueKeys entry with customIndex that options.uniqueKeys neither names nor
// already has the fields of (an array of keys gets them appended).
function uniqueKeyOptions(model) {
  const options = syncCreateTableOptions(model);
  if (options.uniqueKeys === model.uniqueKeys || !model.uniqueKeys) return options;
  const given = Object.entries(options.uniqueKeys);
  const sameFields = (a, b) => a.length === b.length && a.every((f, i) => f === b[i]);
  let keys = options.uniqueKeys;
  for (const [name, key] of Object.entries(model.uniqueKeys)) {
    if (!key.customIndex || given.some(([n, k]) => n === name || sameFields(k.fields || [], key.fields))) continue;
    if (keys === options.uniqueKeys) keys = Array.isArray(keys) ? [...keys] : { ...keys };
    if (Array.isArray(keys)) keys.push({ ...key });
    else keys[name] = { ...key };
  }
  return { ...options, uniqueKeys: keys };
}

// Deliberate difference (p): a reference given as a table name string from a model in a schema means, in
// Sequelize, that table in the referencing model's schema: the postgres generator qualifies it
// (`REFERENCES "hr"."Orgs"`) and MariaDB resolves an unqualified name in the referencing table's database.
// The mysql and sqlite dialects have no schemas (tables are `hr.Orgs`) and mssql resolves `[Orgs]` in dbo,
// so the provider's and sync()'s `REFERENCES \`Orgs\`` name a table that does not exist. Where a model of
// that schema defines the table, the reference is that model's table. Returns `attributes` when nothing
// changes, else a copy with the changed attributes copied.
const SCHEMA_REFERENCE_DIALECTS = ['mysql', 'sqlite', 'mssql'];
function schemaReferences(sequelize, model, attributes, dialect, kinds) {
  const table = model.getTableName();
  if (!SCHEMA_REFERENCE_DIALECTS.includes(dialect) || typeof table !== 'object' || !table.schema) return attributes;
  let out = attributes;
  for (const key of Object.keys(attributes)) {
    const refs = attributes[key].references;
    if (!refs || typeof refs.model !== 'string') continue;
    const target = sequelize.modelManager.models.find((m) => {
      const t = m.getTableName();
      return typeof t === 'object' && t.schema === table.schema && t.tableName === refs.model;
    });
    if (!target) continue;
    if (out === attributes) out = { ...attributes };
    out[key] = { ...attributes[key], references: { ...refs, model: target.getTableName() } };
    kinds.add('schemaReference');
  }
  return out;
}

// `fixed` with every attribute that is still the model's own copied, so that a generator that mutates the
// attributes it renders (MSSQL) renders the model's and the corrected ones independently.
function allCopied(fixed, attributes) {
  if (fixed === attributes) return fixed;
  const out = {};
  for (const key of Object.keys(fixed)) out[key] = fixed[key] === attributes[key] ? { ...fixed[key] } : fixed[key];
  return out;
}

// Deliberate difference (k): attribute values the engine refuses in DDL although the model means
// something clear. Returns `attributes` itself when nothing changes, else a copy with copied attributes;
// `kinds` gets each correction's reason.
// - A BOOLEAN default that DataTypes.BOOLEAN accepts on insert (its _sanitize: 'true'/'false' strings,
//   1/0 numbers) but the engine refuses as written: MySQL/MariaDB `TINYINT(1) DEFAULT 'true'` ("Invalid
//   default value"), PostgreSQL `BOOLEAN DEFAULT 1` ("default expression is of type integer"). It is
//   rendered as the boolean (DEFAULT true / false). Other dialects accept the given value.
// - `allowNull: undefined`: postgres and sqlite test `hasOwnProperty('allowNull') && !allowNull` and write
//   NOT NULL, while validation (allowNull === false) and the other dialects mean nullable. The member is
//   dropped there.
const BOOLEAN_DEFAULTS_REFUSED = { mysql: 'string', mariadb: 'string', postgres: 'number' };
const BOOLEAN_SANITIZED = new Map([['true', true], ['false', false], [1, true], [0, false]]);
const ALLOW_NULL_OWN_PROPERTY = ['postgres', 'sqlite'];
function correctedAttributes(attributes, dialect, kinds) {
  let out = attributes;
  const change = (key, kind, edit) => {
    if (out === attributes) out = { ...attributes };
    if (out[key] === attributes[key]) out[key] = { ...attributes[key] };
    edit(out[key]);
    kinds.add(kind);
  };
  for (const key of Object.keys(attributes)) {
    const attribute = attributes[key];
    const value = attribute.defaultValue;
    if (attribute.type && attribute.type.key === 'BOOLEAN' && typeof value === BOOLEAN_DEFAULTS_REFUSED[dialect]) {
      const meant = BOOLEAN_SANITIZED.get(value);
      if (meant !== undefined) change(key, 'booleanDefault', (a) => (a.defaultValue = meant));
    }
    if (ALLOW_NULL_OWN_PROPERTY.includes(dialect) && Object.prototype.hasOwnProperty.call(attribute, 'allowNull') && attribute.allowNull === undefined) {
      change(key, 'allowNullUndefined', (a) => delete a.allowNull);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Parent.

function listCases(names) {
  if (names.length) {
    return names.map((n) => {
      const dir = path.resolve(CASES_DIR, path.basename(n));
      if (!fs.existsSync(path.join(dir, 'models'))) throw new Error(`no such case: ${n} (${dir}/models)`);
      return path.basename(dir);
    });
  }
  return fs
    .readdirSync(CASES_DIR)
    .filter((n) => fs.existsSync(path.join(CASES_DIR, n, 'models')))
    .sort();
}

function spawnChild(caseName, dialect, verbose) {
  return new Promise((resolve) => {
    const child = fork(__filename, ['--child', path.join(CASES_DIR, caseName), dialect], {
      cwd: path.join(CASES_DIR, caseName),
      env: { ...process.env, TZ: 'UTC', NODE_PATH: NODE_MODULES, NODE_OPTIONS: '' },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    let message = null;
    let stderr = '';
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('message', (m) => (message = m));
    const timer = setTimeout(() => child.kill('SIGKILL'), CHILD_TIMEOUT_MS);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (verbose && stderr.trim()) process.stderr.write(`[${caseName}/${dialect}] ${stderr.trim()}\n`);
      if (!message) {
        resolve({ fatal: `child for ${caseName}/${dialect} died (code ${code}, signal ${signal}): ${stderr.trim()}${stdout.trim()}` });
      } else {
        resolve(message);
      }
    });
  });
}

// The note of each deliberate difference (generate()'s reasons), in the order the notes are written.
const REASON_NOTES = [
  [
    'uniqueKeys',
    'unique keys rendered as sequelize.sync() creates them (createTable defaults customIndex to true and ' +
      'falls back to model.uniqueKeys); the Node provider omits them',
  ],
  [
    'booleanDefaults',
    "only whole boolean defaults are rewritten to 1/0; the Node provider and sequelize.sync() rewrite every " +
      "DEFAULT 'true…/'false… prefix (DEFAULT 'trueish' -> DEFAULT 1ish'), which fails on the database",
  ],
  [
    'pgSchemas',
    'enum types and references of schema tables as sequelize.sync() creates them ("app"."enum_Orders_status", ' +
      'REFERENCES "core"."Orgs"; schemaDelimiter is not used in type names); the Node provider emits ' +
      '"enum_"app"."Orders"_status" and "hr"."core.Orgs", which fail on the database',
  ],
  [
    'pgPlainReference',
    'a reference from a schema table to a table only a model without schema defines names that table ' +
      '(REFERENCES "Authors"); the Node provider and sequelize.sync() qualify it with the referencing schema ' +
      '("lib"."Authors"), a table that does not exist',
  ],
  [
    'pgDefaultFk',
    'cycle pass: a foreign key column with a default gets SET DEFAULT <value>; and ADD FOREIGN KEY; the Node ' +
      'provider and sequelize.sync() emit SET DEFAULT <value> REFERENCES …, which fails on the database',
  ],
  [
    'dottedIndex',
    'indexes of a table whose name contains a dot go on that table, named as one identifier (CREATE INDEX "a.b_code" ' +
      'ON "a.b"); the Node provider and sequelize.sync() split both names ("a"."b_code" ON "a"."b"), which fails on the database',
  ],
  [
    'syncIndexes',
    'a JSONB attribute with index: true gets the GIN index sequelize.sync() creates (USING gin); the Node provider ' +
      'reads only options.indexes and leaves it out',
  ],
  [
    'attributeUniqueKeys',
    "named unique keys of attributes (unique: 'name') are kept beside options.uniqueKeys; the Node provider and " +
      'sequelize.sync() use options.uniqueKeys || model.uniqueKeys and drop them',
  ],
  [
    'booleanDefault',
    "a BOOLEAN default the engine refuses as written ('true'/'false' on MySQL/MariaDB, 1/0 on PostgreSQL) is " +
      'rendered as the boolean Sequelize reads it as; the Node provider and sequelize.sync() write it as given, which fails on the database',
  ],
  [
    'allowNullUndefined',
    'allowNull: undefined is nullable, as Sequelize validates it and as MySQL/MSSQL render it; the Node provider and ' +
      'sequelize.sync() write NOT NULL on PostgreSQL and SQLite',
  ],
  [
    'virtualByType',
    "an attribute is left out only when its type is DataTypes.VIRTUAL, as sequelize.sync() does; the Node provider " +
      "drops every column whose SQL starts with VIRTUAL (a raw type 'VIRTUAL_THING')",
  ],
  [
    'quotedText',
    "createTableQuery's text surgery (PRIMARY KEY, REFERENCES, COMMENT, SERIAL, INT) does not look inside quoted " +
      "strings and names; the Node provider and sequelize.sync() also edit the text of defaults, comments and enum " +
      "values (a default 'see COMMENT here' is cut open, a comment 'not a PRIMARY KEY' adds the column to the key)",
  ],
  [
    'rowidDefault',
    'an INTEGER PRIMARY KEY keeps its DEFAULT (INTEGER PRIMARY KEY DEFAULT 5); the Node provider and ' +
      'sequelize.sync() replace the whole column definition and drop it',
  ],
  [
    'schemaReference',
    "a string reference from a schema table to a table of the same schema names that table, as postgres and MariaDB " +
      "resolve it; the Node provider and sequelize.sync() write the bare name, a table that does not exist here",
  ],
  [
    'indexFields',
    'index fields naming an attribute are emitted as its column name (underscored / field); the Node provider ' +
      'and sequelize.sync() quote the attribute name, which fails on the database',
  ],
];

// Turns one child result into { fileName: contents | null } (null = must not exist).
function filesFor(result) {
  const d = result.dialect;
  const files = { [`${d}.sql`]: null, [`${d}.error`]: null, [`${d}.schema.json`]: result.schema || null };
  if (result.error !== undefined) {
    files[`${d}.error`] = result.error + '\n';
    return files;
  }
  const plain = result.stdout + (result.pos || '') + result.plainSql + '\n';
  const ours = (result.pos || '') + result.sql + '\n';
  const notes = [];
  if (result.app) {
    notes.push(`loaded the way the application does (${APP_ENTRY}, real Sequelize); the Node provider cannot load this folder`);
  }
  if (result.mixed) {
    notes.push('loads the *.js factories, then the *.ts classes (sequelize-typescript) of one folder; each Node provider reads one kind');
  }
  if (result.cjs && result.cjs.length > 0) {
    notes.push(`loads ${result.cjs.join(', ')} like a .js model file; the Node provider reads only *.js`);
  }
  if (result.esm && result.esm.length > 0) {
    notes.push(`loads ${result.esm.join(', ')} as ES modules (the default export is the model function); the Node provider reads only *.js and require()s them`);
  }
  if (result.standIns && result.standIns.length > 0) {
    notes.push(`${result.standIns.join(', ')}: not installed next to the models, the models get an inert stand-in; the Node provider fails on a missing package`);
  }
  const providerErrors = result.providerErrors || [];
  if (plain !== ours || providerErrors.length > 0) {
    const reasons = result.reasons || [];
    for (const message of providerErrors) {
      notes.push(`the Node provider and sequelize.sync() throw "${message}" here and print no DDL`);
    }
    for (const [reason, note] of REASON_NOTES) if (reasons.includes(reason)) notes.push(note);
    if (result.stdout !== '') {
      const lines = result.stdout.replace(/\n$/, '').split('\n');
      notes.push(
        `the Node provider prints ${lines.length} log line(s) on stdout before the DDL; sequelize-ddl writes them to stderr:`,
      );
      for (const line of lines) notes.push('  ' + line);
    }
  }
  files[`${d}.sql`] = notes.map((n) => NOTE + n + '\n').join('') + ours;
  return files;
}

async function runAll(cases, jobs, verbose) {
  const tasks = [];
  for (const c of cases) for (const d of DIALECTS) tasks.push({ c, d });
  const results = new Array(tasks.length);
  let next = 0;
  async function worker() {
    while (next < tasks.length) {
      const i = next++;
      results[i] = { caseName: tasks[i].c, result: await spawnChild(tasks[i].c, tasks[i].d, verbose) };
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, jobs) }, worker));
  return results;
}

async function main(argv) {
  const args = argv.slice(2);
  if (args[0] === '--child') return runChild(args[1], args[2]);
  let check = false;
  let verbose = false;
  let jobs = Math.max(2, os.cpus().length);
  const names = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--check') check = true;
    else if (args[i] === '--verbose') verbose = true;
    else if (args[i] === '--jobs') jobs = Number(args[++i]);
    else if (args[i].startsWith('-')) throw new Error(`unknown option ${args[i]}`);
    else names.push(args[i]);
  }
  if (!fs.existsSync(path.join(NODE_MODULES, 'sequelize'))) {
    throw new Error(`${NODE_MODULES} is missing: run npm ci in ${ORACLE_DIR} (or regenerate.sh)`);
  }
  const cases = listCases(names);
  const started = Date.now();
  const results = await runAll(cases, jobs, verbose);
  const fatal = results.filter((r) => r.result.fatal);
  if (fatal.length) {
    for (const f of fatal) process.stderr.write(f.result.fatal + '\n');
    process.exitCode = 2;
    return;
  }
  const changed = [];
  for (const { caseName, result } of results) {
    const dir = path.join(CASES_DIR, caseName, 'expected');
    for (const [name, contents] of Object.entries(filesFor(result))) {
      const file = path.join(dir, name);
      const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
      if (current === contents) continue;
      changed.push(path.relative(path.join(ORACLE_DIR, '..'), file) + (contents === null ? ' (delete)' : ''));
      if (check) continue;
      if (contents === null) fs.unlinkSync(file);
      else {
        fs.mkdirSync(dir, { recursive: true });
        fs.writeFileSync(file, contents);
      }
    }
  }
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (check) {
    if (changed.length) {
      process.stdout.write(`${changed.length} expected file(s) out of date:\n` + changed.map((c) => '  ' + c + '\n').join(''));
      process.exitCode = 1;
    } else {
      process.stdout.write(`${cases.length} case(s) x ${DIALECTS.length} dialects up to date (${secs}s)\n`);
    }
  } else {
    process.stdout.write(changed.map((c) => 'wrote ' + c + '\n').join(''));
    process.stdout.write(`${cases.length} case(s) x ${DIALECTS.length} dialects, ${changed.length} file(s) changed (${secs}s)\n`);
  }
}

// scripts.js's stand-ins for the Node providers (providers.js) reuse the pipeline.
module.exports = { generate, classPositions, positionLines, registerTsNode, DIALECTS }; // registerTsNode: load-models.js's

if (require.main === module) {
  main(process.argv).catch((e) => {
    process.stderr.write(util.format(e) + '\n');
    process.exitCode = 2;
  });
}
