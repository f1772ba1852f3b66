/**
 * The office-js WorkbookHost against the fake Excel: constant round trips, exact restore, no
 * overwrite of filled cells, requirement-set fallbacks, the template, events, settings.
 */
import { analyzeSheet } from '../../src/core/analyze';
import { MARKS_SHEET, SEVERITY_FILL } from '../../src/core/marks';
import { message } from '../../src/core/messages';
import { buildPatch, type SheetPatch } from '../../src/core/patch';
import { LEVEL1_LIST_NAME, LIST_SHEET_NAME, buildTemplate } from '../../src/core/template';
import { DEFAULT_SCORING_OPTIONS } from '../../src/core/types';
import { SETTINGS_SHEET } from '../../src/core/settings-store';
import { createExcelHost, fillLook, isOurNote, stitchBands } from '../../src/excel/excel-host';
import type { WorkbookHost } from '../../src/host/types';
import { getCell, installFakeExcel, setCell, type Installed } from './fake-excel';
import { snapshotSheet, writeDeclaration } from './forms';

let fx: Installed;
afterEach(() => fx?.uninstall());

async function setup(
  rows: number,
  options: Parameters<typeof installFakeExcel>[0] = {},
): Promise<{ host: WorkbookHost; fx: Installed }> {
  fx = installFakeExcel(options);
  writeDeclaration(fx.excel, 'Sheet1', rows);
  const host = await createExcelHost();
  fx.excel.resetCounters();
  return { host, fx };
}

async function checkAndPaint(host: WorkbookHost): Promise<SheetPatch> {
  const forms = analyzeSheet(await host.readSheet(), { lang: host.lang });
  const patch = buildPatch(forms, { lang: host.lang });
  await host.applyPatch(patch);
  return patch;
}

/** Round trips of read, read+paint and clear for a form of `rows` indicator rows. */
async function measure(
  rows: number,
  maxExcelApi = 20,
): Promise<{ read: number; readPaint: number; clear: number; ops: number }> {
  const { host, fx: f } = await setup(rows, { maxExcelApi });
  await host.readSheet();
  const read = f.excel.syncs;
  f.excel.resetCounters();
  const patch = await checkAndPaint(host);
  const readPaint = f.excel.syncs;
  f.excel.resetCounters();
  await host.clearMarks();
  const clear = f.excel.syncs;
  expect(f.excel.violations).toEqual([]);
  f.uninstall();
  return { read, readPaint, clear, ops: patch.ops.length };
}

describe('round trips do not grow with the sheet', () => {
  test.each([20, 17, 12, 8, 7])('10 rows and 2,000 rows take the same syncs (ExcelApi 1.%i)', async (api) => {
    const small = await measure(10, api);
    const big = await measure(2000, api);
    expect(big.ops).toBeGreaterThan(small.ops * 100); // the big form really has more to paint
    expect({ read: big.read, readPaint: big.readPaint, clear: big.clear }).toEqual({
      read: small.read,
      readPaint: small.readPaint,
      clear: small.clear,
    });
    expect(small.read).toBe(1);
    expect(small.readPaint).toBeLessThanOrEqual(3);
    expect(small.clear).toBeLessThanOrEqual(api >= 18 ? 3 : 2);
  });

  test('formats are written by range: proxies grow with runs, not with cells (ExcelApi 1.9+)', async () => {
    const { host, fx: f } = await setup(2000);
    await checkAndPaint(host);
    // 2,000 rows give 800 painted cells in one column; getRanges lists of ≤250 characters
    expect(f.excel.callCount('getRanges')).toBeLessThan(200);
    expect(f.excel.maxAddressLength).toBeLessThanOrEqual(250);
    expect(f.excel.callCount('getCellProperties')).toBeLessThanOrEqual(3);
  });
});

