'use strict';
// CommonJS for the user's model files on top of `__host` (no Node): relative and absolute files
// (`./x`, `./x.js`, `./x.json`, `./x.cjs`, `./x.mjs`, `./x.ts`, `./dir` via package.json "main" or
// index.js), one module cache, require cycles with partial exports, `__filename` / `__dirname` /
// `module` / `exports`. ES modules (`.mjs`, `.js` under "type": "module", import/export syntax in a
// `.js` file) are turned into CommonJS on the JVM (`__host.esm`, lines kept) and run in a wrapper
// of their own (no require / __dirname; `import.meta`). Bare names: first `packages(request)` (the
// sequelize shim and the Node built-ins of js-shim/node), then node_modules folders up from the
// requiring file (only where __host lets us read; package.json "exports" with the require or import
// conditions, else "main"), else `options.missing(request, parent)` (an inert stand-in), else a
// clear "Cannot find module" error.

const NODE_BUILTINS = new Set(['assert', 'assert/strict', 'async_hooks', 'buffer', 'child_process', 'cluster', 'console',
  'constants', 'crypto', 'dgram', 'diagnostics_channel', 'dns', 'dns/promises', 'domain', 'events', 'fs', 'fs/promises',
  'http', 'http2', 'https', 'inspector', 'module', 'net', 'os', 'path', 'path/posix', 'perf_hooks', 'process', 'punycode',
  'querystring', 'readline', 'repl', 'stream', 'stream/promises', 'string_decoder', 'sys', 'timers', 'timers/promises',
  'tls', 'trace_events', 'tty', 'url', 'util', 'util/types', 'v8', 'vm', 'wasi', 'worker_threads', 'zlib']);
// Built-ins that reach outside the process (or run code out of the sandbox's sight): always an error,
// never a stand-in.
const BLOCKED_BUILTINS = new Set(['child_process', 'cluster', 'dgram', 'dns', 'dns/promises', 'http', 'http2', 'https',
  'inspector', 'net', 'repl', 'tls', 'vm', 'wasi', 'worker_threads']);

