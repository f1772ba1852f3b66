/**
 * Issue #10: what people do to a sheet in real Excel, on every platform profile of the fake
 * (Excel on the web, Windows 365, Mac, Office 2019 = ExcelApi 1.8, Office 2021 = ExcelApi 1.14).
 */
import { analyzeSheet } from '../../src/core/analyze';
import { MARKS_SHEET, SEVERITY_FILL } from '../../src/core/marks';
import { buildPatch, type SheetPatch } from '../../src/core/patch';
import { DEFAULT_SCORING_OPTIONS } from '../../src/core/types';
import { createExcelHost } from '../../src/excel/excel-host';
import { isHostError, type WorkbookHost } from '../../src/host/types';
import {
  PROFILES,
  PROFILE_NAMES,
  getCell,
  installFakeExcel,
  setCell,
  type FakeProfileName,
  type FakeSheet,
  type Installed,
} from './fake-excel';
import { snapshotSheet, writeDeclaration } from './forms';

let fx: Installed;
afterEach(() => fx?.uninstall());

const USER_FILL = { color: '#00B050', pattern: 'Solid', patternColor: null };

async function setup(
  profile: FakeProfileName,
  rows = 10,
): Promise<{ host: WorkbookHost; sheet: FakeSheet; twin: FakeSheet }> {
  fx = installFakeExcel({ profile });
  const sheet = writeDeclaration(fx.excel, 'Sheet1', rows);
  const twin = writeDeclaration(fx.excel, '对照', rows); // the same form, never painted: what the sheet must look like
  for (const s of [sheet, twin]) {
    getCell(s, 'B20')!.fill = { ...USER_FILL }; // the user's own fill on cells we never paint
    getCell(s, 'E17')!.fill = { color: '#FFFF00', pattern: 'Solid', patternColor: null }; // and on one we paint
  }
  const host = await createExcelHost();
  fx.excel.resetCounters();
  return { host, sheet, twin };
}

async function paint(host: WorkbookHost, sheet = 'Sheet1', replace = false): Promise<SheetPatch> {
  const patch = buildPatch(analyzeSheet(await host.readSheet(sheet), { lang: host.lang }), { lang: host.lang });
  await host.applyPatch(patch, replace ? { replace: [sheet] } : {});
  return patch;
}

