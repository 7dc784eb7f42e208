// ES module hooks of the oracle's adapter (adapter.js): for files of the case, `sequelize` resolves in
// the oracle's node_modules (ES modules do not read NODE_PATH) and a bare name that does not resolve
// inside the case folder becomes an ES module re-exporting js-shim/node/stand-in.js's stand-in, with
// the named exports the importing file asks for.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire, isBuiltin } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

let options;

export function initialize(data) {
  options = data;
}

const FROM_ORACLE = new Set(['sequelize', 'sequelize-typescript', 'reflect-metadata']);
const packageName = (s) => s.split('/').slice(0, s.startsWith('@') ? 2 : 1).join('/');

// The names `parentFile` imports (or re-exports) from `specifier`, read with the TypeScript parser.
function importedNames(parentFile, specifier) {
  const ts = createRequire(path.join(options.nodeModules, 'x.js'))('typescript');
  const sf = ts.createSourceFile(parentFile, fs.readFileSync(parentFile, 'utf8'), ts.ScriptTarget.Latest, true);
  const names = new Set();
  for (const st of sf.statements) {
    const from = st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier) ? st.moduleSpecifier.text : null;
    if (from !== specifier) continue;
    const named = ts.isImportDeclaration(st) ? st.importClause && st.importClause.namedBindings : st.exportClause;
    if (named && (ts.isNamedImports(named) || ts.isNamedExports(named))) {
      for (const el of named.elements) names.add((el.propertyName || el.name).text);
    }
  }
  names.delete('default');
  return [...names];
}

// The case folder (cases/<case>) a file belongs to, or null.
function caseOf(file) {
  if (!file || !file.startsWith(options.casesDir + path.sep)) return null;
  return path.join(options.casesDir, file.slice(options.casesDir.length + 1).split(path.sep)[0]);
}

export async function resolve(specifier, context, nextResolve) {
  const parentFile = context.parentURL && context.parentURL.startsWith('file:') ? fileURLToPath(context.parentURL) : null;
  const caseDir = caseOf(parentFile);
  if (!caseDir || /^(\.|\/|node:|file:)/.test(specifier) || isBuiltin(specifier)) return nextResolve(specifier, context);
  if (FROM_ORACLE.has(packageName(specifier))) {
    return nextResolve(specifier, { ...context, parentURL: pathToFileURL(path.join(options.nodeModules, 'x.js')).href });
  }
  try {
    const found = await nextResolve(specifier, context);
    if (found.url.startsWith('file:') && fileURLToPath(found.url).startsWith(caseDir + path.sep)) return found;
  } catch (e) {
    // not installed: the stand-in
  }
  const names = importedNames(parentFile, specifier).join(',');
  return { url: `${options.prefix}${specifier}?${names}`, shortCircuit: true };
}

export async function load(url, context, nextLoad) {
  if (!url.startsWith(options.prefix)) return nextLoad(url, context);
  const [request, names] = url.slice(options.prefix.length).split('?');
  const lines = [
    `import { createRequire } from 'node:module';`,
    `const s = createRequire(${JSON.stringify(options.standInJs)})(${JSON.stringify(options.standInJs)}).standIn(${JSON.stringify(request)});`,
    `(globalThis.__sequelizeDdlStandIns || (globalThis.__sequelizeDdlStandIns = new Set())).add(${JSON.stringify(packageName(request))});`,
    'export default s;',
    ...names.split(',').filter(Boolean).map((n) => `export const ${n} = s[${JSON.stringify(n)}];`),
  ];
  return { format: 'module', source: lines.join('\n'), shortCircuit: true };
}