describe('readSheet', () => {
  test('values, displayed text, number formats, value types, errors, merges, offset used range', async () => {
    fx = installFakeExcel();
    const sheet = fx.excel.sheet('Sheet1');
    setCell(sheet, 'C3', 0.95, { numberFormat: '0%' });
    setCell(sheet, 'D4', '≥200人次');
    setCell(sheet, 'E5', '#N/A', { error: '#N/A' });
    setCell(sheet, 'F6', true);
    setCell(sheet, 'G7', 46022, { numberFormat: 'yyyy-mm-dd', text: '2025-12-31' });
    sheet.merges.push('C8:D9');
    const host = await createExcelHost();
    fx.excel.resetCounters();
    const snap = await host.readSheet();
    expect(fx.excel.syncs).toBe(1);
    expect(snap.sheet).toBe('Sheet1');
    const byAddr = Object.fromEntries(snap.cells.map((c) => [`${c.row},${c.col}`, c]));
    expect(byAddr['3,3']).toEqual({ row: 3, col: 3, value: 0.95, text: '95%', format: '0%' });
    expect(byAddr['4,4']).toMatchObject({ value: '≥200人次', text: '≥200人次' });
    expect(byAddr['5,5']).toMatchObject({ value: { error: '#N/A' }, text: '#N/A' });
    expect(byAddr['6,6']).toMatchObject({ value: true, text: 'TRUE' });
    expect(byAddr['7,7']).toMatchObject({ value: 46022, text: '2025-12-31', format: 'yyyy-mm-dd' });
    expect(snap.cells).toHaveLength(5);
    expect(snap.merges).toEqual(['C8:D9']);
  });

  test('an empty sheet, a named sheet, sheet names that need quotes', async () => {
    fx = installFakeExcel();
    const odd = fx.excel.addSheet("Q1, 'draft'");
    setCell(odd, 'B2', '一级指标');
    odd.merges.push('B2:C2', 'D4:D6');
    const host = await createExcelHost();
    expect(await host.readSheet()).toEqual({ sheet: 'Sheet1', cells: [], merges: [] });
    const snap = await host.readSheet("Q1, 'draft'");
    expect(snap.cells).toEqual([{ row: 2, col: 2, value: '一级指标', text: '一级指标', format: 'General' }]);
    expect(snap.merges).toEqual(['B2:C2', 'D4:D6']);
  });

  test('a form starting at B3 is found at its place', async () => {
    fx = installFakeExcel();
    writeDeclaration(fx.excel, 'Sheet1', 5, { top: 3, left: 2 });
    const host = await createExcelHost();
    const [form] = analyzeSheet(await host.readSheet());
    expect(form.indicators).toHaveLength(5);
    expect(form.indicators[0].cells.target).toBe('F16');
  });

  test.each([false, true])(
    'more than 512 merged areas: read again by bands, areas whole (clipped by Excel: %s)',
    async (clip) => {
      fx = installFakeExcel();
      const sheet = writeDeclaration(fx.excel, 'Sheet1', 600); // A13:A613 crosses every band
      for (let r = 14; r < 614; r++) sheet.merges.push(`F${r}:G${r}`);
      fx.excel.clipMergedAreas = clip;
      const host = await createExcelHost();
      fx.excel.resetCounters();
      const snap = await host.readSheet();
      expect(fx.excel.syncs).toBe(3); // the failed whole-sheet read, then values + bands
      expect(new Set(snap.merges)).toEqual(new Set(sheet.merges));
      expect(snap.merges).toHaveLength(sheet.merges.length);
      expect(analyzeSheet(snap)[0].indicators).toHaveLength(600);
    },
  );

  test('stitchBands: pieces of one area overlap on the shared row; separate areas never overlap', () => {
    expect(stitchBands([['A1:A101'], ['A101:A150']])).toEqual(['A1:A150']); // one area, clipped per band
    expect(
      stitchBands([
        ['F100:G100', 'F101:G101'],
        ['F101:G101', 'F102:G102'],
      ]),
    ).toEqual(['F100:G100', 'F101:G101', 'F102:G102']);
    expect(stitchBands([['B2:C300'], ['B2:C300']])).toEqual(['B2:C300']); // reported whole by both bands
  });

  test('a band that still holds more than 512 merged areas gives a snapshot without merges, not a failure', async () => {
    fx = installFakeExcel();
    const sheet = writeDeclaration(fx.excel, 'Sheet1', 10);
    fx.excel.maxMergedAreas = 1;
    const host = await createExcelHost();
    const snap = await host.readSheet();
    expect(snap.merges).toEqual([]);
    expect(snap.cells.length).toBeGreaterThan(40);
    expect(sheet.merges.length).toBe(2);
  });

  test('listSheets leaves out the marks sheet and hidden sheets', async () => {
    const { host, fx: f } = await setup(5);
    await checkAndPaint(host);
    f.excel.addSheet('隐藏').visibility = 'Hidden';
    f.excel.addSheet('第二张');
    expect(await host.listSheets()).toEqual({ names: ['Sheet1', '第二张'], active: 'Sheet1' });
  });
});

