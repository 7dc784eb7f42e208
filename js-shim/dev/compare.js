'use strict';
// Dev only: compares the shim's schema JSON with real Sequelize's for case × dialect.
// Usage:
//   node js-shim/dev/compare.js <caseDir|modelsDir> [dialect…]     (default: all five dialects)
//   node js-shim/dev/compare.js --all                               (every test-fixtures case)
// Reference JSON: <case>/expected/<dialect>.schema.json when present (--live forces real Sequelize),
// else real Sequelize run in a child process (TZ=UTC). `source` (shim only) is ignored.
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { runShim } = require('./run-shim');

const DIALECTS = ['mysql', 'mariadb', 'postgres', 'sqlite', 'mssql'];
const CASES = path.resolve(__dirname, '../../test-fixtures/cases');

function stripSource(schema) {
  for (const m of schema.models || []) delete m.source;
  return schema;
}

function diff(a, b, at, out) {
  if (out.length > 40) return;
  if (JSON.stringify(a) === JSON.stringify(b)) return;
  const isObj = (v) => v !== null && typeof v === 'object';
  if (isObj(a) && isObj(b) && Array.isArray(a) === Array.isArray(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    if (!Array.isArray(a) && JSON.stringify(Object.keys(a)) !== JSON.stringify(Object.keys(b)) &&
      keys.every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]))) {
      out.push(`${at}: key order shim ${JSON.stringify(Object.keys(a))} real ${JSON.stringify(Object.keys(b))}`);
      return;
    }
    for (const k of keys) {
      const label = Array.isArray(a) ? `${at}[${k}${a[k] && a[k].name ? `=${a[k].name}` : ''}]` : `${at}.${k}`;
      diff(a[k], b[k], label, out);
    }
    return;
  }
  out.push(`${at}: shim ${JSON.stringify(a)} | real ${JSON.stringify(b)}`);
}

function reference(modelsDir, caseDir, dialect, live) {
  const expected = caseDir && path.join(caseDir, 'expected', `${dialect}.schema.json`);
  const error = caseDir && path.join(caseDir, 'expected', `${dialect}.error`);
  if (!live && expected && fs.existsSync(expected)) return { json: fs.readFileSync(expected, 'utf8'), from: 'expected' };
  if (!live && error && fs.existsSync(error)) return { error: fs.readFileSync(error, 'utf8').trim(), from: 'expected' };
  try {
    const json = execFileSync(process.execPath, [path.join(__dirname, 'run-real.js'), modelsDir, dialect],
      { env: { ...process.env, TZ: 'UTC' }, stdio: ['ignore', 'pipe', 'pipe'] }).toString();
    const parsed = JSON.parse(json);
    if (parsed.$error !== undefined) return { error: parsed.$error, from: 'live' };
    return { json, from: 'live' };
  } catch (e) {
    return { error: String(e.stderr || e.message).trim().split('\n').filter((l) => !l.startsWith('log:')).slice(0, 3).join(' / '), from: 'live' };
  }
}

function compareOne(target, dialect, live) {
  const modelsDir = fs.existsSync(path.join(target, 'models')) ? path.join(target, 'models') : target;
  const caseDir = modelsDir === target ? null : target;
  const ref = reference(modelsDir, caseDir, dialect, live);
  let shim;
  try {
    shim = { json: runShim(modelsDir, dialect).json };
  } catch (e) {
    shim = { error: e && e.message ? e.message : String(e) };
  }
  if (ref.error || shim.error) {
    if (ref.error && shim.error) {
      const same = ref.error === shim.error.replace(/\r?\n/g, ' ');
      return { ok: same, lines: [`both fail: real: ${ref.error} | shim: ${shim.error}`] };
    }
    return { ok: false, lines: [`real: ${ref.error || 'ok'} | shim: ${shim.error || 'ok'}`] };
  }
  const a = stripSource(JSON.parse(shim.json));
  const b = JSON.parse(ref.json);
  if (JSON.stringify(a) === JSON.stringify(b)) return { ok: true, lines: [] };
  const out = [];
  diff(a, b, '', out);
  return { ok: false, lines: out };
}

function main() {
  const args = process.argv.slice(2);
  const live = args.includes('--live');
  const rest = args.filter((a) => !a.startsWith('--'));
  let targets;
  let dialects = rest.filter((a) => DIALECTS.includes(a));
  if (!dialects.length) dialects = DIALECTS;
  if (args.includes('--all')) {
    targets = fs.existsSync(CASES) ? fs.readdirSync(CASES).sort().map((c) => path.join(CASES, c)) : [];
  } else {
    targets = rest.filter((a) => !DIALECTS.includes(a));
  }
  let failures = 0;
  for (const t of targets) {
    for (const d of dialects) {
      const r = compareOne(t, d, live);
      if (!r.ok) failures++;
      const label = `${path.basename(t)} ${d}`;
      process.stdout.write(`${r.ok ? 'SAME' : 'DIFF'} ${label}${r.lines.length && r.ok ? ` (${r.lines[0]})` : ''}\n`);
      if (!r.ok) for (const l of r.lines) process.stdout.write(`    ${l}\n`);
    }
  }
  process.stdout.write(`${failures} difference(s)\n`);
  process.exitCode = failures ? 1 : 0;
}

main();
