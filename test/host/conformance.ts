/**
 * The WorkbookHost conformance suite: what every host must do the same way, whatever holds the
 * workbook — Excel (src/excel/, against the fake Excel), the preview's in-memory workbook
 * (src/preview/memory-host.ts) and the exceljs copy path of the CLI (test/host/file-host.ts).
 *
 *   read                 the sheets a person sees, in tab order; cells as shown; merges
 *   paint                a patch's cells get a fill and a note; the record lists each cell once
 *   clear                every painted cell is restored exactly — the person's own fill and note
 *                        included, painting twice too — for one sheet or all
 *   marks record         kept in the workbook: a new host on the same workbook clears what the first painted
 *   write only if empty  a filled cell is never replaced, and is reported with what it holds
 *   insert template      a new sheet under a name of its own; a sheet of the person's named 指标库 is kept
 *   settings             saved with the workbook and read back, by a new host too
 *
 * Each host runs it through `describeHostConformance(name, open)`; `open` builds the seed workbook in
 * that host and gives the host plus a way to look at a cell's fill and note as that workbook holds them.
 */
import { analyzeSheet } from '../../src/core/analyze';
import { buildPatch, type SheetPatch } from '../../src/core/patch';
import { DEFAULT_SCORING_OPTIONS } from '../../src/core/types';
import { TEMPLATE_SHEET_NAMES } from '../../src/core/template';
import type { WorkbookHost, WorkbookSettings } from '../../src/host/types';

export interface SeedLook {
  /** Solid fill '#RRGGBB'. */
  fill?: string;
  note?: string;
}

export interface SeedSheet {
  name: string;
  /** Cell values by A1 address. */
  cells: Record<string, string | number>;
  merges: string[];
  /** A person's own look on some cells. */
  looks: Record<string, SeedLook>;
}

export const FORM_SHEET = 'Sheet1';
export const USER_LIST_SHEET = '指标库';

function declarationCells(): Record<string, string | number> {
  const cells: Record<string, string | number> = {
    A1: '财政项目支出绩效目标申报表',
    A2: '(2026年度)',
    A3: '项目名称',
    B3: '测试项目',
    D3: '项目类别',
    E3: '经常性项目',
    A4: '主管部门',
    B4: '某局',
    D4: '实施单位',
    E4: '某中心',
    A6: '项目资金（万元）',
    B6: '项目资金总额',
    C6: 128,
    A13: '绩效指标',
    B13: '一级指标',
    C13: '二级指标',
    D13: '三级指标',
    E13: '指标目标值',
    G20: 0, // a zero is content
  };
  const rows = [
    ['产出指标', '数量指标', '培训人次', '≥200人次'],
    ['产出指标', '质量指标', '合格率', '95%'], // no comparison sign: a finding
    ['产出指标', '时效指标', '完成时间', '2026年12月底前'],
    ['效益指标', '社会效益指标', '知晓率', '待定'], // a placeholder: an error
    ['满意度指标', '服务对象满意度指标', '满意度', '≥90%'],
  ];
  rows.forEach((row, i) => row.forEach((v, j) => (cells[`${'BCDE'[j]}${14 + i}`] = v)));
  return cells;
}

/** The workbook every host starts from: a declaration form with a person's own looks, and their own 指标库. */
export const SEED: SeedSheet[] = [
  {
    name: FORM_SHEET,
    cells: declarationCells(),
    merges: ['A1:E1', 'A13:A18'],
    looks: {
      E17: { fill: '#00B050', note: '我自己的批注' }, // painted over (待定 is an error), restored exactly
      E15: { note: '请核实' },
      B4: { fill: '#FFFF00' },
    },
  },
  {
    name: USER_LIST_SHEET,
    // D3: a cell holding only spaces — empty by the one rule (core/cell-content.ts) on every host
    cells: { A1: '我自己的指标库', A2: '不要动这张表', B2: 42, D3: '  ' },
    merges: [],
    looks: { A2: { fill: '#DDEBF7' } },
  },
];

