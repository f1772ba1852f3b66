/**
 * The rule tester's collect mode, as the docs generator uses it on any family's table: the tables of a
 * file are gathered (not run), each case shown as the family shows it (its label when it has no
 * `example`), with the fix the case states, the params of the finding and, for a case that passes, the
 * codes other rules report; describe/it are stubbed only while the file loads.
 */
import * as path from 'node:path';
import { collectRuleTables } from '../helpers/rule-tester';

test('a table file is collected, not run', () => {
  const abs = path.join(__dirname, 'fixtures/rules/sample-table.ts');
  const before = describe;
  const tables = collectRuleTables([{ abs, rel: 'test/docs/fixtures/rules/sample-table.ts' }]);
  expect(describe).toBe(before);
  expect(tables).toEqual([
    {
      code: 'form.no-output-indicator',
      file: 'test/docs/fixtures/rules/sample-table.ts',
      valid: [
        { rows: [[{ label: null, text: '产出指标、效益指标' }]] },
        { rows: [[{ label: null, text: '产出指标' }]], others: ['form.no-benefit-indicator'] },
      ],
      invalid: [
        { rows: [[{ label: null, text: '效益指标' }]], params: { n: 1 } },
        { rows: [[{ label: null, text: '（无指标）' }]], params: { n: 0 }, fix: { text: '产出指标', cell: 'level1' } },
      ],
    },
  ]);
  // loaded again: read afresh (isolated), the same tables
  expect(collectRuleTables([{ abs, rel: 'x' }])[0].valid).toHaveLength(2);
});

test('outside collect mode the same call declares the tests (ruleTester is the ordinary harness)', () => {
  // this file's own tests ran through jest's describe/test: the registry is gone after collecting
  expect((globalThis as Record<symbol, unknown>)[Symbol.for('jixiao.rule-tables')]).toBeUndefined();
});