describe('paint and clear', () => {
  test('paint → clear restores every cell exactly (fills with patterns, user notes, fonts, borders untouched)', async () => {
    fx = installFakeExcel();
    const sheet = writeDeclaration(fx.excel, 'Sheet1', 10);
    // E15 and E17 get findings (see forms.ts); give them and their neighbours looks of their own
    getCell(sheet, 'E15')!.fill = { color: '#00B050', pattern: 'Gray25', patternColor: '#FF0000' };
    getCell(sheet, 'E15')!.font = { bold: true, size: 14, color: '#1F4E79' };
    getCell(sheet, 'E15')!.borders = { 'EdgeTop.style': 'Double' };
    getCell(sheet, 'E17')!.fill = { color: '#FFFF00', pattern: 'Solid', patternColor: null };
    sheet.notes.set('E17', '请财务科核实');
    sheet.notes.set('B14', '别人的批注'); // not painted: must stay
    const before = snapshotSheet(sheet);
    const host = await createExcelHost();

    const patch = await checkAndPaint(host);
    const painted = patch.ops.filter((o) => o.kind === 'highlight');
    expect(painted.map((o) => o.cell)).toEqual(expect.arrayContaining(['E15', 'E17']));
    expect(getCell(sheet, 'E17')!.fill).toEqual({ color: SEVERITY_FILL.error, pattern: 'Solid', patternColor: null });
    expect(getCell(sheet, 'E15')!.fill.color).toBe(SEVERITY_FILL.warning);
    expect(getCell(sheet, 'E15')!.fill.pattern).toBe('Solid'); // the user's pattern does not show through
    expect(getCell(sheet, 'E15')!.font).toEqual({ bold: true, size: 14, color: '#1F4E79' });
    expect(sheet.notes.get('E17')).toMatch(/^请财务科核实\n\n绩效目标检查：/); // the user's note stays readable
    expect(isOurNote(sheet.notes.get('E15')!)).toBe(true);
    expect(fx.excel.sheet(MARKS_SHEET).visibility).toBe('VeryHidden');
    expect(await host.paintedCells()).toEqual(painted.map((o) => ({ sheet: 'Sheet1', cell: o.cell })));

    // painting again (a live re-check) keeps the first record: the user's look, not ours
    await checkAndPaint(host);
    expect(await host.clearMarks()).toEqual({ protectedSheets: [], leftAlone: [] });
    expect(snapshotSheet(sheet)).toEqual(before);
    // deleting a sheet cannot be part of the clear's undo group: the record is left empty…
    expect(fx.excel.findSheet(MARKS_SHEET)?.visibility).toBe('VeryHidden');
    expect(await host.paintedCells()).toEqual([]);
    // …and the next host to start removes it
    await createExcelHost();
    expect(fx.excel.findSheet(MARKS_SHEET)).toBeUndefined();
  });

  test('the record lives in the workbook: a new host (pane reopened) clears what an old one painted', async () => {
    fx = installFakeExcel();
    const sheet = writeDeclaration(fx.excel, 'Sheet1', 10);
    const before = snapshotSheet(sheet);
    await checkAndPaint(await createExcelHost());
    expect(snapshotSheet(sheet)).not.toEqual(before);
    const reopened = await createExcelHost();
    expect((await reopened.paintedCells()).length).toBeGreaterThan(0);
    await reopened.clearMarks();
    expect(snapshotSheet(sheet)).toEqual(before);
  });

  test('clearMarks(sheet) clears one sheet and keeps the record of the others', async () => {
    fx = installFakeExcel();
    const one = writeDeclaration(fx.excel, 'Sheet1', 5);
    const two = writeDeclaration(fx.excel, '表二', 5);
    const beforeOne = snapshotSheet(one);
    const host = await createExcelHost();
    await checkAndPaint(host);
    const forms = analyzeSheet(await host.readSheet('表二'));
    await host.applyPatch(buildPatch(forms));
    const paintedTwo = snapshotSheet(two);
    await host.clearMarks('Sheet1');
    expect(snapshotSheet(one)).toEqual(beforeOne);
    expect(snapshotSheet(two)).toEqual(paintedTwo);
    expect((await host.paintedCells()).every((c) => c.sheet === '表二')).toBe(true);
  });

  test('a note the user rewrote after painting is left alone; a note the user deleted is put back', async () => {
    fx = installFakeExcel();
    const sheet = writeDeclaration(fx.excel, 'Sheet1', 10);
    sheet.notes.set('E17', '原有批注');
    const host = await createExcelHost();
    await checkAndPaint(host);
    sheet.notes.set('E15', '我改过的说明'); // user replaced our note
    sheet.notes.delete('E17'); // user deleted the combined note
    await host.clearMarks();
    expect(sheet.notes.get('E15')).toBe('我改过的说明');
    expect(sheet.notes.get('E17')).toBe('原有批注');
  });

  test('a record whose sheet was deleted is dropped without failing the clear', async () => {
    fx = installFakeExcel();
    writeDeclaration(fx.excel, 'Sheet1', 5);
    const gone = writeDeclaration(fx.excel, '删掉的表', 5);
    const host = await createExcelHost();
    await host.applyPatch(buildPatch(analyzeSheet(await host.readSheet('删掉的表'))));
    fx.excel.workbook.sheets.splice(fx.excel.workbook.sheets.indexOf(gone), 1);
    await expect(host.clearMarks()).resolves.toEqual({ protectedSheets: [], leftAlone: [] });
    expect(await host.paintedCells()).toEqual([]);
  });

  test('another runtime removed the marks sheet meanwhile: probe again and carry on', async () => {
    fx = installFakeExcel();
    writeDeclaration(fx.excel, 'Sheet1', 5);
    const host = await createExcelHost();
    const other = await createExcelHost();
    await checkAndPaint(other); // creates the marks sheet; `host` still believes there is none
    await expect(checkAndPaint(host)).resolves.toBeDefined();
    await other.clearMarks(); // empties it; `host` believes it has cells
    await expect(host.clearMarks()).resolves.toEqual({ protectedSheets: [], leftAlone: [] });
    fx.excel.workbook.sheets.splice(fx.excel.workbook.sheets.indexOf(fx.excel.sheet(MARKS_SHEET)), 1); // removed by a third
    await expect(checkAndPaint(host)).resolves.toBeDefined();
    await expect(host.clearMarks()).resolves.toEqual({ protectedSheets: [], leftAlone: [] });
  });

  test('value ops of a patch respect onlyIfEmpty', async () => {
    const { host, fx: f } = await setup(5);
    const sheet = f.excel.sheet('Sheet1');
    setCell(sheet, 'H14', 7);
    await host.applyPatch({
      ops: [
        { kind: 'value', sheet: 'Sheet1', cell: 'H14', text: '9', onlyIfEmpty: true, reason: 'score' },
        { kind: 'value', sheet: 'Sheet1', cell: 'H15', text: '8.5', onlyIfEmpty: true, reason: 'score' },
      ],
    });
    expect(getCell(sheet, 'H14')!.value).toBe(7);
    expect(getCell(sheet, 'H15')!.value).toBe(8.5);
    expect(f.excel.findSheet(MARKS_SHEET)).toBeUndefined(); // values are not marks
  });
});

