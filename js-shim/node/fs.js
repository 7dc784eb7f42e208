'use strict';
// Node's fs, read-only and only below the models folder (what __host lets the shim read): readFile,
// readdir, stat, exists, access, realpath in their Sync, callback and promise forms. A file outside
// the models folder (or a symlink out of it) does not exist (ENOENT, with a note why); every write
// fails. Files are read as UTF-8 text (a Buffer without an encoding).

const { Buffer } = require('./buffer');

function makeFs(host, resolvePath) {
  const toPath = (p) => {
    if (p instanceof Uint8Array) p = Buffer.from(p).toString();
    if (p && typeof p === 'object' && typeof p.href === 'string') p = p.pathname !== undefined ? decodeURIComponent(p.pathname) : p.href;
    if (typeof p === 'string' && p.startsWith('file://')) p = decodeURIComponent(p.slice(7));
    if (typeof p !== 'string') throw new TypeError('The "path" argument must be of type string or an instance of Buffer or URL.');
    return resolvePath(p);
  };
  const fail = (code, syscall, path, why) => {
    const err = new Error(`${code}: ${why}, ${syscall} '${path}'`);
    err.code = code;
    err.errno = code === 'ENOENT' ? -2 : -13;
    err.syscall = syscall;
    err.path = path;
    return err;
  };
  const missing = (syscall, path) => fail('ENOENT', syscall, path,
    'no such file or directory (model files can read only the models folder, node_modules and --root)');
  const encodingOf = (options) => (typeof options === 'string' ? options : options && options.encoding) || null;

  function readFileSync(p, options) {
    const path = toPath(p);
    if (host.stat(path) !== 'file') throw host.stat(path) === 'dir' ? fail('EISDIR', 'read', path, 'illegal operation on a directory') : missing('open', path);
    const text = String(host.readFile(path));
    const enc = encodingOf(options);
    return enc ? Buffer.from(text).toString(enc) : Buffer.from(text);
  }

  function existsSync(p) {
    try {
      return host.stat(toPath(p)) !== null;
    } catch (e) {
      return false;
    }
  }

  class Dirent {
    constructor(name, kind, parentPath) {
      this.name = name;
      this.parentPath = parentPath;
      this.path = parentPath;
      this.kind = kind;
    }

    isFile() { return this.kind === 'file'; }

    isDirectory() { return this.kind === 'dir'; }

    isSymbolicLink() { return false; }
  }

  function readdirSync(p, options) {
    const path = toPath(p);
    if (host.stat(path) !== 'dir') throw host.stat(path) === 'file' ? fail('ENOTDIR', 'scandir', path, 'not a directory') : missing('scandir', path);
    const names = Array.from(host.listDir(path), String);
    if (options && typeof options === 'object' && options.withFileTypes) {
      return names.map((n) => new Dirent(n, host.stat(`${path === '/' ? '' : path}/${n}`), path));
    }
    return names;
  }

  class Stats {
    constructor(path, kind) {
      this.kind = kind;
      this.path = path;
      this.mode = kind === 'dir' ? 0o40755 : 0o100644;
      this.mtime = new Date(0);
      this.atime = this.mtime;
      this.ctime = this.mtime;
      this.birthtime = this.mtime;
      this.mtimeMs = 0;
    }

    get size() {
      return this.kind === 'file' ? Buffer.byteLength(String(host.readFile(this.path))) : 4096;
    }

    isFile() { return this.kind === 'file'; }

    isDirectory() { return this.kind === 'dir'; }

    isSymbolicLink() { return false; }
  }

  function statSync(p, options) {
    const path = toPath(p);
    const kind = host.stat(path);
    if (kind === null) {
      if (options && options.throwIfNoEntry === false) return undefined;
      throw missing('stat', path);
    }
    return new Stats(path, kind);
  }

  function accessSync(p) {
    const path = toPath(p);
    if (host.stat(path) === null) throw missing('access', path);
  }

  function realpathSync(p) {
    const path = toPath(p);
    if (host.stat(path) === null) throw missing('realpath', path);
    return path;
  }
  realpathSync.native = realpathSync;

  const fs = {
    readFileSync, existsSync, readdirSync, statSync, lstatSync: statSync, accessSync, realpathSync, Dirent, Stats,
    constants: { F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1 },
    F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
  };
  const promises = {};
  // Callback and promise forms of the readers.
  for (const [name, sync] of [['readFile', readFileSync], ['readdir', readdirSync], ['stat', statSync], ['lstat', statSync],
    ['access', accessSync], ['realpath', realpathSync]]) {
    fs[name] = (...args) => {
      const cb = typeof args[args.length - 1] === 'function' ? args.pop() : null;
      let result;
      let error = null;
      try {
        result = sync(...args);
      } catch (e) {
        error = e;
      }
      if (cb) Promise.resolve().then(() => cb(error, result));
    };
    promises[name] = async (...args) => sync(...args);
  }
  fs.exists = (p, cb) => Promise.resolve().then(() => cb(existsSync(p)));
  // Writers: every form fails.
  const writers = ['writeFile', 'appendFile', 'mkdir', 'mkdtemp', 'rm', 'rmdir', 'unlink', 'rename', 'copyFile', 'cp', 'symlink',
    'link', 'chmod', 'chown', 'utimes', 'truncate', 'open', 'write', 'createWriteStream', 'createReadStream', 'watch', 'watchFile'];
  const refuser = (name) => (p) => {
    const err = new Error(`fs.${name}(${typeof p === 'string' ? `'${p}'` : ''}): model files cannot write or open files in sequelize-ddl (fs is read-only)`);
    err.code = 'EACCES';
    throw err;
  };
  for (const name of writers) {
    fs[name] = refuser(name);
    if (!name.startsWith('create') && !name.startsWith('watch')) {
      fs[`${name}Sync`] = refuser(`${name}Sync`);
      promises[name] = async (p) => refuser(`promises.${name}`)(p);
    }
  }
  fs.promises = promises;
  return fs;
}

module.exports = { makeFs };
