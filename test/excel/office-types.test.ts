/**
 * Every Excel call of the adapter type-checks against @types/office-js: src/excel is compiled on
 * its own with ONLY the office-js global types (no jest, no node, no fake), so the fake injected
 * through globalThis in the other tests cannot weaken what the adapter is checked against.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

const root = path.resolve(__dirname, '../..');
const excelDir = path.join(root, 'src/excel');
const sources = fs
  .readdirSync(excelDir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => path.join(excelDir, f));

test('src/excel compiles against @types/office-js alone', () => {
  const program = ts.createProgram(sources, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: ['office-js'],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    esModuleInterop: true,
    isolatedModules: true,
  });
  const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file
      ? `${path.relative(root, d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}`
      : '';
    return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
  expect(diagnostics).toEqual([]);
  // the program really saw the office-js declarations (Excel.Range) and our files
  expect(program.getSourceFiles().some((f) => /@types[\\/]office-js[\\/]index\.d\.ts$/.test(f.fileName))).toBe(true);
});

test('the adapter imports no test code, no mock and no escape hatch around the Excel types', () => {
  for (const file of sources) {
    const text = fs.readFileSync(file, 'utf8');
    const imports = [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    for (const spec of imports)
      expect(spec.startsWith('./') || spec.startsWith('../core/') || spec.startsWith('../host/')).toBe(true);
    expect(text).not.toMatch(/\bas any\b|: any\b|@ts-ignore|@ts-expect-error|globalThis\.Excel/);
  }
});