describe('writeCells', () => {
  test('onlyIfEmpty never overwrites a filled cell (text, number, zero, formula)', async () => {
    const { host, fx: f } = await setup(5);
    const sheet = f.excel.sheet('Sheet1');
    setCell(sheet, 'G14', 0);
    setCell(sheet, 'G15', null, { formula: 'IF(A1>0,1,"")' });
    setCell(sheet, 'G16', '手填');
    const writes = ['G14', 'G15', 'G16', 'G17'].map((cell) => ({ sheet: 'Sheet1', cell, text: '10' }));
    const result = await host.writeCells(writes, { onlyIfEmpty: true });
    expect(f.excel.syncs).toBe(2);
    expect(result.written.map((w) => w.cell)).toEqual(['G17']);
    expect(result.skipped.map((s) => [s.cell, s.current])).toEqual([
      ['G14', '0'],
      ['G15', ''],
      ['G16', '手填'],
    ]);
    expect(getCell(sheet, 'G14')!.value).toBe(0);
    expect(getCell(sheet, 'G15')!.formula).toBe('IF(A1>0,1,"")');
    expect(getCell(sheet, 'G16')!.value).toBe('手填');
    expect(getCell(sheet, 'G17')!.value).toBe(10);
  });

  test('without onlyIfEmpty the texts are written in one sync (a confirmed fix)', async () => {
    const { host, fx: f } = await setup(5);
    const result = await host.writeCells([{ sheet: 'Sheet1', cell: 'E15', text: '≥95%' }], { onlyIfEmpty: false });
    expect(f.excel.syncs).toBe(1);
    expect(result).toEqual({ written: [{ sheet: 'Sheet1', cell: 'E15', text: '≥95%' }], skipped: [] });
    expect(getCell(f.excel.sheet('Sheet1'), 'E15')!.value).toBe('≥95%');
  });

  test('a fix core decided as a number (九十 in a 0% cell) is written as that number and format, in the same sync', async () => {
    const { host, fx: f } = await setup(5);
    await host.writeCells([{ sheet: 'Sheet1', cell: 'E15', text: '90.5%', value: 0.905, format: '0.0%' }], {
      onlyIfEmpty: false,
    });
    expect(f.excel.syncs).toBe(1);
    const cell = getCell(f.excel.sheet('Sheet1'), 'E15')!;
    expect([cell.value, cell.numberFormat]).toEqual([0.905, '0.0%']);
  });
});

