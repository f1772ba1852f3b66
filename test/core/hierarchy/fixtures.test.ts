/**
 * The shared fixtures' expected answers: every level1/level2 is canonical, and feeding the rows in
 * sheet order (as merged, repeated and written-once layouts) gives no hierarchy error.
 */
import * as fs from 'fs';
import * as path from 'path';
import { canonicalLevel1, canonicalLevel2 } from '../../../src/core/hierarchy/names';
import { type HierarchyRowInput, formCoverageFindings, resolveHierarchy } from '../../../src/core/hierarchy/resolve';

const FIXTURES = path.resolve(__dirname, '../../../../shared/fixtures');

interface ExpectedIndicator {
  sheet: string;
  cell: string;
  row: number;
  level1: string;
  level2: string;
  level3: string;
  target: string;
  actual: string | null;
}
interface Expected {
  file: string;
  indicators: ExpectedIndicator[];
  hierarchyErrors: unknown[];
  mergedRanges: Array<{ sheet: string; range: string }>;
}

const files = fs.existsSync(FIXTURES)
  ? fs
      .readdirSync(FIXTURES)
      .filter((f) => f.endsWith('.expected.json'))
      .sort()
  : [];

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function parseRange(a1: string): { c1: number; r1: number; c2: number; r2: number } {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(a1);
  if (!m) throw new Error(`bad range ${a1}`);
  return { c1: colNumber(m[1]), r1: Number(m[2]), c2: colNumber(m[3]), r2: Number(m[4]) };
}

/** Is (row, col) inside a merged range but not its top-left cell? */
function insideMerge(ranges: Array<ReturnType<typeof parseRange>>, row: number, col: number): boolean {
  return ranges.some((r) => row >= r.r1 && row <= r.r2 && col >= r.c1 && col <= r.c2 && (row !== r.r1 || col !== r.c1));
}

function sheetsOf(expected: Expected): string[] {
  return [...new Set(expected.indicators.map((i) => i.sheet))];
}

function layouts(expected: Expected, sheet: string): Record<string, HierarchyRowInput[]> {
  const rows = expected.indicators.filter((i) => i.sheet === sheet).sort((a, b) => a.row - b.row);
  const ranges = expected.mergedRanges.filter((m) => m.sheet === sheet).map((m) => parseRange(m.range));
  const base = (i: ExpectedIndicator): HierarchyRowInput => ({
    row: i.row,
    level1: i.level1,
    level2: i.level2,
    level3: i.level3,
    hasValue: i.target !== '' || (i.actual ?? '') !== '',
  });
  return {
    repeated: rows.map(base),
    merged: rows.map((i) => {
      // The target is in the 4th column of the table (一级 | 二级 | 三级 | 目标值).
      const col1 = colNumber(/^[A-Z]+/.exec(i.cell)![0]) - 3;
      return {
        ...base(i),
        level1Merged: insideMerge(ranges, i.row, col1),
        level2Merged: insideMerge(ranges, i.row, col1 + 1),
      };
    }),
    written: rows.map((i, k) => {
      const prev = rows[k - 1];
      const same1 = prev !== undefined && prev.level1 === i.level1;
      const same2 = same1 && prev.level2 === i.level2;
      return { ...base(i), level1: same1 ? '' : i.level1, level2: same2 ? '' : i.level2 };
    }),
  };
}

describe('shared fixtures', () => {
  it('are present', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

  describe.each(files)('%s', (file) => {
    const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES, file), 'utf8')) as Expected;

    it('has canonical level1/level2 names', () => {
      for (const i of expected.indicators) {
        expect(canonicalLevel1(i.level1)).toBe(i.level1);
        expect(canonicalLevel2(i.level2, i.level1)).toBe(i.level2);
      }
    });

    it.each(sheetsOf(expected).flatMap((s) => ['merged', 'repeated', 'written'].map((l) => [s, l] as const)))(
      'sheet %s, %s layout: no hierarchy errors, names resolved',
      (sheet, layout) => {
        const input = layouts(expected, sheet)[layout];
        const results = resolveHierarchy(input);
        const want = expected.indicators.filter((i) => i.sheet === sheet).sort((a, b) => a.row - b.row);
        const errors = results.filter((r) => r.findings.some((f) => f.severity === 'error'));
        expect(errors.length).toBe(expected.hierarchyErrors.length);
        expect(results.flatMap((r) => r.findings)).toEqual([]);
        expect(results.map((r) => r.kind)).toEqual(want.map(() => 'indicator'));
        expect(results.map((r) => [r.row, r.level1, r.level2, r.level3])).toEqual(
          want.map((i) => [i.row, i.level1, i.level2, i.level3]),
        );
        expect(results.map((r) => [r.level1Canonical, r.level2Canonical])).toEqual(
          want.map((i) => [i.level1, i.level2]),
        );
        expect(formCoverageFindings(results)).toEqual([]);
      },
    );
  });
});
