'use strict';
/**
 * Lists the exports of src/ that nothing imports, through the TypeScript compiler's own view of the
 * project (tsconfig.json: src, test and bench — an export a test imports is used).
 *
 *   node scripts/unused-exports.js        # prints "file: name" per unused export, exits 1 when any
 *
 * An import is followed to the module it names (the checker resolves the path): `import { a }`,
 * `import d`, `import * as ns` (then every `ns.x`; `ns` used whole counts as every export), `import()`
 * (the names destructured from it, else every export), `import('./m').T` types, and re-exports
 * (`export { a } from`, `export * from`), which pass a use on to the module they re-export.
 * The JavaScript of bin/, bench/ and scripts/ counts too where it requires a compiled module from dist/
 * (dist/cli/check.js is src/cli/check.ts). Exports kept for another reason (a published contract) are
 * listed with their reasons in scripts/unused-exports.allow.json.
 *
 * test/lint/unused-exports.test.ts runs it: a new export nothing uses fails the test.
 */
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

const ROOT = path.resolve(__dirname, '..');

/**
 * `const { a, b } = require(path.join(…, 'dist', 'cli', 'check.js'))` and `require('../dist/cli-bundle/main.js').main`
 * in the JavaScript of bin/, bench/ and scripts/: the source file (relative to src/) and the names taken.
 * @returns {{ file: string, names: string[] }[]}
 */
