/**
 * Issue #12, marks in the preview, on the real in-browser workbook (exceljs) with the shared fixture:
 * the pane paints the issues as soon as the file is checked, re-checks and edits keep the marks
 * current without piling records up, Ctrl+Z / Ctrl+Y of an edit leave nothing the record does not
 * know, and "清除标记" restores every cell's fill and note exactly as the file had them.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as ExcelJS from 'exceljs';
import { MARKS_SHEET } from '../../src/core/marks';
import { readMarkRecords } from '../../src/workbook/apply-patch';
import { MemoryHost } from '../../src/preview/memory-host';
import { PaneController } from '../../src/taskpane/state/controller';

jest.setTimeout(60_000);

const FIXTURE = path.resolve(__dirname, '../../../shared/fixtures/malformed-targets.xlsx');
const expected = JSON.parse(fs.readFileSync(FIXTURE.replace(/\.xlsx$/, '.expected.json'), 'utf8')) as {
  indicators: { sheet: string; cell: string; target: string; verdict: string }[];
};

/** Lets the live check's quiet period pass and the pane's queue drain. */
async function live(controller: PaneController): Promise<void> {
  await new Promise((r) => setTimeout(r, 60));
  await controller.idle();
}

const NO_LOOK = JSON.stringify({ fill: null, note: null });

/** Every cell's fill and note, per sheet (what painting may change). */
function looks(wb: ExcelJS.Workbook): Map<string, string> {
  const out = new Map<string, string>();
  for (const ws of wb.worksheets) {
    if (ws.name === MARKS_SHEET) continue;
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        out.set(
          `${ws.name}!${cell.address}`,
          JSON.stringify({ fill: cell.style?.fill ?? null, note: cell.note ?? null }),
        );
      }),
    );
  }
  return out;
}

function flaggedCells(controller: PaneController): string[] {
  const cells = new Set(
    controller
      .issues()
      .filter((i) => i.cell && i.severity !== 'info')
      .map((i) => `${i.sheet}!${i.cell}`),
  );
  return [...cells].sort();
}

async function painted(host: MemoryHost): Promise<string[]> {
  return (await host.paintedCells()).map((p) => `${p.sheet}!${p.cell}`).sort();
}

test('marks follow the checks and clear back to the file exactly', async () => {
  const bytes = fs.readFileSync(FIXTURE);
  const original = await MemoryHost.open(bytes, 'malformed-targets.xlsx', 'zh');
  const host = await MemoryHost.open(bytes, 'malformed-targets.xlsx', 'zh');
  const controller = new PaneController(host, { markOnCheck: true, liveDelayMs: 10 });
  await controller.start();

  // painted as soon as the file is checked: every cell with an error or warning, nothing else
  const flagged = flaggedCells(controller);
  expect(flagged.length).toBeGreaterThan(0);
  expect(await painted(host)).toEqual(flagged);
  expect(controller.markCount()).toBe(flagged.length);
  const sheet = host.activeSheet;
  const errors = expected.indicators.filter((i) => i.verdict === 'error' && i.sheet === sheet);
  const severities = host.paintedSeverities(sheet);
  for (const e of errors) expect(`${e.cell} ${severities.get(e.cell)}`).toBe(`${e.cell} error`);

  // re-checks: the record holds one entry per painted cell, whatever the number of checks
  for (let i = 0; i < 3; i++) await controller.recheck();
  expect(readMarkRecords(host.workbook)).toHaveLength(flagged.length);

  // an edit repaints live; undo brings the error (and its mark) back; redo takes it off again
  const bad = errors.find((e) => e.target === '') ?? errors[0];
  await host.editCell(sheet, bad.cell, '≥90%');
  await live(controller);
  expect(await painted(host)).not.toContain(`${sheet}!${bad.cell}`);
  host.undo();
  await live(controller);
  expect(await painted(host)).toContain(`${sheet}!${bad.cell}`);
  host.redo();
  await live(controller);
  expect(await painted(host)).not.toContain(`${sheet}!${bad.cell}`);
  host.undo();
  await live(controller);

  // a fix: its cell's mark goes with the error
  const fixable = controller.issues().find((i) => i.fix?.safety === 'safe' && i.cell);
  expect(fixable).toBeDefined();
  await controller.fix(fixable!);
  expect(await painted(host)).toEqual(flaggedCells(controller));
  expect(readMarkRecords(host.workbook)).toHaveLength(flaggedCells(controller).length);

  // 清除标记: every cell's fill and note as in the file, the record sheet gone
  await controller.clear();
  expect(await painted(host)).toEqual([]);
  expect(host.workbook.getWorksheet(MARKS_SHEET)).toBeUndefined();
  const before = looks(original.workbook);
  const after = looks(host.workbook);
  const differ = [...new Set([...before.keys(), ...after.keys()])].filter(
    (k) => (before.get(k) ?? NO_LOOK) !== (after.get(k) ?? NO_LOOK),
  );
  expect(differ).toEqual([]);

  // and they stay off: a later re-check does not bring them back
  await controller.recheck();
  expect(await painted(host)).toEqual([]);
  controller.dispose();
});
