'use strict';
// Deliberate differences from the Node provider that are applied by patching real Sequelize's own
// query generator, shared by generate.js (expected files) and the generator fragment fixtures
// (src/test/resources/dev/sequelizeddl/ddl/fragments.js), so both describe the same corrected SQL.

// Difference (e): SQLite's createTableQuery ends with replaceBooleanDefaults(sql),
// `sql.replace(/DEFAULT '?false'?/g, 'DEFAULT 0').replace(/DEFAULT '?true'?/g, 'DEFAULT 1')` over the
// whole statement, so a string default that merely starts with true/false is cut open
// (`DEFAULT 'trueish'` -> `DEFAULT 1ish'`, a syntax error; sync() sends the same). Only a whole
// default value true/false/'true'/'false' is rewritten here, which is what the rewrite is for.
function replaceWholeBooleanDefaults(sql) {
  return sql.replace(/DEFAULT (?:'false'|false)(?![\w'])/g, 'DEFAULT 0').replace(/DEFAULT (?:'true'|true)(?![\w'])/g, 'DEFAULT 1');
}

// Difference (n): every dialect's createTableQuery edits each attribute's SQL fragment by searching
// its text (includes/replace/indexOf/regexes for "PRIMARY KEY", "REFERENCES", "COMMENT ", "SERIAL",
// "INT", "NOT NULL", "ENUM(…)"), and the search also hits the user's text inside quoted strings and
// names: a default 'see COMMENT here' cuts the postgres statement inside the string, a MySQL comment
// 'not a PRIMARY KEY at all' adds the column to the primary key, a SQLite text key with default
// 'INTRO' becomes INTEGER PRIMARY KEY (the provider and sync() alike). Here Sequelize's own
// createTableQuery runs on fragments whose quoted text (string literals, quoted identifiers) is
// replaced by a placeholder that contains none of those words, and the text is put back into the
// statement afterwards:
//   - string literals '…' ('' doubled; on mysql/mariadb also backslash escapes), identifiers in the
//     dialect's quotes (` on mysql/mariadb/sqlite, " on postgres, […] on mssql);
//   - postgres and mssql append the column comment raw (` COMMENT text`, escaped later by
//     createTableQuery itself): masking stops at the first "COMMENT " outside quoted text;
//   - sqlite keeps the literals 'true' and 'false' (they contain no such word) so that the boolean
//     rewrite at the end of createTableQuery still sees DEFAULT 'true'/'false' and nothing inside
//     other strings;
//   - a fragment with an unterminated quote is left as it is; if any fragment contains a placeholder
//     character (U+E000, U+E001) nothing is masked.
// The placeholder of the n-th quoted text of the call is U+E000 n U+E001.
const OPEN = '\uE000';
const CLOSE = '\uE001';

// The index of the quote that closes the string literal opening at `start`, or -1.
function literalEnd(text, start, backslashEscapes) {
  for (let j = start + 1; j < text.length; j++) {
    const c = text[j];
    if (backslashEscapes && c === '\\') j++;
    else if (c === "'") {
      if (text[j + 1] !== "'") return j;
      j++;
    }
  }
  return -1;
}

// `fragment` with its quoted text replaced by placeholders numbered from quoted.length on; the
// quoted text is appended to `quoted`.
function maskQuoted(fragment, dialect, quoted) {
  const backslashEscapes = dialect === 'mysql' || dialect === 'mariadb';
  const rawComment = dialect === 'postgres' || dialect === 'mssql';
  const nameOpen = dialect === 'postgres' ? '"' : dialect === 'mssql' ? '[' : '`';
  const nameClose = dialect === 'mssql' ? ']' : nameOpen;
  const found = [];
  let out = '';
  let i = 0;
  while (i < fragment.length) {
    if (rawComment && fragment.startsWith('COMMENT ', i)) {
      out += fragment.substring(i);
      break;
    }
    const c = fragment[i];
    if (c !== "'" && c !== nameOpen) {
      out += c;
      i++;
      continue;
    }
    const end = c === "'" ? literalEnd(fragment, i, backslashEscapes) : fragment.indexOf(nameClose, i + 1);
    if (end === -1) return fragment;
    const text = fragment.substring(i, end + 1);
    if (dialect === 'sqlite' && (text === "'true'" || text === "'false'")) {
      out += text;
    } else {
      out += OPEN + (quoted.length + found.length) + CLOSE;
      found.push(text);
    }
    i = end + 1;
  }
  quoted.push(...found);
  return out;
}

// createTableQuery (a function of the query generator) run with the quoted text kept out of its reach.
function outsideQuotedText(dialect, createTableQuery) {
  return function (tableName, attributes, options) {
    const keys = Object.keys(attributes);
    if (keys.some((k) => typeof attributes[k] !== 'string' || attributes[k].includes(OPEN) || attributes[k].includes(CLOSE))) {
      return createTableQuery.call(this, tableName, attributes, options);
    }
    const quoted = [];
    const masked = {};
    for (const k of keys) masked[k] = maskQuoted(attributes[k], dialect, quoted);
    const sql = createTableQuery.call(this, tableName, masked, options);
    return sql.replace(/\uE000(\d+)\uE001/g, (m, n) => (Number(n) < quoted.length ? quoted[Number(n)] : m));
  };
}

// Difference (o), SQLite: createTableQuery replaces the whole fragment of an INT primary key by
// `INTEGER PRIMARY KEY[ AUTOINCREMENT]` (+ its REFERENCES clause), which drops the key's DEFAULT
// (`pk: {type: INTEGER, primaryKey: true, defaultValue: 5}`; the provider and sync() alike). Here
// Sequelize's own function with the fragment's `DEFAULT …` clause (up to ` [UNIQUE ]PRIMARY KEY`) kept
// after it: `INTEGER PRIMARY KEY DEFAULT 5`. `qg` is a sqlite query generator.
function sqliteCreateTableQueryKeepingDefault(qg) {
  const proto = Object.getPrototypeOf(qg);
  let src = proto.createTableQuery.toString();
  const from = 'dataTypeString = containsAutoIncrement ? "INTEGER PRIMARY KEY AUTOINCREMENT" : "INTEGER PRIMARY KEY";';
  if (!src.includes(from)) throw new Error('oracle: sqlite createTableQuery is not the one of Sequelize 6.37.8');
  src = src.replace(from, () => from + ' const kept = / (DEFAULT .*?)(?: UNIQUE)? PRIMARY KEY/.exec(dataType); if (kept) dataTypeString += " " + kept[1];');
  // the function's one free variable besides `this` is lodash's `_` (uniqueKeys)
  return new Function('_', `return ({ ${src} }).createTableQuery;`)(require('lodash'));
}

// The query generator `qg` of `dialect` with differences (e), (n) and (o) installed on the instance
// (the fragment fixtures describe the corrected generator, as the Java one is).
function installCreateTableCorrections(qg, dialect) {
  if (dialect === 'sqlite') qg.replaceBooleanDefaults = replaceWholeBooleanDefaults;
  const createTableQuery = dialect === 'sqlite' ? sqliteCreateTableQueryKeepingDefault(qg) : qg.createTableQuery;
  qg.createTableQuery = outsideQuotedText(dialect, createTableQuery);
}

module.exports = { replaceWholeBooleanDefaults, outsideQuotedText, sqliteCreateTableQueryKeepingDefault, installCreateTableCorrections };
