/**
 * Merged ranges in the core grid (#11): clipped to the content, indexed per row (never per cell),
 * overlaps found in n log n. The engine survives a sheet-spanning merge and 130,000 rows.
 */
import fc from 'fast-check';
import { analyzeSheet, analyzeWorkbook } from '../../src/core/analyze';
import {
  clipMerge,
  findOverlap,
  LARGE_MERGE_CELLS,
  MergeIndex,
  parseRange,
  SheetGrid,
  type CellRange,
} from '../../src/core/grid';
import type { GridCell } from '../../src/core/types';
import { gridFromRows } from '../helpers/grid';

const HEADER = ['一级指标', '二级指标', '三级指标', '指标值'];

describe('clipMerge', () => {
  test('an ordinary merge is left as it is, even past the content', () => {
    const r = parseRange('A1:J1');
    expect(clipMerge(r, { maxRow: 1, maxCol: 4 })).toBe(r);
  });

  test('a huge merge is cut at the last row and column with content; its top-left never moves', () => {
    expect(clipMerge(parseRange('A30:XFD1048576'), { maxRow: 40, maxCol: 4 })).toEqual({
      top: 30,
      left: 1,
      bottom: 40,
      right: 4,
    });
    // below all content: its first row, as wide as the content
    expect(clipMerge(parseRange('A30:XFD1048576'), { maxRow: 20, maxCol: 4 })).toEqual({
      top: 30,
      left: 1,
      bottom: 30,
      right: 4,
    });
    // right of all content: its first column
    expect(clipMerge(parseRange('Z1:XFD1048576'), { maxRow: 20, maxCol: 4 })).toEqual({
      top: 1,
      left: 26,
      bottom: 20,
      right: 26,
    });
  });
});

describe('MergeIndex', () => {
  test('finds the merge of any cell, short and tall merges alike', () => {
    const idx = new MergeIndex();
    const ranges = ['A1:B2', 'D1:D1000', 'C5:C6', 'E3:H3', 'A10:B10'].map(parseRange);
    ranges.forEach((r) => idx.add(r));
    expect(idx.find(2, 2)).toBe(ranges[0]);
    expect(idx.find(999, 4)).toBe(ranges[1]);
    expect(idx.find(6, 3)).toBe(ranges[2]);
    expect(idx.find(3, 7)).toBe(ranges[3]);
    expect(idx.find(3, 9)).toBeUndefined();
    expect(idx.find(1001, 4)).toBeUndefined();
    expect(idx.find(10, 3)).toBeUndefined();
  });

  test('agrees with a brute-force lookup on random disjoint merges', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            top: fc.integer({ min: 1, max: 600 }),
            left: fc.integer({ min: 1, max: 12 }),
            h: fc.integer({ min: 1, max: 400 }),
            w: fc.integer({ min: 1, max: 4 }),
          }),
          { maxLength: 25 },
        ),
        (specs) => {
          // keep the ones that do not overlap those kept before
          const kept: CellRange[] = [];
          for (const s of specs) {
            const r = { top: s.top, left: s.left, bottom: s.top + s.h - 1, right: s.left + s.w - 1 };
            if (!kept.some((k) => k.top <= r.bottom && r.top <= k.bottom && k.left <= r.right && r.left <= k.right))
              kept.push(r);
          }
          const idx = new MergeIndex();
          kept.forEach((r) => idx.add(r));
          expect(findOverlap(kept)).toBeNull();
          for (let q = 0; q < 200; q++) {
            const row = 1 + ((q * 7919) % 1000);
            const col = 1 + ((q * 31) % 16);
            const want = kept.find((k) => k.top <= row && row <= k.bottom && k.left <= col && col <= k.right);
            expect(idx.find(row, col)).toBe(want);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('findOverlap', () => {
  test('finds an overlap between a sheet-spanning merge and a small one', () => {
    const pair = findOverlap(['A1:XFD1048576', 'C3:D4'].map(parseRange));
    expect(pair).not.toBeNull();
  });

  test('100,000 disjoint merges: none found (n log n, not every pair)', () => {
    const ranges: CellRange[] = [];
    for (let r = 1; r <= 100_000; r++) ranges.push({ top: r, left: 1, bottom: r, right: 2 });
    expect(findOverlap(ranges)).toBeNull();
    ranges.push({ top: 50_000, left: 2, bottom: 50_001, right: 3 });
    expect(findOverlap(ranges)).not.toBeNull();
  }, 60_000);

  test('agrees with comparing every pair on random merges', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            top: fc.integer({ min: 1, max: 30 }),
            left: fc.integer({ min: 1, max: 10 }),
            h: fc.integer({ min: 1, max: 8 }),
            w: fc.integer({ min: 1, max: 5 }),
          }),
          { maxLength: 12 },
        ),
        (specs) => {
          const rs = specs.map((s) => ({ top: s.top, left: s.left, bottom: s.top + s.h - 1, right: s.left + s.w - 1 }));
          let brute = false;
          for (let i = 0; i < rs.length; i++)
            for (let j = i + 1; j < rs.length; j++) {
              const a = rs[i];
              const b = rs[j];
              if (a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right) brute = true;
            }
          expect(findOverlap(rs) !== null).toBe(brute);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('SheetGrid over hostile merges', () => {
  test('a merge of A30:XFD1048576 under a form: the grid clips it, the form is checked', () => {
    const rows = [['项目支出绩效目标申报表'], HEADER];
    for (let i = 0; i < 20; i++) rows.push(['产出指标', '数量指标', `指标${i + 1}`, '≥1个']);
    const snap = gridFromRows(rows, { merges: ['A30:XFD1048576'] });
    const grid = new SheetGrid(snap);
    expect(grid.merges).toEqual([{ top: 30, left: 1, bottom: 30, right: 4 }]); // cut to the content's width, one row
    const forms = analyzeSheet(snap, { lang: 'zh' });
    expect(forms[0].indicators).toHaveLength(20);
  });

  test('a sheet-spanning merge with content at both ends stays one range, indexed without a cell per merged cell', () => {
    const cells: GridCell[] = [
      { row: 1, col: 1, value: '标题', text: '标题' },
      { row: 1_048_576, col: 16_384, value: 'x', text: 'x' },
    ];
    const grid = new SheetGrid({ sheet: 'S', cells, merges: ['A2:XFD1048575'] });
    expect(grid.merge(500_000, 9_000)).toEqual({ top: 2, left: 1, bottom: 1_048_575, right: 16_384 });
    expect(grid.merge(1, 1)).toBeUndefined();
    expect((2 * 16_384) ** 2).toBeGreaterThan(LARGE_MERGE_CELLS);
  });
});

test('130,000 indicator rows: no "Maximum call stack size exceeded"', () => {
  const rows: (string | null)[][] = [['项目支出绩效目标申报表'], HEADER];
  for (let i = 0; i < 130_000; i++) rows.push(['产出指标', '数量指标', `指标${i}`, i % 3 === 0 ? '=>150件' : '≥1个']);
  const model = analyzeWorkbook({ sheets: [gridFromRows(rows, { sheet: '申报表' })] }, { lang: 'zh' });
  expect(model.forms[0].indicators).toHaveLength(130_000);
  expect(model.issues.length).toBeGreaterThan(40_000);
}, 240_000);