export interface HostUnderTest {
  host: WorkbookHost;
  /** The fill and note of a cell exactly as the workbook holds them (any comparable value). */
  look(sheet: string, cell: string): Promise<unknown>;
  /**
   * A new host over the same workbook, as it was saved (the marks record and settings live there);
   * `look` looks at that workbook from then on.
   */
  reopen(): Promise<WorkbookHost>;
  /** The selected cell as the workbook's window shows it, for hosts that have one (a file has none). */
  selection?(): Promise<{ sheet: string; cell: string } | null>;
}

const SETTINGS: WorkbookSettings = {
  scoring: { ...DEFAULT_SCORING_OPTIONS, reverseScoring: 'linear', rounding: 'integer' },
  writeStatusColumn: true,
};

/** Every seeded cell, and every cell the form's patch paints. */
function cellsOfInterest(patch: SheetPatch): { sheet: string; cell: string }[] {
  const out = new Map<string, { sheet: string; cell: string }>();
  for (const s of SEED) for (const cell of Object.keys(s.cells)) out.set(`${s.name}!${cell}`, { sheet: s.name, cell });
  for (const op of patch.ops) out.set(`${op.sheet}!${op.cell}`, { sheet: op.sheet, cell: op.cell });
  return [...out.values()];
}

async function looks(h: HostUnderTest, cells: { sheet: string; cell: string }[]): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const c of cells) out[`${c.sheet}!${c.cell}`] = await h.look(c.sheet, c.cell);
  return out;
}

async function formPatch(host: WorkbookHost): Promise<SheetPatch> {
  const forms = analyzeSheet(await host.readSheet(FORM_SHEET), { lang: host.lang });
  return buildPatch(forms, { lang: host.lang });
}

const highlighted = (patch: SheetPatch) =>
  [...new Set(patch.ops.filter((o) => o.kind === 'highlight').map((o) => `${o.sheet}!${o.cell}`))].sort();

function textOf(grid: Awaited<ReturnType<WorkbookHost['readSheet']>>, row: number, col: number): string {
  return grid.cells.find((c) => c.row === row && c.col === col)?.text ?? '';
}