const WRAPPER = '(function (exports, require, module, __filename, __dirname) {';
// ES modules converted by __host.esm use these names (ts/EsmToCommonJs JS_REQUIRE …): an ES module may
// declare `require` or `__dirname` itself.
const ESM_WRAPPER = '(function (__sd_exports, __sd_require, __sd_module, __sd_meta) {';
const ESM_SYNTAX = /^[ \t]*(import[\s{*'"]|export\s)/m;

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

// host: { readFile, stat, compile, esm }; packages: (request) => module exports or undefined;
// options.missing(request, parentModule): what a bare name that resolves nowhere gives (else an error).
function createLoader(host, packages, options = {}) {
  const cache = Object.create(null);
  const packageTypes = Object.create(null);

  // TypeScript files (transpiled by __host.transpile) come after Node's own extensions, as with
  // ts-node; `./x.js` written in a TypeScript file also finds `x.ts`.
  function asFile(path) {
    if (host.stat(path) === 'file') return path;
    for (const ext of ['.js', '.json', '.cjs', '.mjs', '.ts']) {
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

  function readPackage(pkgPath) {
    try {
      return JSON.parse(host.readFile(pkgPath));
    } catch (e) {
      throw new Error(`Invalid package.json ${pkgPath}: ${e.message}`);
    }
  }

  // A package.json "exports" target for `subpath` ('.' or './x'): exact keys, then "./*" patterns; the
  // first matching condition of `conditions` (require or import, then node, default) in object order.
  function exportsTarget(exportsField, subpath, conditions) {
    let entry = exportsField;
    const keyed = entry && typeof entry === 'object' && !Array.isArray(entry) && Object.keys(entry).some((k) => k.startsWith('.'));
    if (keyed) {
      entry = undefined;
      if (Object.prototype.hasOwnProperty.call(exportsField, subpath)) entry = exportsField[subpath];
      else {
        for (const key of Object.keys(exportsField)) {
          const star = key.indexOf('*');
          if (star < 0) continue;
          const head = key.slice(0, star);
          const tail = key.slice(star + 1);
          if (subpath.startsWith(head) && subpath.endsWith(tail) && subpath.length >= head.length + tail.length) {
            const match = subpath.slice(head.length, subpath.length - tail.length);
            entry = JSON.parse(JSON.stringify(exportsField[key]).split('*').join(match));
            break;
          }
        }
      }
    } else if (subpath !== '.') {
      return undefined;
    }
    const pick = (value) => {
      if (typeof value === 'string' || value === null) return value;
      if (Array.isArray(value)) {
        for (const v of value) {
          const r = pick(v);
          if (typeof r === 'string') return r;
        }
        return undefined;
      }
      if (value && typeof value === 'object') {
        for (const key of Object.keys(value)) {
          if (conditions.includes(key)) {
            const r = pick(value[key]);
            if (r !== undefined) return r;
          }
        }
      }
      return undefined;
    };
    return pick(entry);
  }

  // A package folder's entry for `sub` ('' = the package itself): "exports", else main / the file.
  function packageEntry(dir, sub, conditions) {
    const pkgPath = `${dir}/package.json`;
    const pkg = host.stat(pkgPath) === 'file' ? readPackage(pkgPath) : null;
    if (pkg && pkg.exports !== undefined && pkg.exports !== null) {
      const target = exportsTarget(pkg.exports, sub ? `./${sub}` : '.', conditions);
      if (typeof target === 'string') return asFile(join(dir, target));
      if (!sub || Object.keys(pkg.exports).some((k) => k.startsWith('.'))) return null;
    }
    if (sub) return resolve(sub, dir);
    return pkg ? asDirectory(dir) : asFile(`${dir}/index`);
  }

  function resolveNodeModule(request, fromDir, conditions) {
    const parts = request.split('/');
    const nameLength = request.startsWith('@') ? 2 : 1;
    const name = parts.slice(0, nameLength).join('/');
    const sub = parts.slice(nameLength).join('/');
    for (let dir = fromDir; ; dir = dirname(dir)) {
      if (!dir.endsWith('/node_modules')) {
        const pkgDir = `${dir === '/' ? '' : dir}/node_modules/${name}`;
        if (host.stat(pkgDir) === 'dir') {
          const found = packageEntry(pkgDir, sub, conditions);
          if (found) return found;
        }
      }
      if (dir === '/') return null;
    }
  }

  // "module" or "commonjs": the "type" of the nearest package.json that can be read (below the models folder).
  function packageType(dir) {
    if (dir in packageTypes) return packageTypes[dir];
    let type = 'commonjs';
    const pkgPath = `${dir === '/' ? '' : dir}/package.json`;
    if (host.stat(pkgPath) === 'file') {
      let pkg = null;
      try {
        pkg = JSON.parse(host.readFile(pkgPath));
      } catch (e) {
        // Node fails on it only when it needs a field; an unreadable "type" is CommonJS here
      }
      type = pkg && pkg.type === 'module' ? 'module' : 'commonjs';
    } else if (dir !== '/' && !dir.endsWith('/node_modules')) {
      type = packageType(dirname(dir));
    }
    packageTypes[dir] = type;
    return type;
  }

  function isEsModule(filename) {
    if (filename.endsWith('.mjs')) return true;
    return filename.endsWith('.js') && packageType(dirname(filename)) === 'module';
  }

  function notFound(request, parent, fromDir) {
    // A relative or absolute request that leaves the folders model code may read: say how to widen them.
    const target = fromDir !== undefined && /^(\.\.?)?\//.test(request) ? join(fromDir, request) : null;
    const outside = target !== null && typeof host.readable === 'function' && !host.readable(target);
    const err = new Error(`Cannot find module '${request}'${parent ? ` (required from ${parent.filename})` : ''}${outside
      ? `: ${target} is outside the folders model code may read (--path, node_modules; --root DIR widens it to a project folder)` : ''}`);
    err.code = 'MODULE_NOT_FOUND';
    return err;
  }

  function makeRequire(parent, esm = false) {
    const fromDir = parent ? parent.path : '/';
    const conditions = esm ? ['import', 'node', 'default'] : ['require', 'node', 'default'];
    function require(request) {
      if (typeof request !== 'string' || request === '') {
        throw new TypeError(`The "id" argument must be a non-empty string. Received ${String(request)}`);
      }
      const isPath = request.startsWith('./') || request.startsWith('../') || request.startsWith('/') || request === '.' || request === '..';
      if (!isPath) {
        const name = request.startsWith('node:') ? request.slice(5) : request;
        const pkg = packages(name, parent);
        if (pkg !== undefined) return pkg;
        if (BLOCKED_BUILTINS.has(name) || (NODE_BUILTINS.has(name) && !options.missing)) {
          throw new Error(`Cannot find module '${request}': Node's built-in modules are not available to model files in sequelize-ddl${parent ? ` (required from ${parent.filename})` : ''}`);
        }
        if (NODE_BUILTINS.has(name)) return options.missing(name, parent, true);
        const found = resolveNodeModule(request, fromDir, conditions);
        if (found) return load(found, parent);
        if (options.missing) return options.missing(request, parent);
        throw notFound(request, parent);
      }
      const filename = resolve(request, fromDir);
      if (!filename) throw notFound(request, parent, fromDir);
      return load(filename, parent);
    }
    require.resolve = (request) => {
      const isPath = request.startsWith('./') || request.startsWith('../') || request.startsWith('/') || request === '.' || request === '..';
      const filename = isPath ? resolve(request, fromDir) : resolveNodeModule(request, fromDir, conditions);
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
    if (isEsModule(module.filename)) {
      runEsModule(module);
      return;
    }
    const text = /\.[cm]?tsx?$/.test(module.filename) ? host.transpile(module.filename) : fileText;
    // The wrapper shares the file's first line, so line numbers in stack traces stay right.
    const body = text.startsWith('#!') ? `//${text.slice(2)}` : text;
    const source = `${WRAPPER}${body}\n})`;
    let fn;
    try {
      fn = host.compile(module.filename, source);
    } catch (e) {
      // import/export in a .js file: an ES module, as Node's syntax detection decides.
      if (/\.c?js$/.test(module.filename) && ESM_SYNTAX.test(body)) {
        runEsModule(module);
        return;
      }
      throw e;
    }
    const require = makeRequire(module);
    require.main = module;
    fn.call(module.exports, module.exports, require, module, module.filename, module.path);
  }

  // An ES module as CommonJS: exports get `__esModule` and `default`, `this` is undefined, imports see
  // live bindings; `import.meta` has url, filename, dirname and resolve().
  function runEsModule(module) {
    let body = host.esm(module.filename);
    body = body.replace(/(\/\*sequelize-ddl:user-code\*\/)#!/, '$1//');
    const fn = host.compile(module.filename, `${ESM_WRAPPER}${body}\n})`);
    const require = makeRequire(module, true);
    const url = `file://${module.filename.split('/').map(encodeURIComponent).join('/')}`;
    const meta = {
      url, filename: module.filename, dirname: module.path,
      resolve: (specifier) => `file://${require.resolve(specifier)}`,
    };
    fn.call(undefined, module.exports, require, module, meta);
  }

  return {
    // Resolves like require() from the root (so `root/user` finds user.js) and loads.
    requireFile(path) {
      const filename = asFile(normalize(path)) || asDirectory(normalize(path));
      if (!filename) throw notFound(path, null);
      return load(filename, null);
    },
    // A require() as if called from `filename` (module.createRequire).
    createRequire(filename) {
      const path = normalize(filename);
      return makeRequire({ filename: path, path: dirname(path), children: [] });
    },
    join,
    dirname,
    cache,
  };
}

module.exports = { createLoader, normalize, dirname, join, NODE_BUILTINS, BLOCKED_BUILTINS };
