/**
 * The real adapter on the shared fixtures: merged ranges and displayed texts equal the expected JSON.
 */
import * as fs from 'fs';
import * as path from 'path';
import { readWorkbookFile } from '../../src/workbook/node';
import type { ReadWorkbookResult } from '../../src/workbook/read';
import { address } from '../../src/core/grid';
import type { GridCell } from '../../src/core/types';

const FIXTURES = '/work/shared/fixtures';
const names = fs
  .readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.xlsx'))
  .sort();

interface Expected {
  indicators: { sheet: string; cell: string; target: string; actual?: string | null; actualCell?: string }[];
  mergedRanges: { sheet: string; range: string }[];
}

function cellMap(result: ReadWorkbookResult): Map<string, GridCell> {
  const m = new Map<string, GridCell>();
  for (const s of result.sheets) for (const c of s.cells) m.set(`${s.sheet}!${address(c.row, c.col)}`, c);
  return m;
}

test('there are fixtures', () => {
  expect(names.length).toBeGreaterThanOrEqual(3);
});

describe.each(names)('%s', (name) => {
  const expected: Expected = JSON.parse(
    fs.readFileSync(path.join(FIXTURES, name.replace(/\.xlsx$/, '.expected.json')), 'utf8'),
  );
  let result: ReadWorkbookResult;
  let cells: Map<string, GridCell>;
  beforeAll(async () => {
    result = await readWorkbookFile(path.join(FIXTURES, name));
    cells = cellMap(result);
  });

  test('no warnings, no 1904 dates', () => {
    expect(result.warnings).toEqual([]);
    for (const s of result.sheets) expect(s.date1904).toBe(false);
  });

  test('merged ranges equal mergedRanges', () => {
    const got = result.sheets.flatMap((s) => s.merges.map((range) => `${s.sheet}!${range}`)).sort();
    const want = expected.mergedRanges.map((m) => `${m.sheet}!${m.range}`).sort();
    expect(got).toEqual(want);
  });

  test('only the top-left cell of a merged range is emitted', () => {
    for (const s of result.sheets) {
      const covered = new Set<string>();
      for (const m of s.merges) {
        const [a, b = a] = m.split(':');
        const p = (x: string) => {
          const mm = /^([A-Z]+)(\d+)$/.exec(x)!;
          let col = 0;
          for (const ch of mm[1]) col = col * 26 + ch.charCodeAt(0) - 64;
          return { row: Number(mm[2]), col };
        };
        const tl = p(a);
        const br = p(b);
        for (let r = tl.row; r <= br.row; r++)
          for (let c = tl.col; c <= br.col; c++) if (r !== tl.row || c !== tl.col) covered.add(`${r},${c}`);
      }
      const bad = s.cells.filter((c) => covered.has(`${c.row},${c.col}`));
      expect(bad).toEqual([]);
    }
  });

  test('indicator target texts equal the expected display', () => {
    for (const ind of expected.indicators) {
      const cell = cells.get(`${ind.sheet}!${ind.cell}`);
      expect({ cell: ind.cell, text: cell?.text ?? '' }).toEqual({ cell: ind.cell, text: ind.target });
    }
  });

  test('actual texts equal the expected display', () => {
    for (const ind of expected.indicators) {
      if (!ind.actualCell) continue;
      const cell = cells.get(`${ind.sheet}!${ind.actualCell}`);
      expect({ cell: ind.actualCell, text: cell?.text ?? '' }).toEqual({
        cell: ind.actualCell,
        text: ind.actual ?? '',
      });
    }
  });

  test('every cell has a string text and a format', () => {
    for (const s of result.sheets)
      for (const c of s.cells) {
        expect(typeof c.text).toBe('string');
        expect(typeof c.format).toBe('string');
      }
  });
});

describe('specific cells', () => {
  let cells: Map<string, GridCell>;
  let malformed: Map<string, GridCell>;
  beforeAll(async () => {
    cells = cellMap(await readWorkbookFile(path.join(FIXTURES, 'seed-2021-sfj-selfeval.xlsx')));
    malformed = cellMap(await readWorkbookFile(path.join(FIXTURES, 'malformed-targets.xlsx')));
  });

  test('percent formats', () => {
    expect(cells.get('12348公共法律服务平台!E21')).toMatchObject({ value: 0.973, text: '97.3%', format: '0.0%' });
    expect(cells.get('司法行政其他业务支出!E41')).toMatchObject({ value: 0.88, text: '88%', format: '0%' });
  });

  test('funds with #,##0', () => {
    expect(cells.get('12348公共法律服务平台!C6')).toMatchObject({
      value: 15371720,
      text: '15,371,720',
      format: '#,##0',
    });
    expect(malformed.get('绩效目标申报表!C6')).toMatchObject({ value: 1280000, text: '1,280,000' });
  });

  test('formula gives its cached result', () => {
    const g6 = cells.get('12348公共法律服务平台!G6')!;
    expect(g6.text).toBe('97.49%');
    expect(g6.value).toBeCloseTo(0.97493449, 8);
    expect(g6.format).toBe('0.00%');
  });

  test('#N/A error value', () => {
    expect(malformed.get('绩效目标申报表!E22')).toMatchObject({ value: { error: '#N/A' }, text: '#N/A' });
  });

  test('General numbers and strings', () => {
    expect(cells.get('司法行政其他业务支出!F13')).toMatchObject({ value: 3, text: '3', format: 'General' });
    expect(cells.get('司法行政其他业务支出!E17')).toMatchObject({ value: 2500, text: '2500' });
    expect(cells.get('12348公共法律服务平台!A1')).toMatchObject({
      value: '项目支出绩效自评表',
      text: '项目支出绩效自评表',
    });
  });
});