describe('requirement sets', () => {
  test('everything from ExcelApi 1.20: no limitation, undo grouped', async () => {
    const { host, fx: f } = await setup(5);
    expect(host.capabilities).toEqual(
      expect.objectContaining({ notes: true, mergedAreas: true, undoGrouping: true, limitations: [] }),
    );
    await checkAndPaint(host);
    expect(f.excel.runOptions).toContainEqual({ mergeUndoGroup: true });
  });

  test('no ExcelApi 1.13: no merges, a limitation line, no crash', async () => {
    const { host, fx: f } = await setup(5, { maxExcelApi: 12 });
    expect(host.capabilities.mergedAreas).toBe(false);
    expect(host.capabilities.limitations).toContain(message('excel.no-merged-areas', 'zh'));
    const snap = await host.readSheet();
    expect(snap.merges).toEqual([]);
    expect(analyzeSheet(snap)[0].indicators).toHaveLength(5);
    expect(f.excel.violations).toEqual([]);
  });

  test('no ExcelApi 1.18: notes=false, no note call at all, painting and clearing still work', async () => {
    const { host, fx: f } = await setup(10, { maxExcelApi: 17 });
    const sheet = f.excel.sheet('Sheet1');
    sheet.notes.set('E17', '原有批注');
    const before = snapshotSheet(sheet);
    expect(host.capabilities.notes).toBe(false);
    expect(host.capabilities.limitations).toContain(message('excel.no-notes', 'zh'));
    await checkAndPaint(host);
    expect(getCell(sheet, 'E17')!.fill.color).toBe(SEVERITY_FILL.error);
    expect(sheet.notes.get('E17')).toBe('原有批注');
    await host.clearMarks();
    expect(snapshotSheet(sheet)).toEqual(before);
    expect(f.excel.callCount('notes')).toBe(0);
    expect(f.excel.violations).toEqual([]);
    expect(f.excel.runOptions.some((o) => (o as { mergeUndoGroup?: boolean }).mergeUndoGroup)).toBe(false); // none below 1.20
  });

  test('ExcelApi 1.7 (the manifest minimum): every method runs with no API above 1.7', async () => {
    const { host, fx: f } = await setup(10, { maxExcelApi: 7 });
    const sheet = f.excel.sheet('Sheet1');
    getCell(sheet, 'E17')!.fill = { color: '#FFFF00', pattern: 'Solid', patternColor: null };
    const before = snapshotSheet(sheet);
    expect(host.capabilities.limitations).toEqual([
      message('excel.no-batch-formats', 'zh'),
      message('excel.no-validation', 'zh'),
      message('excel.no-merged-areas', 'zh'),
      message('excel.no-notes', 'zh'),
      message('excel.no-undo-grouping', 'zh'),
    ]);
    await checkAndPaint(host);
    await host.clearMarks();
    expect(snapshotSheet(sheet)).toEqual(before);
    const name = await host.insertTemplate({ layout: 'declaration', year: 2026, indicatorRows: 5 });
    expect(f.excel.sheet(name).validations).toEqual([]);
    expect(f.excel.sheet(name).pageLayout).toEqual({});
    await host.writeCells([{ sheet: 'Sheet1', cell: 'H1', text: 'x' }], { onlyIfEmpty: true });
    await host.selectCell('Sheet1', 'E15');
    const off = await host.onChanged(() => undefined);
    off();
    const offActivated = await host.onActivated!(() => undefined);
    offActivated();
    await host.clearMarks();
    expect(f.excel.violations).toEqual([]);
  });

  test('limitation lines follow the display language', async () => {
    fx = installFakeExcel({ maxExcelApi: 14, displayLanguage: 'en-US' });
    const host = await createExcelHost();
    expect(host.lang).toBe('en');
    expect(host.capabilities.limitations).toEqual([
      message('excel.no-notes', 'en'),
      message('excel.no-undo-grouping', 'en'),
    ]);
  });

  test.each([
    ['zh-CN', 'zh'],
    ['zh-TW', 'zh'],
    ['en-US', 'en'],
    ['fr-FR', 'en'],
  ])('display language %s → %s', async (tag, lang) => {
    fx = installFakeExcel({ displayLanguage: tag });
    expect((await createExcelHost()).lang).toBe(lang);
  });

  test('fillLook maps what Excel reports to the record', () => {
    expect(fillLook('#FFFFFF', 'None', '#000000')).toEqual({ color: null, pattern: null, patternColor: null });
    expect(fillLook('#ffff00', 'Solid', '#000000')).toEqual({ color: '#FFFF00', pattern: null, patternColor: null });
    expect(fillLook('#00B050', 'Gray25', '#ff0000')).toEqual({
      color: '#00B050',
      pattern: 'Gray25',
      patternColor: '#FF0000',
    });
    expect(fillLook('#FFFFFF', undefined, undefined)).toEqual({ color: null, pattern: null, patternColor: null }); // before 1.9
    expect(fillLook('#FFC000', undefined, undefined)).toEqual({ color: '#FFC000', pattern: null, patternColor: null });
  });
});

