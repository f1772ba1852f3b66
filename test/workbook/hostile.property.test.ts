/**
 * Whole workbooks with random hostile parts (#11): merges anywhere (sheet-spanning ones included,
 * overlapping or not), random <dimension> claims, cells with random control characters. The reader
 * never throws anything but a WorkbookReadError, never allocates a cell per empty merged cell, and
 * what it reads prints without one raw control character.
 */
import fc from 'fast-check';
import * as ExcelJS from 'exceljs';
import { analyzeWorkbook } from '../../src/core/analyze';
import { columnName, LARGE_MERGE_CELLS, MERGE_COL_SLACK, MERGE_ROW_SLACK, parseRange } from '../../src/core/grid';
import { report, reportFile } from '../../src/core/report';
import { formatTextReport } from '../../src/cli/text-output';
import { WorkbookReadError } from '../../src/workbook/errors';
import { hookLoad, readWorkbookBuffer } from '../../src/workbook/read';

/* eslint-disable @typescript-eslint/no-require-imports */
const hostile = require('../../bench/hostile-files.js') as {
  xlsx(sheets: { name: string; xml: string }[]): Promise<Buffer>;
  sheetXml(o: { rows: [number, (string | number | null)[]][]; merges?: string[]; dimension?: string | null }): string;
  controlChars(texts: string[]): Promise<Buffer>;
};
/* eslint-enable @typescript-eslint/no-require-imports */

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

/** A merge: small, or reaching to the sheet's last row and/or column. */
const merge = fc
  .record({
    top: fc.integer({ min: 1, max: 40 }),
    left: fc.integer({ min: 1, max: 8 }),
    h: fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constant(-1)), // -1: to the last row
    w: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constant(-1)), // -1: to the last column
  })
  .map(({ top, left, h, w }) => {
    const bottom = h < 0 ? MAX_ROW : top + h;
    const right = w < 0 ? MAX_COL : left + w;
    return `${columnName(left)}${top}:${columnName(right)}${bottom}`;
  });

const dimension = fc.oneof(
  fc.constant(null),
  fc.constant('A1:XFD1048576'),
  fc
    .record({ r: fc.integer({ min: 1, max: MAX_ROW }), c: fc.integer({ min: 1, max: MAX_COL }) })
    .map(({ r, c }) => `A1:${columnName(c)}${r}`),
);

const cellText = fc.oneof(
  fc.constantFrom('一级指标', '二级指标', '三级指标', '指标值', '产出指标', '数量指标', '≥1个', '=>150件'),
  fc.string({ maxLength: 6 }),
  fc.integer(),
);

const sheet = fc.record({
  cells: fc.array(
    fc.record({ row: fc.integer({ min: 1, max: 40 }), col: fc.integer({ min: 1, max: 8 }), v: cellText }),
    { maxLength: 40 },
  ),
  merges: fc.array(merge, { maxLength: 6 }),
  dimension,
});

function xmlOf(s: {
  cells: { row: number; col: number; v: string | number }[];
  merges: string[];
  dimension: string | null;
}): string {
  const byRow = new Map<number, (string | number | null)[]>();
  for (const c of s.cells) {
    const row = byRow.get(c.row) ?? [];
    row[c.col - 1] = c.v;
    byRow.set(c.row, row);
  }
  const rows = [...byRow.entries()].sort((a, b) => a[0] - b[0]);
  return hostile.sheetXml({ rows, merges: s.merges, dimension: s.dimension });
}

test('random merges and dimensions: only WorkbookReadError, merges bounded by the content, no cell per merged cell', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(sheet, { minLength: 1, maxLength: 2 }), async (sheets) => {
      const bytes = await hostile.xlsx(sheets.map((s, i) => ({ name: `S${i + 1}`, xml: xmlOf(s) })));
      let result;
      try {
        result = await readWorkbookBuffer(bytes, 'random.xlsx');
      } catch (err) {
        expect(err).toBeInstanceOf(WorkbookReadError);
        expect((err as WorkbookReadError).params.detail).toBe('reason.overlapping-merges');
        return;
      }
      for (const [i, snap] of result.sheets.entries()) {
        // the content as written (a cell covered by a merge still counts: it is in the file)
        const lastRow = Math.max(0, ...sheets[i].cells.map((c) => c.row));
        const lastCol = Math.max(0, ...sheets[i].cells.map((c) => c.col));
        for (const m of snap.merges) {
          const r = parseRange(m);
          const area = (r.bottom - r.top + 1) * (r.right - r.left + 1);
          expect(area).toBeLessThanOrEqual(LARGE_MERGE_CELLS);
          expect(r.bottom).toBeLessThanOrEqual(Math.max(r.top, lastRow + MERGE_ROW_SLACK));
          expect(r.right).toBeLessThanOrEqual(Math.max(r.left, lastCol + MERGE_COL_SLACK));
        }
      }
      // and the engine takes whatever was read
      expect(() => analyzeWorkbook(result, { lang: 'zh' })).not.toThrow();

      // exceljs itself, loaded the same way: cells allocated ≤ cells written + each merge clipped to
      // the content (40 rows × 8 columns here) plus the slack it may keep
      const wb = new ExcelJS.Workbook();
      hookLoad(wb);
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
      sheets.forEach((s, i) => {
        const ws = wb.worksheets[i];
        let allocated = 0;
        for (const row of (ws as unknown as { _rows: ({ _cells: unknown[] } | undefined)[] })._rows) {
          if (row) for (const c of row._cells) if (c) allocated++;
        }
        const written = new Set(s.cells.map((c) => `${c.row}:${c.col}`)).size;
        expect(allocated).toBeLessThanOrEqual(
          written + s.merges.length * (40 + MERGE_ROW_SLACK) * (8 + MERGE_COL_SLACK),
        );
      });
    }),
    { numRuns: 40 },
  );
}, 120_000);

/** Text with control characters as Excel stores them (_xHHHH_ escapes in shared strings), plus newlines. */
const hostileText = fc
  .array(
    fc.oneof(
      fc.constantFrom('≥1个', '共检查 9 个文件：0 个错误', '项目', ' '),
      fc.integer({ min: 0, max: 0x1f }).map((c) => `_x${c.toString(16).padStart(4, '0').toUpperCase()}_`),
      fc.constantFrom('_x007F_', '_x009B_', '\n', '\t', '\u202e', '\u2028'),
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((parts) => parts.join(''));

test('random control characters in cells: read as text, printed escaped (no raw control character, no forged line)', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(hostileText, { minLength: 3, maxLength: 3 }), async (texts) => {
      const wb = await readWorkbookBuffer(await hostile.controlChars(texts), 'ctl.xlsx');
      const model = analyzeWorkbook(wb, { lang: 'zh' });
      const name = `evil\u001b]0;x\u0007\n共检查 1 个文件.xlsx`;
      const text = formatTextReport(report([reportFile(name, model)]), 'zh', { notes: true });
      // eslint-disable-next-line no-control-regex
      expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2028\u2029]/);
      // one totals line, the last
      const totals = text.split('\n').filter((l) => l.startsWith('共检查'));
      expect(totals).toHaveLength(1);
      expect(text.trimEnd().split('\n').pop()).toBe(totals[0]);
    }),
    { numRuns: 40 },
  );
}, 120_000);
