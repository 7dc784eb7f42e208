'use strict';
// The little of Node that model files touch at definition time, for code that runs in GraalJS:
// `global`, a `process` with an (empty unless the host supplies one) `env`, and `path` (POSIX).
// Anything else from Node stays unavailable on purpose.

const { normalize, dirname, join } = require('./require');

function basename(p, ext) {
  const base = p.replace(/\/+$/, '').slice(p.replace(/\/+$/, '').lastIndexOf('/') + 1);
  return ext && base.endsWith(ext) && base !== ext ? base.slice(0, -ext.length) : base;
}

function extname(p) {
  const base = basename(p);
  const i = base.lastIndexOf('.');
  return i <= 0 ? '' : base.slice(i);
}

function joinAll(...parts) {
  const joined = parts.filter((x) => x !== '').join('/');
  if (joined === '') return '.';
  const abs = joined.startsWith('/');
  const n = normalize(joined);
  return abs ? n : n.slice(1) || '.';
}

function makePath(cwd) {
  const path = {
    sep: '/',
    delimiter: ':',
    basename,
    extname,
    dirname: (p) => (p.includes('/') ? dirname(p) : '.'),
    join: joinAll,
    normalize: (p) => (p.startsWith('/') ? normalize(p) : joinAll(p)),
    isAbsolute: (p) => p.startsWith('/'),
    resolve: (...parts) => parts.reduce((acc, p) => (p.startsWith('/') ? normalize(p) : join(acc, p)), cwd),
    relative(from, to) {
      const a = path.resolve(from).split('/').filter(Boolean);
      const b = path.resolve(to).split('/').filter(Boolean);
      let i = 0;
      while (i < a.length && i < b.length && a[i] === b[i]) i++;
      return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
    },
    parse(p) {
      const base = basename(p);
      const ext = extname(p);
      return { root: p.startsWith('/') ? '/' : '', dir: path.dirname(p), base, ext, name: ext ? base.slice(0, -ext.length) : base };
    },
    format: (o) => `${o.dir || o.root || ''}${o.dir ? '/' : ''}${o.base || `${o.name || ''}${o.ext || ''}`}`,
  };
  path.posix = path;
  return path;
}

function installGlobals(global, { cwd, env }) {
  if (typeof global.global === 'undefined') global.global = global;
  if (typeof global.process === 'undefined') {
    global.process = {
      env: env || {},
      argv: [],
      platform: 'linux',
      version: 'v20.0.0',
      versions: { node: '20.0.0' },
      cwd: () => cwd,
      exit() {
        throw new Error('process.exit() called by a model file');
      },
      nextTick: (fn, ...args) => { Promise.resolve().then(() => fn(...args)); },
      emitWarning: (w) => { console.warn(String(w)); },
    };
  }
}

module.exports = { makePath, installGlobals };