describe('insertTemplate', () => {
  test('renders the definition: cells, formulas, merges, styles, widths, names, dependent dropdowns, guidance, print', async () => {
    const { host, fx: f } = await setup(0);
    const name = await host.insertTemplate({ layout: 'declaration', year: 2026, indicatorRows: 8 });
    expect(f.excel.syncs).toBe(2);
    const def = buildTemplate({ layout: 'declaration', year: 2026, indicatorRows: 8 });
    const form = f.excel.sheet(name);
    expect(name).toBe('绩效目标申报表');
    expect(f.excel.workbook.active).toBe(name);
    expect(getCell(form, 'A1')!.value).toBe('财政项目支出绩效目标申报表');
    expect(getCell(form, 'A1')!.font).toMatchObject({ bold: true, size: 16 });
    expect(getCell(form, 'B13')!.fill.color).toBe('#D9E1F2');
    expect(getCell(form, 'C6')!.numberFormat).toBe('#,##0.00');
    expect(getCell(form, 'E20')!.borders).toMatchObject({ 'EdgeTop.style': 'Continuous' });
    expect(form.merges).toEqual(def.sheets[0].merges);
    expect(form.columnWidths.get(4)).toBeGreaterThan(form.columnWidths.get(1)!);
    expect(form.rowHeights.get(12)).toBe(90);

    const list = f.excel.sheet(LIST_SHEET_NAME);
    expect(list.visibility).toBe('Hidden');
    expect(getCell(list, 'A2')!.value).toBe('产出指标');
    const names = [...f.excel.workbook.names.values()];
    expect(names.map((n) => n.name)).toEqual(def.names.map((n) => n.name));
    expect(names.find((n) => n.name === LEVEL1_LIST_NAME)!.formula).toBe(`='${LIST_SHEET_NAME}'!$A$2:$A$5`);

    const rule = (range: string) => form.validations.find((v) => v.range === range);
    expect(rule('B14:B21')!.rule).toEqual({ list: { inCellDropDown: true, source: `=${LEVEL1_LIST_NAME}` } });
    // the 二级 dropdown depends on the 一级 chosen on the same row
    expect(rule('C14:C21')!.rule).toEqual({ list: { inCellDropDown: true, source: '=INDIRECT($B14)' } });
    expect(rule('C14:C21')!.errorAlert).toMatchObject({ showAlert: true, style: 'Stop' });
    expect(rule('E14:E21')!.prompt).toMatchObject({ showPrompt: true, title: '指标目标值' });
    expect(rule('E14:E21')!.rule).toBeUndefined();
    expect(rule('E3')!.rule).toEqual({ list: { inCellDropDown: true, source: '经常性项目,一次性项目' } });
    expect(form.pageLayout).toEqual({
      paperSize: 'A4',
      orientation: 'Portrait',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printArea: 'A1:E21',
      printTitleRows: '$13:$13',
    });
  });

  test('a second template gets a unique name and reuses the lists and names', async () => {
    const { host, fx: f } = await setup(0);
    const first = await host.insertTemplate({ layout: 'declaration', year: 2026 });
    const namesBefore = f.excel.workbook.names.size;
    const second = await host.insertTemplate({ layout: 'declaration', year: 2027 });
    const third = await host.insertTemplate({ layout: 'self-evaluation', year: 2026 });
    expect([first, second, third]).toEqual(['绩效目标申报表', '绩效目标申报表 (2)', '绩效自评表']);
    expect(f.excel.workbook.sheets.filter((s) => s.name.startsWith(LIST_SHEET_NAME))).toHaveLength(1);
    expect(f.excel.workbook.names.size).toBe(namesBefore);
    expect(getCell(f.excel.sheet(second), 'A2')!.value).toBe('(2027年度)');
    expect(getCell(f.excel.sheet(third), 'G6')!.formula).toBe('IF(D6>0,E6/D6,"")');
  });

  test('a user sheet already called 指标库 is left alone; the lists go to a new sheet the names point to', async () => {
    const { host, fx: f } = await setup(0);
    setCell(f.excel.addSheet(LIST_SHEET_NAME), 'A1', '我的指标库');
    await host.insertTemplate({ layout: 'split', year: 2026 });
    expect(getCell(f.excel.sheet(LIST_SHEET_NAME), 'A1')!.value).toBe('我的指标库');
    const l1 = [...f.excel.workbook.names.values()].find((n) => n.name === LEVEL1_LIST_NAME)!;
    expect(l1.formula).toBe(`='${LIST_SHEET_NAME} (2)'!$A$2:$A$5`);
  });

  test('a filled template read back through the adapter finds every row', async () => {
    const { host, fx: f } = await setup(0);
    const name = await host.insertTemplate({ layout: 'declaration', year: 2026, indicatorRows: 3 });
    const form = f.excel.sheet(name);
    for (const [a1, v] of Object.entries({ B3: '模板项目', B4: '某局', E4: '某中心', C6: 128 })) setCell(form, a1, v);
    [
      ['产出指标', '数量指标', '培训人次', '≥200人次'],
      ['效益指标', '社会效益指标', '知晓率', '提升'],
      ['满意度指标', '服务对象满意度指标', '满意度', '≥90%'],
    ].forEach((row, i) => row.forEach((v, j) => setCell(form, `${'BCDE'[j]}${14 + i}`, v)));
    const [model] = analyzeSheet(await host.readSheet(name));
    expect(model.indicators.map((i) => i.level3)).toEqual(['培训人次', '知晓率', '满意度']);
  });
});

