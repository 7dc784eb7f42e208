'use strict';
// The Node built-ins model files get (each built on first use, once per load): path, util, events,
// buffer, crypto, fs (read-only, below the models folder), os, assert, url, module (createRequire),
// process and console; and the inert stand-in (stand-in.js) for a package that is not installed or
// a built-in that is not provided, announced by one warning line per package on stderr. Built-ins
// that reach outside the process (require.js BLOCKED_BUILTINS) never get here: they fail.

const { standIn } = require('./stand-in');

const PROVIDED = ['path', 'path/posix', 'util', 'util/types', 'sys', 'events', 'buffer', 'crypto', 'fs', 'fs/promises', 'os',
  'assert', 'assert/strict', 'url', 'module', 'process', 'console'];

// host: __host; path: the shim's path module (cwd = models folder); createRequire(filename) → require.
function createBuiltins({ host, path, createRequire }) {
  const built = new Map();
  const makers = {
    path: () => path,
    'path/posix': () => path,
    util: () => require('./util'),
    sys: () => require('./util'),
    'util/types': () => require('./util').types,
    events: () => require('./events'),
    buffer: () => require('./buffer'),
    crypto: () => require('./crypto').makeCrypto(host),
    fs: () => require('./fs').makeFs(host, (p) => path.resolve(p)),
    'fs/promises': () => builtin('fs').promises,
    os: () => require('./os'),
    assert: () => require('./assert'),
    'assert/strict': () => require('./assert'),
    url: () => require('./url'),
    module: () => {
      const { fileURLToPath } = require('./url');
      const toPath = (f) => (typeof f === 'string' && !f.startsWith('file:') ? f : fileURLToPath(f));
      return { createRequire: (f) => createRequire(toPath(f)), builtinModules: PROVIDED.slice(), isBuiltin: (n) => PROVIDED.includes(String(n).replace(/^node:/, '')) };
    },
    process: () => globalThis.process,
    console: () => globalThis.console,
  };
  function builtin(name) {
    if (!Object.prototype.hasOwnProperty.call(makers, name)) return undefined;
    if (!built.has(name)) built.set(name, makers[name]());
    return built.get(name);
  }

  // One stand-in per request, one warning per package (or built-in), naming the first file that asked.
  const standIns = new Map();
  const warned = new Set();
  function missing(request, parent, isBuiltin) {
    const name = isBuiltin ? request : request.split('/').slice(0, request.startsWith('@') ? 2 : 1).join('/');
    if (!warned.has(name)) {
      warned.add(name);
      const who = parent && parent.filename ? parent.filename : 'a model file';
      host.warn(isBuiltin
        ? `sequelize-ddl: warning: Node built-in '${name}' is not available; ${who} gets an inert stand-in`
        : `sequelize-ddl: warning: package '${name}' is not installed; ${who} gets an inert stand-in`);
    }
    if (!standIns.has(request)) standIns.set(request, standIn(request));
    return standIns.get(request);
  }

  // Node's globals that belong to these modules, built when first read.
  function installGlobals(global) {
    const lazy = (name, get) => {
      if (name in global) return;
      Object.defineProperty(global, name, {
        configurable: true,
        enumerable: false,
        get() {
          const value = get();
          Object.defineProperty(global, name, { value, configurable: true, writable: true, enumerable: false });
          return value;
        },
        set(value) {
          Object.defineProperty(global, name, { value, configurable: true, writable: true, enumerable: false });
        },
      });
    };
    lazy('Buffer', () => builtin('buffer').Buffer);
    lazy('URL', () => builtin('url').URL);
    lazy('URLSearchParams', () => builtin('url').URLSearchParams);
  }

  return { builtin, missing, installGlobals };
}

module.exports = { createBuiltins, PROVIDED };
