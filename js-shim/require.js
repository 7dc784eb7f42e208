'use strict';
// CommonJS for the user's model files on top of `__host` (no Node): relative and absolute files
// (`./x`, `./x.js`, `./x.json`, `./x.cjs`, `./x.ts`, `./dir` via package.json "main" or index.js), one
// module cache, require cycles with partial exports, `__filename` / `__dirname` / `module` /
// `exports`. Bare names: first `packages(request)` (the sequelize shim, `path`), then
// node_modules folders up from the requiring file (only where __host lets us read), else a clear
// "Cannot find module" error.

const NODE_BUILTINS = new Set(['assert', 'async_hooks', 'buffer', 'child_process', 'cluster', 'console', 'crypto',
  'dgram', 'dns', 'events', 'fs', 'fs/promises', 'http', 'http2', 'https', 'module', 'net', 'os', 'perf_hooks',
  'process', 'querystring', 'readline', 'stream', 'string_decoder', 'timers', 'tls', 'tty', 'url', 'util', 'v8', 'vm',
  'worker_threads', 'zlib']);

const WRAPPER = '(function (exports, require, module, __filename, __dirname) {';

function normalize(path) {
  const out = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return '/' + out.join('/');
}

function dirname(path) {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

function join(base, rel) {
  return normalize(rel.startsWith('/') ? rel : `${base}/${rel}`);
}

// host: { readFile, stat, compile }; packages: (request) => module exports or undefined.
function createLoader(host, packages) {
  const cache = Object.create(null);

  // TypeScript files (transpiled by __host.transpile) come after Node's own extensions, as with
  // ts-node; `./x.js` written in a TypeScript file also finds `x.ts`.
  function asFile(path) {
    if (host.stat(path) === 'file') return path;
    for (const ext of ['.js', '.json', '.cjs', '.ts']) {
      if (host.stat(path + ext) === 'file') return path + ext;
    }
    const js = /\.(c?)js$/.exec(path);
    if (js && host.stat(`${path.slice(0, -js[0].length)}.${js[1]}ts`) === 'file') return `${path.slice(0, -js[0].length)}.${js[1]}ts`;
    return null;
  }

  function asDirectory(path) {
    if (host.stat(path) !== 'dir') return null;
    const pkgPath = `${path}/package.json`;
    if (host.stat(pkgPath) === 'file') {
      let main;
      try {
        main = JSON.parse(host.readFile(pkgPath)).main;
      } catch (e) {
        throw new Error(`Invalid package.json ${pkgPath}: ${e.message}`);
      }
      if (typeof main === 'string' && main) {
        const target = join(path, main);
        const found = asFile(target) || asFile(`${target}/index`);
        if (found) return found;
      }
    }
    return asFile(`${path}/index`);
  }

  function resolve(request, fromDir) {
    const path = join(fromDir, request);
    return asFile(path) || asDirectory(path);
  }

  // package.json "exports" ("." as a string or with require/node/default conditions), else main.
  function packageEntry(dir) {
    const pkgPath = `${dir}/package.json`;
    if (host.stat(pkgPath) !== 'file') return asFile(`${dir}/index`);
    let pkg;
    try {
      pkg = JSON.parse(host.readFile(pkgPath));
    } catch (e) {
      throw new Error(`Invalid package.json ${pkgPath}: ${e.message}`);
    }
    let entry = pkg.exports;
    if (entry && typeof entry === 'object' && !Array.isArray(entry) && '.' in entry) entry = entry['.'];
    while (entry && typeof entry === 'object' && !Array.isArray(entry)) entry = entry.require || entry.node || entry.default;
    if (typeof entry === 'string') return asFile(join(dir, entry));
    return asDirectory(dir);
  }

  function resolveNodeModule(request, fromDir) {
    const parts = request.split('/');
    const nameLength = request.startsWith('@') ? 2 : 1;
    const name = parts.slice(0, nameLength).join('/');
    const sub = parts.slice(nameLength).join('/');
    for (let dir = fromDir; ; dir = dirname(dir)) {
      if (!dir.endsWith('/node_modules')) {
        const pkgDir = `${dir === '/' ? '' : dir}/node_modules/${name}`;
        if (host.stat(pkgDir) === 'dir') {
          const found = sub ? resolve(sub, pkgDir) : packageEntry(pkgDir);
          if (found) return found;
        }
      }
      if (dir === '/') return null;
    }
  }

  function notFound(request, parent) {
    const err = new Error(`Cannot find module '${request}'${parent ? ` (required from ${parent.filename})` : ''}`);
    err.code = 'MODULE_NOT_FOUND';
    return err;
  }

  function makeRequire(parent) {
    const fromDir = parent ? parent.path : '/';
    function require(request) {
      if (typeof request !== 'string' || request === '') {
        throw new TypeError(`The "id" argument must be a non-empty string. Received ${String(request)}`);
      }
      const isPath = request.startsWith('./') || request.startsWith('../') || request.startsWith('/') || request === '.' || request === '..';
      if (!isPath) {
        const name = request.startsWith('node:') ? request.slice(5) : request;
        const pkg = packages(name);
        if (pkg !== undefined) return pkg;
        if (NODE_BUILTINS.has(name)) {
          throw new Error(`Cannot find module '${request}': Node's built-in modules are not available to model files in sequelize-ddl${parent ? ` (required from ${parent.filename})` : ''}`);
        }
        const found = resolveNodeModule(request, fromDir);
        if (found) return load(found, parent);
        throw notFound(request, parent);
      }
      const filename = resolve(request, fromDir);
      if (!filename) throw notFound(request, parent);
      return load(filename, parent);
    }
    require.resolve = (request) => {
      const filename = resolve(request, fromDir);
      if (!filename) throw notFound(request, parent);
      return filename;
    };
    require.cache = cache;
    return require;
  }

  function load(filename, parent) {
    const cached = cache[filename];
    if (cached) {
      // As Node: a module required again is a child of each requirer (the loader reads the graph).
      if (parent && !parent.children.includes(cached)) parent.children.push(cached);
      return cached.exports;
    }
    const module = {
      id: filename, filename, path: dirname(filename), exports: {}, loaded: false, children: [], parent: parent || null,
      paths: [],
    };
    if (parent) parent.children.push(module);
    cache[filename] = module;
    const text = host.readFile(filename);
    try {
      if (filename.endsWith('.json')) {
        try {
          module.exports = JSON.parse(text);
        } catch (e) {
          throw new Error(`${filename}: ${e.message}`);
        }
      } else {
        run(module, text);
      }
    } catch (e) {
      delete cache[filename];
      throw e;
    }
    module.loaded = true;
    return module.exports;
  }

  function run(module, fileText) {
    const text = /\.[cm]?tsx?$/.test(module.filename) ? host.transpile(module.filename) : fileText;
    // The wrapper shares the file's first line, so line numbers in stack traces stay right.
    const body = text.startsWith('#!') ? `//${text.slice(2)}` : text;
    const source = `${WRAPPER}${body}\n})`;
    let fn;
    try {
      fn = host.compile(module.filename, source);
    } catch (e) {
      const esm = /^[ \t]*(import[\s{*'"]|export\s)/m.exec(body);
      if (esm) {
        const line = body.slice(0, esm.index).split('\n').length;
        throwAt(module.filename, line,
          'ES module syntax (import/export) is not supported in model files; use CommonJS (require / module.exports)');
      }
      throw e;
    }
    const require = makeRequire(module);
    require.main = module;
    fn.call(module.exports, module.exports, require, module, module.filename, module.path);
  }

  // Throws from code compiled under the user's file name, at column 1 of `line` (behind the usual
  // wrapper, which Java discounts on line 1), so the reported location is the user's.
  function throwAt(filename, line, message) {
    // The call `exports()` at column 1 is the first user frame of the error thrown behind it.
    const at = host.compile(filename, `${WRAPPER}${'\n'.repeat(Math.max(0, line - 1))}exports();\n})`);
    at(() => { throw new Error(message); });
  }

  return {
    // Resolves like require() from the root (so `root/user` finds user.js) and loads.
    requireFile(path) {
      const filename = asFile(normalize(path)) || asDirectory(normalize(path));
      if (!filename) throw notFound(path, null);
      return load(filename, null);
    },
    join,
    dirname,
    cache,
  };
}

module.exports = { createLoader, normalize, dirname, join };