describe('selection, events, settings', () => {
  test('selectCell activates the sheet and selects the cell in one sync', async () => {
    const { host, fx: f } = await setup(5);
    f.excel.addSheet('其他');
    await host.selectCell('其他', 'C7');
    expect(f.excel.syncs).toBe(1);
    expect(f.excel.workbook.active).toBe('其他');
    expect(f.excel.workbook.selection).toEqual({ sheet: '其他', address: 'C7' });
  });

  test('onChanged reports edits of every sheet (also sheets added later), never the marks sheet; unsubscribe removes the handlers', async () => {
    const { host, fx: f } = await setup(5);
    f.excel.addSheet('表二');
    await checkAndPaint(host);
    const seen: { sheet: string; address: string }[] = [];
    const off = await host.onChanged((c) => seen.push(c));
    await f.excel.fireChange('Sheet1', 'E15');
    await f.excel.fireChange('表二', 'A1:B2');
    await f.excel.fireChange(MARKS_SHEET, 'A2:C9');
    await f.excel.fireSheetAdded('新表');
    await f.excel.fireChange('新表', 'C3');
    expect(seen).toEqual([
      { sheet: 'Sheet1', address: 'E15', changeType: 'RangeEdited' },
      { sheet: '表二', address: 'A1:B2', changeType: 'RangeEdited' },
      { sheet: '新表', address: 'C3', changeType: 'RangeEdited' },
    ]);
    off();
    await new Promise((r) => setTimeout(r, 0));
    await f.excel.fireChange('Sheet1', 'E16');
    expect(seen).toHaveLength(3);
    expect(f.excel.workbook.sheets.every((s) => s.changedHandlers.size === 0)).toBe(true);
    expect(f.excel.workbook.addedHandlers.size).toBe(0);
  });

  test('settings round trip through the very hidden settings sheet, as every host keeps them', async () => {
    const { host, fx: f } = await setup(0);
    expect(await host.loadSettings()).toBeNull();
    const settings = { scoring: { ...DEFAULT_SCORING_OPTIONS, rounding: 'integer' as const }, writeStatusColumn: true };
    await host.saveSettings(settings);
    const sheet = f.excel.workbook.sheets.find((s) => s.name === SETTINGS_SHEET);
    expect(sheet?.visibility).toBe('VeryHidden');
    expect(await host.loadSettings()).toEqual(settings);
    const reopened = await createExcelHost();
    expect(await reopened.loadSettings()).toEqual(settings);
    expect((await reopened.listSheets()).names).not.toContain(SETTINGS_SHEET);
    // saving again rewrites the one sheet
    await reopened.saveSettings({ ...settings, writeStatusColumn: false });
    expect(f.excel.workbook.sheets.filter((s) => s.name === SETTINGS_SHEET)).toHaveLength(1);
    expect((await host.loadSettings())?.writeStatusColumn).toBe(false);
  });
});
