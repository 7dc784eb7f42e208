'use strict';
// Dev only (not shipped): runs the shim on a models directory the way Java does, in a fresh V8
// context that has nothing but `__host` (no process, Buffer, console, require).
// Usage: node js-shim/dev/run-shim.js <modelsDir> <dialect>   → schema JSON on stdout
const fs = require('fs');
const path = require('path');
const vm = require('vm');

const SHIM = path.resolve(__dirname, '..');

function listModelFiles(dir) {
  // Like Java's ModelLoader: non-recursive, *.js and *.cjs except index.js, byte order (the Node
  // provider itself ignores .cjs; sequelize-ddl loads them on purpose).
  return fs.readdirSync(dir).filter((f) => /\.c?js$/.test(f) && f !== 'index.js' && fs.statSync(path.join(dir, f)).isFile())
    .sort((a, b) => (Buffer.from(a) < Buffer.from(b) ? -1 : Buffer.compare(Buffer.from(a), Buffer.from(b))));
}

function runShim(modelsDir, dialect, { warn } = {}) {
  const root = path.resolve(modelsDir);
  const warnings = [];
  let context;
  const host = {
    readFile(p) {
      return fs.readFileSync(p, 'utf8');
    },
    stat(p) {
      try {
        const s = fs.statSync(p);
        return s.isFile() ? 'file' : s.isDirectory() ? 'dir' : null;
      } catch (e) {
        return null;
      }
    },
    listDir(p) {
      return fs.readdirSync(p).sort();
    },
    readShim(name) {
      const p = path.join(SHIM, name);
      return fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : null;
    },
    compile(displayName, source) {
      return new vm.Script(source, { filename: displayName }).runInContext(context);
    },
    warn(message) {
      warnings.push(String(message));
      if (warn) warn(String(message));
    },
  };
  context = vm.createContext({ __host: host });
  host.compile('js-shim/index.js', fs.readFileSync(path.join(SHIM, 'index.js'), 'utf8'));
  const files = listModelFiles(root);
  const json = context.__sequelizeDdl.load({ root, files, dialect });
  return { json, warnings, files };
}

module.exports = { runShim, listModelFiles };

if (require.main === module) {
  const [dir, dialect] = process.argv.slice(2);
  const { json } = runShim(dir, dialect, { warn: (m) => process.stderr.write(`warn: ${m}\n`) });
  process.stdout.write(JSON.stringify(JSON.parse(json), null, 2) + '\n');
}
