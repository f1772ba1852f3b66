/**
 * The rule documentation is generated and current: every finding code has its what/why/how entry
 * (src/core/rule-docs.ts) and its page docs/rules/<code>.md, rendered from the entry, the rule module
 * and the rule's own test table; the facts module the pane and the CLI read (src/core/rule-docs-facts.ts)
 * is the generated one. `npm run docs:rules` (JIXIAO_WRITE_DOCS=1) writes them.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ruleDocEntries, ruleDocOf } from '../../src/core/rule-docs';
import { findingCodes } from '../../src/core/rule-docs-explain';
import { build, REFRESH, ROOT, ruleModules, ruleTables } from './rule-docs-build';

const WRITE = process.env.JIXIAO_WRITE_DOCS === '1';

describe('the rule-docs catalog', () => {
  test('every finding code has an entry, and every entry is a finding code', () => {
    const codes = findingCodes();
    expect(codes.length).toBeGreaterThan(60);
    expect(codes.filter((c) => ruleDocOf(c) === null)).toEqual([]);
    expect(
      ruleDocEntries()
        .map(([c]) => c)
        .filter((c) => !codes.includes(c)),
    ).toEqual([]);
  });

  test.each(ruleDocEntries())('%s: name, what, why and how in both languages', (_code, doc) => {
    for (const part of [doc.name, doc.what, doc.why, doc.how]) {
      expect(part.zh.trim()).not.toBe('');
      expect(part.en.trim()).not.toBe('');
      expect(part.zh).toMatch(/[\u4e00-\u9fff]/);
    }
    // a concrete next step: longer than a word, and not just "check it"
    expect(doc.how.zh.length).toBeGreaterThan(10);
    expect(doc.how.en.length).toBeGreaterThan(15);
  });
});

describe('the generator sees every rule', () => {
  test('every rule module and every rule table is found', () => {
    const modules = ruleModules();
    const tables = ruleTables();
    for (const code of [
      'target.empty',
      'target.double-percent',
      'hierarchy.misspelled',
      'hierarchy.legacy-framework',
    ]) {
      expect(modules.get(code)?.meta.code).toBe(code);
      expect(tables.get(code)?.invalid.length).toBeGreaterThan(0);
    }
    // every module of a family folder has a table (the family meta tests say so too)
    const untabled = [...modules.keys()].filter((c) => !tables.has(c));
    expect(untabled).toEqual([]);
    // the table's cases as the cells show them, with the fix the case states
    const double = tables.get('target.double-percent');
    expect(double?.invalid[0]).toEqual({
      rows: [[{ label: null, text: '100%%' }]],
      where: '产出指标／质量指标／合格率',
      fix: { text: '100%', cell: 'value' },
    });
    expect(
      double?.invalid.some(
        (e) => e.fix?.cell === 'unit' && e.rows[0].some((c) => c.label === '度量单位' && c.text === '%%'),
      ),
    ).toBe(true);
    const misspelt = tables.get('hierarchy.misspelled');
    expect(misspelt?.invalid[0].params).toEqual({ x: '数量指表', y: '数量指标' });
    expect(misspelt?.invalid[0].rows).toEqual([
      [
        { label: null, text: '产出指标' },
        { label: null, text: '数量指表' },
        { label: null, text: 'a' },
      ],
      [
        { label: null, text: '' },
        { label: null, text: '' },
        { label: null, text: 'b' },
      ],
    ]);
  });

  test('collecting runs no test of the table files', () => {
    // the collect mode leaves describe/it/test as they were
    expect(typeof describe).toBe('function');
    expect(typeof it).toBe('function');
  });
});

describe('the generated files are current', () => {
  const built = build();

  if (WRITE) {
    test('writes docs/rules/*.md and the facts module', () => {
      for (const [file, text] of built.files) fs.writeFileSync(path.join(ROOT, file), text);
      for (const file of built.stale) fs.unlinkSync(path.join(ROOT, file));
      expect(built.files.size).toBeGreaterThan(60);
    });
    return;
  }

  test.each([...built.files.keys()])('%s', (file) => {
    const full = path.join(ROOT, file);
    const onDisk = fs.existsSync(full) ? fs.readFileSync(full, 'utf8') : null;
    if (onDisk !== built.files.get(file)) {
      throw new Error(
        `${file} is not the generated one (${onDisk === null ? 'missing' : 'stale'}): run \`${REFRESH}\` and commit the result`,
      );
    }
  });

  test('no page is left for a code the catalog no longer has', () => {
    if (built.stale.length > 0)
      throw new Error(`pages with no finding code: ${built.stale.join(', ')} — run \`${REFRESH}\``);
  });
});