export function describeHostConformance(
  name: string,
  open: () => Promise<HostUnderTest>,
  close: () => void = () => undefined,
): void {
  describe(`WorkbookHost conformance: ${name}`, () => {
    let h: HostUnderTest;
    beforeEach(async () => {
      h = await open();
    });
    afterEach(() => close());

    test('read: the sheets a person sees, in tab order; the cells as shown; merges', async () => {
      const { names, active } = await h.host.listSheets();
      expect(names).toEqual([FORM_SHEET, USER_LIST_SHEET]);
      expect(active).toBe(FORM_SHEET);
      const grid = await h.host.readSheet(FORM_SHEET);
      expect(grid.sheet).toBe(FORM_SHEET);
      expect(textOf(grid, 3, 2)).toBe('测试项目');
      expect(textOf(grid, 14, 5)).toBe('≥200人次');
      expect(textOf(grid, 17, 5)).toBe('待定');
      expect(grid.merges).toEqual(expect.arrayContaining(['A1:E1', 'A13:A18']));
      const forms = analyzeSheet(grid, { lang: 'zh' });
      expect(forms).toHaveLength(1);
      expect(forms[0].indicators).toHaveLength(5);
      expect(forms[0].project.name).toBe('测试项目');
      const list = await h.host.readSheet(USER_LIST_SHEET);
      expect(textOf(list, 1, 1)).toBe('我自己的指标库');
      expect(textOf(list, 2, 2)).toBe('42');
    });

    test('select: the cell a completion row or an issue names is selected, on its own sheet; nothing in the workbook changes', async () => {
      const cells = cellsOfInterest({ ops: [] });
      const before = await looks(h, cells);
      const grid = await h.host.readSheet(FORM_SHEET);
      await h.host.selectCell(USER_LIST_SHEET, 'B2');
      if (h.selection) expect(await h.selection()).toEqual({ sheet: USER_LIST_SHEET, cell: 'B2' });
      await h.host.selectCell(FORM_SHEET, 'E15');
      if (h.selection) expect(await h.selection()).toEqual({ sheet: FORM_SHEET, cell: 'E15' });
      if (h.host.kind !== 'file') expect((await h.host.listSheets()).active).toBe(FORM_SHEET);
      expect(await looks(h, cells)).toEqual(before);
      expect(await h.host.readSheet(FORM_SHEET)).toEqual(grid);
      expect(await h.host.paintedCells()).toEqual([]);
    });

    test('paint: the cells of the patch get a fill and a note; the record lists each painted cell once', async () => {
      const patch = await formPatch(h.host);
      expect(highlighted(patch)).toEqual(expect.arrayContaining([`${FORM_SHEET}!E17`]));
      const cells = cellsOfInterest(patch);
      const before = await looks(h, cells);
      await h.host.applyPatch(patch);
      const after = await looks(h, cells);
      for (const key of highlighted(patch)) expect(after[key]).not.toEqual(before[key]);
      // nothing else changed
      for (const c of cells) {
        const key = `${c.sheet}!${c.cell}`;
        if (!highlighted(patch).includes(key)) expect(after[key]).toEqual(before[key]);
      }
      await h.host.applyPatch(patch); // painting again records nothing new
      const painted = (await h.host.paintedCells()).map((c) => `${c.sheet}!${c.cell}`).sort();
      expect(painted).toEqual(highlighted(patch));
      expect((await h.host.listSheets()).names).toEqual([FORM_SHEET, USER_LIST_SHEET]);
    });

    test("clear restores every painted cell exactly, the person's own fill and note included, after painting twice", async () => {
      const patch = await formPatch(h.host);
      const cells = cellsOfInterest(patch);
      const before = await looks(h, cells);
      await h.host.applyPatch(patch);
      await h.host.applyPatch(patch);
      await h.host.clearMarks();
      expect(await looks(h, cells)).toEqual(before);
      expect(await h.host.paintedCells()).toEqual([]);
      expect((await h.host.listSheets()).names).toEqual([FORM_SHEET, USER_LIST_SHEET]);
      // the values were never touched
      expect(textOf(await h.host.readSheet(FORM_SHEET), 17, 5)).toBe('待定');
    });

    test('clear of one sheet restores that sheet and keeps the marks of the others', async () => {
      const patch = await formPatch(h.host);
      const other = { sheet: USER_LIST_SHEET, cell: 'A2' };
      const cells = [...cellsOfInterest(patch), other];
      const before = await looks(h, cells);
      await h.host.applyPatch({ ops: [...patch.ops, { kind: 'highlight', ...other, severity: 'warning' }] });
      await h.host.clearMarks(FORM_SHEET);
      expect(await h.host.paintedCells()).toEqual([other]);
      const mid = await looks(h, cells);
      for (const c of cellsOfInterest(patch)) {
        const key = `${c.sheet}!${c.cell}`;
        if (c.sheet === FORM_SHEET) expect(mid[key]).toEqual(before[key]);
      }
      expect(mid[`${other.sheet}!${other.cell}`]).not.toEqual(before[`${other.sheet}!${other.cell}`]);
      await h.host.clearMarks();
      expect(await looks(h, cells)).toEqual(before);
    });

    test('marks record: kept in the workbook — a new host on it lists and clears what the first one painted', async () => {
      const patch = await formPatch(h.host);
      const cells = cellsOfInterest(patch);
      const before = await looks(h, cells);
      await h.host.applyPatch(patch);
      const again = await h.reopen();
      expect((await again.paintedCells()).map((c) => `${c.sheet}!${c.cell}`).sort()).toEqual(highlighted(patch));
      await again.clearMarks();
      expect(await looks(h, cells)).toEqual(before);
      expect(await again.paintedCells()).toEqual([]);
    });

    test('write only into empty cells: a filled cell (text, a number, zero) is kept and reported with what it holds; one of spaces only is empty', async () => {
      const result = await h.host.writeCells(
        [
          { sheet: FORM_SHEET, cell: 'H20', text: '12' },
          { sheet: FORM_SHEET, cell: 'B4', text: '别的部门' },
          { sheet: FORM_SHEET, cell: 'E14', text: '≥1人次' },
          { sheet: FORM_SHEET, cell: 'G20', text: '5' },
          { sheet: USER_LIST_SHEET, cell: 'C3', text: '新的' },
          { sheet: USER_LIST_SHEET, cell: 'D3', text: '空格' },
        ],
        { onlyIfEmpty: true },
      );
      expect(result.written.map((w) => `${w.sheet}!${w.cell}`).sort()).toEqual([
        `${FORM_SHEET}!H20`,
        `${USER_LIST_SHEET}!C3`,
        `${USER_LIST_SHEET}!D3`,
      ]);
      expect(result.skipped.map((s) => [`${s.sheet}!${s.cell}`, s.current]).sort()).toEqual([
        [`${FORM_SHEET}!B4`, '某局'],
        [`${FORM_SHEET}!E14`, '≥200人次'],
        [`${FORM_SHEET}!G20`, '0'],
      ]);
      const grid = await h.host.readSheet(FORM_SHEET);
      expect([textOf(grid, 20, 8), textOf(grid, 4, 2), textOf(grid, 14, 5), textOf(grid, 20, 7)]).toEqual([
        '12',
        '某局',
        '≥200人次',
        '0',
      ]);
      const list = await h.host.readSheet(USER_LIST_SHEET);
      expect([textOf(list, 3, 3), textOf(list, 3, 4)]).toEqual(['新的', '空格']);
      // in the same kind of call, a write the user chose to replace with (overwrite) replaces the text
      const chosen = await h.host.writeCells(
        [
          { sheet: FORM_SHEET, cell: 'B4', text: '别的部门', overwrite: true },
          { sheet: FORM_SHEET, cell: 'E14', text: '≥300人次' },
        ],
        { onlyIfEmpty: true },
      );
      expect(chosen.written.map((w) => w.cell)).toEqual(['B4']);
      expect(chosen.skipped.map((s) => [s.cell, s.current])).toEqual([['E14', '≥200人次']]);
      const after = await h.host.readSheet(FORM_SHEET);
      expect([textOf(after, 4, 2), textOf(after, 14, 5)]).toEqual(['别的部门', '≥200人次']);
      // a confirmed fix replaces the text
      const fix = await h.host.writeCells([{ sheet: FORM_SHEET, cell: 'E15', text: '≥95%' }], { onlyIfEmpty: false });
      expect(fix.skipped).toEqual([]);
      expect(textOf(await h.host.readSheet(FORM_SHEET), 15, 5)).toBe('≥95%');
    });

    test("insert template: a new sheet under a name of its own; the person's own 指标库 is kept as it was", async () => {
      const userLook = await h.look(USER_LIST_SHEET, 'A2');
      const first = await h.host.insertTemplate({ layout: 'declaration', year: 2026, indicatorRows: 5 });
      expect(first).toBe(TEMPLATE_SHEET_NAMES.declaration);
      const second = await h.host.insertTemplate({ layout: 'declaration', year: 2027, indicatorRows: 5 });
      expect(second).not.toBe(first);
      expect(second.toLowerCase()).not.toBe(first.toLowerCase());
      const { names } = await h.host.listSheets();
      expect(names).toEqual(expect.arrayContaining([FORM_SHEET, USER_LIST_SHEET, first, second]));
      const list = await h.host.readSheet(USER_LIST_SHEET);
      expect([textOf(list, 1, 1), textOf(list, 2, 1), textOf(list, 2, 2)]).toEqual([
        '我自己的指标库',
        '不要动这张表',
        '42',
      ]);
      expect(await h.look(USER_LIST_SHEET, 'A2')).toEqual(userLook);
      for (const sheet of [first, second]) {
        const forms = analyzeSheet(await h.host.readSheet(sheet), { lang: 'zh' });
        expect(forms.map((f) => f.layout)).toEqual(['declaration']);
      }
      // the form the person had is untouched
      expect(textOf(await h.host.readSheet(FORM_SHEET), 17, 5)).toBe('待定');
    });

    test('settings: saved with the workbook and read back, by a new host too', async () => {
      expect(await h.host.loadSettings()).toBeNull();
      await h.host.saveSettings(SETTINGS);
      expect(await h.host.loadSettings()).toEqual(SETTINGS);
      expect(await (await h.reopen()).loadSettings()).toEqual(SETTINGS);
      expect((await h.host.listSheets()).names).toEqual([FORM_SHEET, USER_LIST_SHEET]);
    });
  });
}