function distRequires(root) {
  const found = [];
  for (const dir of ['bin', 'bench', 'scripts']) {
    let entries = [];
    try {
      entries = fs.readdirSync(path.join(root, dir)).filter((f) => /\.c?js$/.test(f));
    } catch {
      continue;
    }
    for (const name of entries) {
      const text = fs
        .readFileSync(path.join(root, dir, name), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '');
      const re = /(?:\{([^{}]*)\}\s*=\s*)?require\(([^()]*(?:\([^()]*\))?[^()]*)\)(?:\s*\.(\w+))?/g;
      for (const m of text.matchAll(re)) {
        if (!/dist/.test(m[2])) continue;
        const parts = [...m[2].matchAll(/['"`]([^'"`]+)['"`]/g)].flatMap((q) => q[1].split('/'));
        const at = parts.indexOf('dist');
        const rest = (at >= 0 ? parts.slice(at + 1) : parts).filter((p) => p && p !== '..' && p !== '.');
        if (!rest.length || !rest[rest.length - 1].endsWith('.js')) continue;
        // dist/cli-bundle/<entry>.js is the bundle of dist/cli/<entry>.js (webpack.cli.config.js)
        if (rest[0] === 'cli-bundle') rest[0] = 'cli';
        const names = m[1]
          ? m[1]
              .split(',')
              .map((n) => n.split(':')[0].trim())
              .filter(Boolean)
          : m[3]
            ? [m[3]]
            : [];
        found.push({ file: rest.join('/').replace(/\.js$/, '.ts'), names });
      }
    }
  }
  return found;
}

function createProgram(root = ROOT) {
  const configFile = path.join(root, 'tsconfig.json');
  const parsed = ts.getParsedCommandLineOfConfigFile(
    configFile,
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic() {} },
  );
  if (!parsed) throw new Error(`cannot read ${configFile}`);
  // Only the project's own files matter: the libraries' declarations (office-js, React, node, …) are
  // read as empty files, which makes this several times faster than a full program.
  const options = { ...parsed.options, noEmit: true, noLib: true, types: [] };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile;
  host.getSourceFile = (fileName, languageVersion, ...rest) =>
    /[\\/]node_modules[\\/]/.test(fileName)
      ? ts.createSourceFile(fileName, '', languageVersion)
      : getSourceFile.call(host, fileName, languageVersion, ...rest);
  return ts.createProgram({ rootNames: parsed.fileNames, options, host });
}

/**
 * @param {{ root?: string, program?: import('typescript').Program }} [options]
 * @returns {{ file: string, name: string, typeOnly: boolean, inFile: boolean }[]} the unused exports of
 *   src/ (file relative to root); typeOnly: a type or interface; inFile: its own file uses it
 */
function findUnusedExports(options = {}) {
  const root = options.root ?? ROOT;
  const program = options.program ?? createProgram(root);
  const checker = program.getTypeChecker();
  const src = path.join(root, 'src') + path.sep;
  const rel = (f) => path.relative(root, f).split(path.sep).join('/');
  const files = program
    .getSourceFiles()
    .filter((f) => !f.isDeclarationFile && !program.isSourceFileFromExternalLibrary(f));

  /** @type {Map<string, Set<string>>} file → export names used from outside the file */
  const used = new Map();
  /** @type {Set<string>} files every export of which counts as used */
  const usedWhole = new Set();
  /** re-exports: [from file, name in it] → [to file, name there]; '*' for `export *` */
  const forwards = [];

  const moduleFile = (specifier) => {
    const sym = specifier && checker.getSymbolAtLocation(specifier);
    const decl = sym && sym.valueDeclaration;
    return decl && ts.isSourceFile(decl) ? path.normalize(decl.fileName) : undefined;
  };
  const use = (file, name) => {
    if (!file) return;
    if (!used.has(file)) used.set(file, new Set());
    used.get(file).add(name);
  };

  function namespaceUses(sourceFile, identifier, target) {
    // every `ns.x` marks x; any other use of ns marks the whole module
    const symbol = checker.getSymbolAtLocation(identifier);
    let whole = false;
    const visit = (node) => {
      if (
        ts.isIdentifier(node) &&
        node !== identifier &&
        node.text === identifier.text &&
        checker.getSymbolAtLocation(node) === symbol
      ) {
        const parent = node.parent;
        if (ts.isPropertyAccessExpression(parent) && parent.expression === node) use(target, parent.name.text);
        else if (ts.isQualifiedName(parent) && parent.left === node) use(target, parent.right.text);
        else whole = true;
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
    if (whole) usedWhole.add(target);
  }

  function dynamicImport(call, target) {
    // `const { a, b } = await import('./m')` / `import('./m').then(({ a }) => …)` / `lazy(() => import('./m'))`
    let node = call.parent;
    if (ts.isAwaitExpression(node)) node = node.parent;
    if (ts.isVariableDeclaration(node) && ts.isObjectBindingPattern(node.name)) {
      for (const el of node.name.elements) {
        const key = el.propertyName ?? el.name;
        if (ts.isIdentifier(key)) use(target, key.text);
        else usedWhole.add(target);
      }
      return;
    }
    if (ts.isArrowFunction(call.parent) && ts.isCallExpression(call.parent.parent)) {
      const callee = call.parent.parent.expression;
      if (ts.isIdentifier(callee) && callee.text === 'lazy') return use(target, 'default');
    }
    usedWhole.add(target);
  }

  for (const sf of files) {
    const here = path.normalize(sf.fileName);
    const visit = (node) => {
      if (ts.isImportDeclaration(node)) {
        const target = moduleFile(node.moduleSpecifier);
        const clause = node.importClause;
        if (target && clause) {
          if (clause.name) use(target, 'default');
          const bindings = clause.namedBindings;
          if (bindings && ts.isNamedImports(bindings)) {
            for (const el of bindings.elements) use(target, (el.propertyName ?? el.name).text);
          } else if (bindings && ts.isNamespaceImport(bindings)) namespaceUses(sf, bindings.name, target);
        }
      } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
        const target = moduleFile(node.moduleSpecifier);
        if (target) {
          if (!node.exportClause) forwards.push([here, '*', target, '*']);
          else if (ts.isNamespaceExport(node.exportClause))
            forwards.push([here, node.exportClause.name.text, target, '**']);
          else
            for (const el of node.exportClause.elements)
              forwards.push([here, el.name.text, target, (el.propertyName ?? el.name).text]);
        }
      } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
        const target = moduleFile(node.moduleReference.expression);
        if (target) namespaceUses(sf, node.name, target);
      } else if (
        ts.isCallExpression(node) &&
        node.expression.kind === ts.SyntaxKind.ImportKeyword &&
        node.arguments.length
      ) {
        const target = moduleFile(node.arguments[0]);
        if (target) dynamicImport(node, target);
      } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
        const target = moduleFile(node.argument.literal);
        if (target) {
          if (node.qualifier) {
            let q = node.qualifier;
            while (ts.isQualifiedName(q)) q = q.left;
            use(target, q.text);
          } else usedWhole.add(target);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }

  // the compiled modules node scripts require from dist/ (bin/, bench/, scripts/): dist/x/y.js is src/x/y.ts
  for (const { file, names } of distRequires(root)) {
    const target = path.join(root, 'src', file);
    for (const name of names) use(target, name);
  }

  // pass uses through re-exports until nothing changes
  const localNames = (file) => {
    const sf = program.getSourceFile(file);
    const sym = sf && checker.getSymbolAtLocation(sf);
    return new Set(sym ? checker.getExportsOfModule(sym).map((s) => s.name) : []);
  };
  for (let changed = true; changed;) {
    changed = false;
    for (const [from, name, to, targetName] of forwards) {
      const fromUsed = used.get(from) ?? new Set();
      const whole = usedWhole.has(from);
      let names = [];
      if (targetName === '**') {
        if ((whole || fromUsed.has(name)) && !usedWhole.has(to)) {
          usedWhole.add(to);
          changed = true;
        }
        continue;
      }
      if (name === '*') names = whole ? [...localNames(to)] : [...fromUsed].filter((n) => localNames(to).has(n));
      else if (whole || fromUsed.has(name)) names = [targetName];
      for (const n of names) {
        if ((used.get(to) ?? new Set()).has(n)) continue;
        use(to, n);
        changed = true;
      }
    }
  }

  /** whether the file itself refers to the symbol (beyond declaring and exporting it) */
  function usedInFile(sf, symbol) {
    const decls = new Set((symbol.declarations ?? []).map((d) => d.name).filter(Boolean));
    let found = false;
    const visit = (node) => {
      if (found) return;
      if (
        ts.isIdentifier(node) &&
        node.text === symbol.name &&
        !decls.has(node) &&
        !ts.isExportSpecifier(node.parent)
      ) {
        let s = checker.getSymbolAtLocation(node);
        if (s && s.flags & ts.SymbolFlags.Alias) s = checker.getAliasedSymbol(s);
        if (s === symbol) found = true;
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
    return found;
  }

  const unused = [];
  for (const sf of files) {
    const file = path.normalize(sf.fileName);
    if (!file.startsWith(src) || usedWhole.has(file)) continue;
    const moduleSymbol = checker.getSymbolAtLocation(sf);
    if (!moduleSymbol) continue;
    const starNames = new Set(
      forwards.filter(([from, name]) => from === file && name === '*').flatMap(([, , to]) => [...localNames(to)]),
    );
    for (const exp of checker.getExportsOfModule(moduleSymbol)) {
      const name = exp.escapedName === 'export=' ? 'export=' : exp.name;
      const ownDecl = (exp.declarations ?? []).some((d) => path.normalize(d.getSourceFile().fileName) === file);
      if (!ownDecl && starNames.has(name)) continue; // comes through `export *`: not removable here
      if ((used.get(file) ?? new Set()).has(name)) continue;
      const local = exp.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exp) : exp;
      const typeOnly = !(local.flags & ts.SymbolFlags.Value);
      const inFile = usedInFile(sf, local);
      unused.push({ file: rel(file), name, typeOnly, inFile });
    }
  }
  const cmp = (x, y) => (x < y ? -1 : x > y ? 1 : 0);
  return unused.sort((a, b) => cmp(a.file, b.file) || cmp(a.name, b.name));
}

/**
 * The exports the check reports: unused, not allowed by `allow` (scripts/unused-exports.allow.json),
 * and not a type its own file uses (a props or options type beside the function that takes it is
 * part of that function's signature — knip's `ignoreExportsUsedInFile` for types); plus the allow
 * entries no longer needed (the export is used now, or gone).
 * @param {ReturnType<typeof findUnusedExports>} unused
 * @param {Record<string, Record<string, Record<string, string>>>} allow
 */
function checkUnusedExports(unused, allow) {
  const allowed = new Map();
  for (const [section, files] of Object.entries(allow)) {
    if (section.startsWith('//')) continue;
    for (const [file, names] of Object.entries(files)) {
      for (const name of Object.keys(names)) allowed.set(`${file}: ${name}`, section);
    }
  }
  const found = new Set(unused.map(({ file, name }) => `${file}: ${name}`));
  const reported = unused
    .filter(({ typeOnly, inFile }) => !(typeOnly && inFile))
    .filter(({ file, name }) => !allowed.has(`${file}: ${name}`) && !allowed.has(`${file}: *`))
    .map(({ file, name, inFile }) => `${file}: ${name}${inFile ? ' (used in its file only: drop `export`)' : ''}`);
  const stale = [...allowed.keys()].filter((key) => !key.endsWith(': *') && !found.has(key));
  return { reported, stale };
}

module.exports = { findUnusedExports, checkUnusedExports, createProgram, distRequires };

if (require.main === module) {
  const { reported, stale } = checkUnusedExports(findUnusedExports(), require('./unused-exports.allow.json'));
  for (const line of reported) console.log(line);
  for (const key of stale) console.log(`${key} (in unused-exports.allow.json, no longer needed)`);
  process.exitCode = reported.length || stale.length ? 1 : 0;
}
