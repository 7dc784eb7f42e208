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

module.exports = { replaceWholeBooleanDefaults };