/** The look of the sheet compared with its never-painted twin. */
function sameAsTwin(sheet: FakeSheet, twin: FakeSheet): void {
  expect(snapshotSheet(sheet)).toEqual(snapshotSheet(twin));
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe.each(PROFILE_NAMES)('profile %s', (profile) => {
  const api = PROFILES[profile].maxExcelApi;

  describe('1. marks follow their cells', () => {
    test.each([
      ['rows inserted above the painted cells', (n: string) => fx.excel.shiftRows(n, 14, 2)],
      ['rows inserted among them', (n: string) => fx.excel.shiftRows(n, 16, 1)],
      ['rows deleted among them', (n: string) => fx.excel.shiftRows(n, 15, -2)],
      ['a column inserted left of them', (n: string) => fx.excel.shiftColumns(n, 2, 1)],
      ['a column deleted left of them', (n: string) => fx.excel.shiftColumns(n, 1, -1)],
    ])("%s: 清除标记 restores the moved cells and never wipes the user's fill", async (_label, change) => {
      const { host, sheet, twin } = await setup(profile);
      const off = await host.onChanged(() => undefined);
      await paint(host);
      expect(getCell(sheet, 'E17')!.fill.color).toBe(SEVERITY_FILL.error);
      await change('Sheet1');
      await change('对照');
      await host.clearMarks();
      sameAsTwin(sheet, twin);
      off();
    });

    test("repaint after a row insert (a live re-check) keeps the user's looks, then clears exactly", async () => {
      const { host, sheet, twin } = await setup(profile);
      const off = await host.onChanged(() => undefined);
      await paint(host);
      await fx.excel.shiftRows('Sheet1', 15, 3);
      await fx.excel.shiftRows('对照', 15, 3);
      await paint(host, 'Sheet1', true);
      await host.clearMarks();
      sameAsTwin(sheet, twin);
      off();
    });

    test("rows inserted while no pane listened: nothing of the user's is wiped, the rest is reported", async () => {
      const { host, sheet } = await setup(profile);
      await paint(host);
      await fx.excel.shiftRows('Sheet1', 14, 2); // E15 (painted) moves to E17; B20's green to B22
      setCell(sheet, 'E15', null, { fill: { ...USER_FILL } }); // the user fills the (empty, inserted) cell now at E15
      const result = await host.clearMarks();
      expect(getCell(sheet, 'E15')!.fill).toEqual(USER_FILL);
      expect(getCell(sheet, 'B22')!.fill).toEqual(USER_FILL);
      expect(result.leftAlone).toContainEqual({ sheet: 'Sheet1', cell: 'E15' });
    });

    test('a cell the user filled after we painted it is left as it is, and said so', async () => {
      const { host, sheet } = await setup(profile);
      await paint(host);
      getCell(sheet, 'E15')!.fill = { ...USER_FILL };
      const result = await host.clearMarks();
      expect(getCell(sheet, 'E15')!.fill).toEqual(USER_FILL);
      expect(result.leftAlone).toEqual([{ sheet: 'Sheet1', cell: 'E15' }]);
      expect(getCell(sheet, 'E17')!.fill.color).toBe('#FFFF00'); // the others are restored
    });

    test("a sort moves the user's fill onto a painted address: it is never wiped", async () => {
      const { host, sheet } = await setup(profile);
      await paint(host);
      getCell(sheet, 'C20')!.fill = { ...USER_FILL };
      await fx.excel.sortRows('Sheet1', 14, 23, 4); // by 三级指标: rows change places
      const greens = [...sheet.cells.values()].filter((c) => c.fill.color === USER_FILL.color).length;
      await host.clearMarks();
      expect([...sheet.cells.values()].filter((c) => c.fill.color === USER_FILL.color).length).toBe(greens);
    });

    test('a renamed sheet keeps its marks: listed under the new name and cleared', async () => {
      const { host, sheet, twin } = await setup(profile);
      await paint(host);
      fx.excel.renameSheet('Sheet1', '2026年申报');
      expect(new Set((await host.paintedCells()).map((c) => c.sheet))).toEqual(new Set(['2026年申报']));
      await host.clearMarks('2026年申报');
      sameAsTwin(sheet, twin);
      expect(await host.paintedCells()).toEqual([]);
    });
  });

  describe('2. one user action, one undo step', () => {
    test('paint (the record sheet made outside the group), repaint, clear and writes: never UndoNotSupported', async () => {
      const { host } = await setup(profile);
      await paint(host); // first paint: the record sheet is added ungrouped
      let steps = fx.excel.undoSteps;
      await paint(host, 'Sheet1', true); // a repaint: old marks off and new on in one step
      expect(fx.excel.undoSteps - steps).toBe(1);
      steps = fx.excel.undoSteps;
      await host.clearMarks();
      expect(fx.excel.undoSteps - steps).toBe(1);
      steps = fx.excel.undoSteps;
      await host.writeCells(
        [
          { sheet: 'Sheet1', cell: 'H14', text: '9' },
          { sheet: 'Sheet1', cell: 'H15', text: '8' },
        ],
        { onlyIfEmpty: true },
      );
      expect(fx.excel.undoSteps - steps).toBe(1);
      const grouped = fx.excel.runOptions.filter((o) => (o as { mergeUndoGroup?: boolean }).mergeUndoGroup).length;
      expect(grouped > 0).toBe(api >= 20);
    });

    test('the template and the settings (they add sheets and names) never run in an undo group', async () => {
      const { host } = await setup(profile);
      const name = await host.insertTemplate({ layout: 'declaration', year: 2026, indicatorRows: 3 });
      expect(fx.excel.findSheet(name)).toBeDefined();
      await host.saveSettings({ scoring: DEFAULT_SCORING_OPTIONS, writeStatusColumn: true });
      expect((await host.loadSettings())?.writeStatusColumn).toBe(true);
    });

    test('the first paint writes every fill, note and the record in one step', async () => {
      const { host, sheet } = await setup(profile);
      const steps = fx.excel.undoSteps;
      await paint(host);
      // one step for the record sheet (adding a sheet cannot be undone anyway), one for the paint
      expect(fx.excel.undoSteps - steps).toBe(2);
      expect(getCell(sheet, 'E17')!.fill.color).toBe(SEVERITY_FILL.error);
    });

    test('Excel refusing the group (UndoNotSupported) falls back to an ungrouped batch', async () => {
      const { host, sheet, twin } = await setup(profile);
      fx.excel.refuseAllGroups = true;
      await paint(host);
      expect(getCell(sheet, 'E17')!.fill.color).toBe(SEVERITY_FILL.error);
      await host.clearMarks();
      sameAsTwin(sheet, twin);
    });
  });

  describe('3. typing while the pane re-checks', () => {
    test('a live re-check waits for the user to leave the cell instead of failing (read and repaint)', async () => {
      const { host } = await setup(profile);
      fx.excel.cellEditMode = true;
      let done = false;
      const read = host.readSheet(undefined, { live: true }).then((s) => {
        done = true;
        return s;
      });
      await flush();
      expect(done).toBe(false);
      fx.excel.exitCellEdit();
      const snap = await read;
      expect(snap.cells.length).toBeGreaterThan(40);
      fx.excel.cellEditMode = true;
      const repaint = host.applyPatch(buildPatch(analyzeSheet(snap)), { replace: ['Sheet1'], live: true });
      await flush();
      fx.excel.exitCellEdit();
      await expect(repaint).resolves.toEqual({ protectedSheets: [] });
    });

    test('an action the user asked for does not wait (clicking the pane does not end cell editing on Windows): it fails as cell-edit', async () => {
      const { host, sheet } = await setup(profile);
      const before = snapshotSheet(sheet);
      const patch = buildPatch(analyzeSheet(await host.readSheet()));
      fx.excel.cellEditMode = true;
      expect(isHostError(await host.readSheet().catch((e: unknown) => e), 'cell-edit')).toBe(true);
      expect(isHostError(await host.applyPatch(patch).catch((e: unknown) => e), 'cell-edit')).toBe(true);
      expect(snapshotSheet(sheet)).toEqual(before);
    });

    test('if Excel refuses anyway, the failure is a cell-edit HostError (the pane shows no notice for it)', async () => {
      const { host } = await setup(profile);
      fx.excel.cellEditMode = true;
      const original = (globalThis as { Excel: { run: (...a: unknown[]) => unknown } }).Excel.run;
      (globalThis as { Excel: { run: (...a: unknown[]) => unknown } }).Excel.run = (o: unknown, b?: unknown) =>
        typeof o === 'object' && o !== null && typeof b === 'function' ? original({}, b) : original(o, b); // a build ignoring delayForCellEdit
      const error = await host.readSheet(undefined, { live: true }).catch((e: unknown) => e);
      expect(isHostError(error, 'cell-edit')).toBe(true);
    });
  });

  describe('4. protected sheets', () => {
    test('nothing is painted, written or cleared on a protected sheet; the result says which', async () => {
      const { host, sheet } = await setup(profile);
      sheet.protected = true;
      const before = snapshotSheet(sheet);
      const patch = buildPatch(analyzeSheet(await host.readSheet(), { lang: host.lang }), { lang: host.lang });
      expect(await host.applyPatch(patch)).toEqual({ protectedSheets: ['Sheet1'] });
      expect(snapshotSheet(sheet)).toEqual(before);
      expect(fx.excel.findSheet(MARKS_SHEET)).toBeUndefined();
      const fill = await host.writeCells([{ sheet: 'Sheet1', cell: 'H14', text: '9' }], { onlyIfEmpty: true });
      expect(fill).toEqual({ written: [], skipped: [], protectedSheets: ['Sheet1'] });
      const fix = await host.writeCells([{ sheet: 'Sheet1', cell: 'E15', text: '≥95%' }], { onlyIfEmpty: false });
      expect(fix).toEqual({ written: [], skipped: [], protectedSheets: ['Sheet1'] });
      expect(snapshotSheet(sheet)).toEqual(before);
    });

    test('a sheet protected after painting keeps its marks (and record) until it is unprotected', async () => {
      const { host, sheet, twin } = await setup(profile);
      await paint(host);
      sheet.protected = true;
      expect(await host.clearMarks()).toEqual({ protectedSheets: ['Sheet1'], leftAlone: [] });
      expect((await host.paintedCells()).length).toBeGreaterThan(0);
      sheet.protected = false;
      await host.clearMarks();
      sameAsTwin(sheet, twin);
    });
  });

  describe('5. big sheets', () => {
    test('a used range over the response cap is read in row bands, the same snapshot', async () => {
      const { host } = await setup(profile, 2000);
      const whole = await host.readSheet();
      fx.excel.maxResponseBytes = 150_000;
      fx.excel.resetCounters();
      const banded = await host.readSheet();
      expect(banded.cells).toEqual(whole.cells);
      expect(new Set(banded.merges)).toEqual(new Set(whole.merges));
      expect(fx.excel.syncs).toBeGreaterThan(2);
    });

    test('a used range over the cell-count cap of one get is read in row bands', async () => {
      const { host } = await setup(profile, 2000);
      const whole = await host.readSheet();
      fx.excel.maxCellsPerGet = 30_000;
      const banded = await host.readSheet();
      expect(banded.cells).toEqual(whole.cells);
    });

    test('more than 512 merged areas (Excel throws, or answers nothing): the areas are read by bands', async () => {
      const { host, sheet } = await setup(profile, 600);
      for (let r = 14; r < 614; r++) sheet.merges.push(`F${r}:G${r}`);
      const snap = await host.readSheet();
      if (api >= 13) expect(new Set(snap.merges)).toEqual(new Set(sheet.merges));
      else expect(snap.merges).toEqual([]);
      expect(analyzeSheet(snap)[0].indicators).toHaveLength(600);
    });

    test('round trips do not grow from 10 to 2,000 rows: read 1, read+paint ≤ 3, clear ≤ 3', async () => {
      const counts = [];
      for (const rows of [10, 2000]) {
        const { host } = await setup(profile, rows);
        await host.readSheet();
        const read = fx.excel.syncs;
        fx.excel.resetCounters();
        await paint(host);
        const readPaint = fx.excel.syncs;
        fx.excel.resetCounters();
        await host.clearMarks();
        counts.push({ read, readPaint, clear: fx.excel.syncs });
        expect(fx.excel.violations).toEqual([]);
        fx.uninstall();
      }
      expect(counts[1]).toEqual(counts[0]);
      expect(counts[0].read).toBe(1);
      expect(counts[0].readPaint).toBeLessThanOrEqual(3);
      expect(counts[0].clear).toBeLessThanOrEqual(3);
    });
  });

  describe('8. switching sheets', () => {
    test('onActivated reports the sheet the user opens (never our own sheets); unsubscribe stops it', async () => {
      const { host } = await setup(profile);
      await paint(host);
      const seen: string[] = [];
      const off = await host.onActivated!((s) => seen.push(s));
      await fx.excel.activateSheet('对照');
      await fx.excel.activateSheet(MARKS_SHEET);
      await fx.excel.activateSheet('Sheet1');
      expect(seen).toEqual(['对照', 'Sheet1']);
      off();
      await flush();
      await fx.excel.activateSheet('对照');
      expect(seen).toHaveLength(2);
      expect(fx.excel.workbook.activatedHandlers.size).toBe(0);
    });

    test("the add-in's own writes fire onChanged, marked own where the set has triggerSource (1.14)", async () => {
      const { host } = await setup(profile);
      const seen: { sheet: string; own?: boolean }[] = [];
      const off = await host.onChanged((c) => seen.push(c));
      await host.writeCells([{ sheet: 'Sheet1', cell: 'H14', text: '9' }], { onlyIfEmpty: false });
      await flush();
      await flush();
      expect(seen.length).toBeGreaterThan(0);
      expect(seen[0].own).toBe(api >= 14 ? true : undefined);
      off();
      expect(fx.excel.handlerErrors).toEqual([]);
    });
  });
});

test("the ribbon command painted in another runtime: the pane's 清除标记 still finds and clears it", async () => {
  fx = installFakeExcel({ profile: 'web' });
  const sheet = writeDeclaration(fx.excel, 'Sheet1', 10);
  const before = snapshotSheet(sheet);
  const pane = await createExcelHost(); // no record yet
  const ribbon = await createExcelHost();
  await paint(ribbon);
  expect((await pane.paintedCells()).length).toBeGreaterThan(0);
  await pane.clearMarks();
  expect(snapshotSheet(sheet)).toEqual(before);
});
