'use strict';
// Node's os with fixed answers (a Linux machine that says little about itself): models see the
// same values on every machine.

module.exports = {
  EOL: '\n',
  devNull: '/dev/null',
  platform: () => 'linux',
  type: () => 'Linux',
  arch: () => 'x64',
  machine: () => 'x86_64',
  release: () => '',
  version: () => '',
  hostname: () => 'localhost',
  homedir: () => '/home/user',
  tmpdir: () => '/tmp',
  endianness: () => 'LE',
  cpus: () => [],
  availableParallelism: () => 1,
  totalmem: () => 0,
  freemem: () => 0,
  uptime: () => 0,
  loadavg: () => [0, 0, 0],
  networkInterfaces: () => ({}),
  userInfo: () => ({ uid: 1000, gid: 1000, username: 'user', homedir: '/home/user', shell: null }),
  constants: { signals: {}, errno: {} },
};
