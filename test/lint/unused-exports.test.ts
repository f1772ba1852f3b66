/**
 * No export in src/ that nothing imports (scripts/unused-exports.js, through the TypeScript
 * compiler's view of src, test and bench). An export kept on purpose — used only from outside
 * TypeScript, or a published contract — is listed with its reason in scripts/unused-exports.allow.json;
 * an entry no longer needed fails too, so the list only shrinks.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { findUnusedExports, checkUnusedExports } = require('../../scripts/unused-exports') as {
  findUnusedExports(options?: { root?: string }): { file: string; name: string; typeOnly: boolean; inFile: boolean }[];
  checkUnusedExports(
    unused: { file: string; name: string; typeOnly: boolean; inFile: boolean }[],
    allow: Record<string, unknown>,
  ): { reported: string[]; stale: string[] };
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const allow = require('../../scripts/unused-exports.allow.json') as Record<
  string,
  Record<string, Record<string, string>>
>;

describe('the finder, on a small project', () => {
  let root: string;
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-unused-'));
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), text);
    };
    write(
      'tsconfig.json',
      JSON.stringify({
        compilerOptions: { strict: true, module: 'commonjs', jsx: 'react-jsx' },
        include: ['src', 'test'],
      }),
    );
    write(
      'src/a.ts',
      [
        'export const named = 1;',
        'export const dead = 2;',
        'export const onlyHere = 3;',
        'export const viaBarrel = 4;',
        'export const viaStar = 5;',
        'export const viaNamespace = 6;',
        'export const viaDynamic = 7;',
        'export const fromBin = 8;',
        'export const chainedFromBin = 9;',
        'export interface Options { a: number }',
        'export interface DeadType { b: number }',
        'export type ViaImportType = string;',
        'export function take(o: Options): number { return o.a + onlyHere; }',
        'export default function byDefault() { return 0; }',
      ].join('\n'),
    );
    write('src/barrel.ts', "export { viaBarrel, dead as renamed } from './a';\nexport * from './a';\n");
    write('src/ns.ts', "import * as all from './a';\nexport const n = all.viaNamespace;\n");
    write(
      'src/use.ts',
      [
        "import byDefault, { named, take } from './a';",
        "import { viaBarrel, viaStar } from './barrel';",
        "import { n } from './ns';",
        "export async function run(t: import('./a').ViaImportType) {",
        "  const { viaDynamic } = await import('./a');",
        '  return [named, take({ a: 1 }), byDefault(), viaBarrel, viaStar, n, viaDynamic, t];',
        '}',
      ].join('\n'),
    );
    write(
      'bin/run.js',
      "const path = require('node:path');\nconst { fromBin } = require(path.join(__dirname, '..', 'dist', 'a.js'));\nvoid fromBin;\n",
    );
    // a call chained onto the require on the next line, as Prettier writes bin/jixiao.js
    write('bin/chained.js', "require('../dist/a.js')\n  .chainedFromBin(process.argv)\n  .then(() => undefined);\n");
    write('test/use.test.ts', "import { run } from '../src/use';\nvoid run;\n");
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  test('reports exactly the exports nothing imports, through barrels, namespaces, import(), import types, and bin/ requiring dist/', () => {
    const unused = findUnusedExports({ root });
    expect(unused).toEqual([
      { file: 'src/a.ts', name: 'DeadType', typeOnly: true, inFile: false },
      { file: 'src/a.ts', name: 'Options', typeOnly: true, inFile: true },
      { file: 'src/a.ts', name: 'dead', typeOnly: false, inFile: false },
      { file: 'src/a.ts', name: 'onlyHere', typeOnly: false, inFile: true },
      { file: 'src/barrel.ts', name: 'renamed', typeOnly: false, inFile: false },
    ]);
    // a type its own file uses (Options, in take's signature) is not reported; the allow-list is honoured
    expect(
      checkUnusedExports(unused, { public: { 'src/a.ts': { dead: 'kept', gone: 'no longer exported' } } }),
    ).toEqual({
      reported: [
        'src/a.ts: DeadType',
        'src/a.ts: onlyHere (used in its file only: drop `export`)',
        'src/barrel.ts: renamed',
      ],
      stale: ['src/a.ts: gone'],
    });
  });
});

describe('src/', () => {
  test('every export is imported somewhere, or allowed with a reason', () => {
    const { reported, stale } = checkUnusedExports(findUnusedExports(), allow);
    expect(reported).toEqual([]);
    expect(stale).toEqual([]);
    // a hang guard only: it takes ~10 s, longer on a loaded machine (reading every file of the project)
  }, 120_000);

  test('every allow-list entry gives its reason', () => {
    for (const [section, files] of Object.entries(allow)) {
      if (section.startsWith('//')) continue;
      for (const [file, names] of Object.entries(files)) {
        expect(fs.existsSync(path.resolve(__dirname, '../..', file))).toBe(true);
        for (const reason of Object.values(names)) expect(reason.length).toBeGreaterThan(10);
      }
    }
  });
});
