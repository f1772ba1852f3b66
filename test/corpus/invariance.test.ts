/**
 * Metamorphic checks over every real form of the corpus and every shared fixture: changes a person makes to a
 * sheet without changing what it says must not change what the engine reads or reports — only where.
 *
 *  - **moved**: the whole sheet starts lower and further right (a form pasted at D4 instead of A1);
 *  - **widened**: any one column is two columns merged into one on every row (a table pasted from Word or a PDF
 *    often comes out so), so every merge across the column grows by one and everything right of it moves;
 *  - **spaced labels**: the header labels written as people justify them in a cell (`项 目 名 称`,
 *    `项目名称：`, with full-width spaces);
 *  - **numbered rows**: a 序号 column left of the indicator table (序号 on the header row, 1, 2, 3 … down it);
 *  - and the others below (merges undone, no title, other departments' words, numbers as text, …).
 *
 * Each form's reading — project fields, layout, every indicator row (levels, target text, verdict, actual,
 * weight, completion) and every issue (code, severity, cell, suggestion) — must be the original's, with its
 * addresses moved as the cells moved.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeWorkbook } from '../../src/core/analyze';
import { address, parseAddress, parseRange, rangeAddress } from '../../src/core/grid';
import type { WorkbookModel } from '../../src/core/model';
import type { GridCell, GridSnapshot, WorkbookSnapshot } from '../../src/core/types';
import { readWorkbookFile } from '../../src/workbook/node';

const CORPUS = path.join(__dirname, 'xlsx');
const FIXTURES = path.resolve(__dirname, '../../../shared/fixtures');

const files = [
  ...fs
    .readdirSync(CORPUS)
    .filter((f) => f.endsWith('.xlsx'))
    .map((f) => path.join(CORPUS, f)),
  ...fs
    .readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.xlsx'))
    .map((f) => path.join(FIXTURES, f)),
].sort();

type CellMap = (row: number, col: number) => { row: number; col: number };

interface Transform {
  snapshot(s: GridSnapshot): GridSnapshot;
  /** Where an original cell ends up. */
  map: CellMap;
  /** Where the bottom-right corner of a range ends up (default: `map`). */
  mapEnd?: CellMap;
}

function moveA1(a1: string | null | undefined, map: CellMap, mapEnd: CellMap = map): string | null {
  if (!a1) return a1 ?? null;
  if (a1.includes(':')) {
    const r = parseRange(a1);
    const tl = map(r.top, r.left);
    const br = mapEnd(r.bottom, r.right);
    return rangeAddress({ top: tl.row, left: tl.col, bottom: br.row, right: br.col });
  }
  const { row, col } = parseAddress(a1);
  const m = map(row, col);
  return address(m.row, m.col);
}

/** What a person reads off the model, with every address passed through `map`. */
function reading(model: WorkbookModel, map: CellMap, mapEnd: CellMap = map) {
  const a = (x: string | null | undefined) => moveA1(x, map, mapEnd);
  const r = (row: number | null) => (row === null ? null : map(row, 1).row);
  return model.forms.map((f) => ({
    sheet: f.sheet,
    range: a(f.range),
    layout: f.layout,
    title: f.title,
    year: f.year,
    headerRow: r(f.headerRow),
    project: {
      name: f.project.name,
      category: f.project.category,
      department: f.project.department,
      implementingUnit: f.project.implementingUnit,
      startDate: f.project.startDate,
      endDate: f.project.endDate,
      totalFunds: f.project.totalFunds,
      totalFundsCell: a(f.project.totalFundsCell),
      fundsUnit: f.project.fundsUnit,
      executedFunds: f.project.executedFunds,
      overallGoal: f.project.overallGoal,
      annualGoal: f.project.annualGoal,
    },
    indicators: f.indicators.map((i) => ({
      row: r(i.row),
      cell: a(i.cell),
      level1: i.level1,
      level2: i.level2,
      level3: i.level3,
      targetText: i.targetText,
      verdict: i.verdict,
      actual: i.actual ? { text: i.actual.text, cell: a(i.actual.cell) } : null,
      weight: i.weight,
      status: i.completion?.status ?? null,
      score: i.completion?.score ?? null,
    })),
    issues: f.issues.map((i) => `${i.severity} ${i.code} ${a(i.cell) ?? '-'} ${i.suggestion ?? ''}`).sort(),
    total: f.score?.total ?? null,
    grade: f.score?.grade ?? null,
  }));
}

function mapSheets(wb: WorkbookSnapshot, t: Transform): WorkbookSnapshot {
  return { sheets: wb.sheets.map((s) => t.snapshot(s)) };
}

/** Every cell and merge moved by `map` (both corners of a merge), the sheet otherwise as it was. */
function remapped(map: CellMap): Transform {
  return {
    map,
    snapshot: (s) => ({
      ...s,
      cells: s.cells.map((c) => ({ ...c, ...map(c.row, c.col) })),
      merges: s.merges.map((m) => moveA1(m, map) as string),
    }),
  };
}

function moved(dRow: number, dCol: number): Transform {
  return remapped((row, col) => ({ row: row + dRow, col: col + dCol }));
}

/** Column `at` becomes two columns merged on every row that has something in it. */
function widened(at: number): Transform {
  const map: CellMap = (row, col) => ({ row, col: col > at ? col + 1 : col });
  return {
    map,
    mapEnd: (row, col) => ({ row, col: col >= at ? col + 1 : col }),
    snapshot: (s) => {
      const ranges = s.merges.map(parseRange);
      const merges = ranges.map((r) =>
        rangeAddress({
          top: r.top,
          bottom: r.bottom,
          left: r.left > at ? r.left + 1 : r.left,
          right: r.right >= at ? r.right + 1 : r.right,
        }),
      );
      const inMerge = (row: number) =>
        ranges.some((r) => r.top <= row && row <= r.bottom && r.left <= at && at <= r.right);
      for (const c of s.cells) {
        if (c.col === at && !inMerge(c.row))
          merges.push(rangeAddress({ top: c.row, bottom: c.row, left: at, right: at + 1 }));
      }
      return { ...s, cells: s.cells.map((c) => ({ ...c, ...map(c.row, c.col) })), merges };
    },
  };
}

/** An empty column inserted left of column `at` (a spacer column, or one whose content was deleted). */
function blankColumn(at: number): Transform {
  return remapped((row, col) => ({ row, col: col >= at ? col + 1 : col }));
}

/** An empty row inserted above row `at` (a row left blank inside the table, or between header and table). */
function blankRow(at: number): Transform {
  return remapped((row, col) => ({ row: row >= at ? row + 1 : row, col }));
}

/** Level names and labels broken over two lines inside the cell (Alt+Enter), as wrapped forms often are. */
function lineBreaks(): Transform {
  const map: CellMap = (row, col) => ({ row, col });
  const WORDS = /^(.{2})(指标|名称|单位|部门|类别|完成值|目标值)$/u;
  const respell = (c: GridCell): GridCell => {
    if (typeof c.value !== 'string') return c;
    const m = WORDS.exec(c.value.trim());
    if (!m) return c;
    const text = `${m[1]}\n${m[2]}`;
    return { ...c, value: text, text };
  };
  return { map, snapshot: (s) => ({ ...s, cells: s.cells.map(respell) }) };
}

/** Numbers stored as text (pasted from a PDF or a web page): the same digits, a string instead of a number. */
function numbersAsText(): Transform {
  const map: CellMap = (row, col) => ({ row, col });
  const asText = (c: GridCell): GridCell =>
    typeof c.value === 'number' && (!c.format || c.format === 'General') && c.text === String(c.value)
      ? { ...c, value: c.text }
      : c;
  return { map, snapshot: (s) => ({ ...s, cells: s.cells.map(asText) }) };
}

/** The sheet's content twice, one copy under the other with two empty rows between (several forms per sheet). */
function stacked(s: GridSnapshot): { snapshot: GridSnapshot; offset: number } {
  const offset = Math.max(0, ...s.cells.map((c) => c.row), ...s.merges.map((m) => parseRange(m).bottom)) + 2;
  const down = moved(offset, 0).snapshot(s);
  return { snapshot: { ...s, cells: [...s.cells, ...down.cells], merges: [...s.merges, ...down.merges] }, offset };
}

/** Every merge undone, the text left in the top-left cell (what 取消合并 does). */
function unmerged(): Transform {
  const map: CellMap = (row, col) => ({ row, col });
  return { map, snapshot: (s) => ({ ...s, merges: [] }) };
}

/** Vertical merges of the table undone and their text filled down every row (取消合并 + 填充, done to sort). */
function filledDown(): Transform {
  const map: CellMap = (row, col) => ({ row, col });
  return {
    map,
    snapshot: (s) => {
      const at = new Map(s.cells.map((c) => [`${c.row},${c.col}`, c]));
      const cells = [...s.cells];
      const merges: string[] = [];
      for (const m of s.merges) {
        const r = parseRange(m);
        const top = at.get(`${r.top},${r.left}`);
        if (r.left !== r.right || r.bottom === r.top || !top) {
          merges.push(m);
          continue;
        }
        for (let row = r.top + 1; row <= r.bottom; row++) {
          if (!at.has(`${row},${r.left}`)) cells.push({ ...top, row });
        }
      }
      return { ...s, cells, merges };
    },
  };
}

/** The title line deleted (a form pasted without its title, or the title in a text box Excel cannot read). */
function untitled(): Transform {
  const map: CellMap = (row, col) => ({ row, col });
  const isTitle = (c: GridCell) =>
    typeof c.value === 'string' && c.col === 1 && c.row <= 3 && /表$/.test(c.value.replace(/\s/g, ''));
  return { map, snapshot: (s) => ({ ...s, cells: s.cells.filter((c) => !isTitle(c)) }) };
}

/** Every empty cell of the used range (outside merges) holding a space, as cells "cleared" with the space bar do. */
function spacesInEmptyCells(): Transform {
  const map: CellMap = (row, col) => ({ row, col });
  return {
    map,
    snapshot: (s) => {
      const taken = new Set(s.cells.map((c) => `${c.row},${c.col}`));
      const ranges = s.merges.map(parseRange);
      const inMerge = (row: number, col: number) =>
        ranges.some((r) => r.top <= row && row <= r.bottom && r.left <= col && col <= r.right);
      const rows = Math.max(0, ...s.cells.map((c) => c.row));
      const cols = Math.max(0, ...s.cells.map((c) => c.col));
      const cells = [...s.cells];
      for (let row = 1; row <= rows; row++)
        for (let col = 1; col <= cols; col++)
          if (!taken.has(`${row},${col}`) && !inMerge(row, col)) cells.push({ row, col, value: ' ', text: ' ' });
      return { ...s, cells };
    },
  };
}

/** Every number replaced by the text it shows (a sheet pasted as values from a web page or a PDF). */
function shownAsText(): Transform {
  const map: CellMap = (row, col) => ({ row, col });
  const asText = (c: GridCell): GridCell =>
    typeof c.value === 'number' && c.text.trim() !== '' ? { ...c, value: c.text, format: undefined } : c;
  return { map, snapshot: (s) => ({ ...s, cells: s.cells.map(asText) }) };
}

const INLINE_LABELS = ['项目名称', '主管部门', '实施单位', '项目类别'];

/** "项目名称：XXX" in the label's cell, the value's own cell emptied (a header typed as one line per field). */
function inlineLabels(): Transform {
  const map: CellMap = (row, col) => ({ row, col });
  return {
    map,
    snapshot: (s) => {
      const ranges = s.merges.map(parseRange);
      const cells = s.cells.map((c) => ({ ...c }));
      const dropped = new Set<GridCell>();
      for (const label of cells) {
        if (typeof label.value !== 'string' || !INLINE_LABELS.includes(label.value.trim())) continue;
        const m = ranges.find((r) => r.top === label.row && r.left === label.col);
        const right = m ? m.right : label.col;
        const value = cells
          .filter((c) => c.row === label.row && c.col > right && c.text.trim() !== '')
          .sort((a, b) => a.col - b.col)[0];
        // a field left blank has no value to move (the next cell is the next label)
        if (
          !value ||
          typeof value.value !== 'string' ||
          /(名称|部门|单位|类别|负责人|电话|代码|编码)[：:]?$/.test(value.text.trim())
        )
          continue;
        label.value = label.text = `${label.value.trim()}：${value.text}`;
        dropped.add(value);
      }
      return { ...s, cells: cells.filter((c) => !dropped.has(c)) };
    },
  };
}

const SPLIT_HEADERS = /^(指标性质|指标值|度量单位|计量单位)$/;

/**
 * The split layout's 指标性质 | 指标值 | 度量单位 in another order (荣昌 2022 writes 计量单位 | 指标性质 | 指标值): the three
 * columns rotated from their header row down, when they are single columns side by side with no merge across them.
 */
function splitColumnsRotated(s: GridSnapshot): { snapshot: GridSnapshot; map: CellMap } | null {
  const byRow = new Map<number, GridCell[]>();
  for (const c of s.cells)
    if (typeof c.value === 'string' && SPLIT_HEADERS.test(c.value.trim()))
      byRow.set(c.row, [...(byRow.get(c.row) ?? []), c]);
  const header = [...byRow.entries()].find(([, cells]) => cells.length === 3);
  if (!header) return null;
  const [headerRow, cells] = header;
  const cols = cells.map((c) => c.col).sort((a, b) => a - b);
  if (cols[2] - cols[0] !== 2) return null;
  const ranges = s.merges.map(parseRange);
  if (ranges.some((r) => r.bottom >= headerRow && r.right >= cols[0] && r.left <= cols[2] && r.left !== r.right))
    return null;
  if (ranges.some((r) => r.bottom >= headerRow && r.left >= cols[0] && r.left <= cols[2] && r.top < headerRow))
    return null;
  // a b c → c a b
  const rotate = (col: number) => (col === cols[2] ? cols[0] : col >= cols[0] && col < cols[2] ? col + 1 : col);
  const map: CellMap = (row, col) => ({ row, col: row >= headerRow ? rotate(col) : col });
  return {
    map,
    snapshot: {
      ...s,
      cells: s.cells.map((c) => ({ ...c, ...map(c.row, c.col) })),
      merges: s.merges.map((m) => moveA1(m, map) as string),
    },
  };
}

/** Weights typed with their unit: 20 in the 分值 column written "20分". */
function weightsWithUnit(): Transform {
  const map: CellMap = (row, col) => ({ row, col });
  return {
    map,
    snapshot: (s) => {
      // the table's 分值 header: on the 三级指标 header row or the one above it (not the funds block's 分值)
      const tableRows = s.cells
        .filter((c) => typeof c.value === 'string' && /^三级指标/.test(c.value.trim()))
        .map((c) => c.row);
      const heads = s.cells.filter(
        (c) =>
          typeof c.value === 'string' &&
          /^(分值|权重)$/.test(c.value.trim()) &&
          tableRows.some((r) => c.row === r || c.row === r - 1),
      );
      const under = (c: GridCell) => heads.some((h) => h.col === c.col && c.row > h.row + 1);
      return {
        ...s,
        cells: s.cells.map((c) =>
          typeof c.value === 'number' && under(c)
            ? { ...c, value: `${c.text}分`, text: `${c.text}分`, format: undefined }
            : c,
        ),
      };
    },
  };
}

/** Every text cell with a trailing space (typed, or pasted from a web page). */
function trailingSpaces(): Transform {
  const map: CellMap = (row, col) => ({ row, col });
  const pad = (c: GridCell): GridCell =>
    typeof c.value === 'string' && c.value.trim() !== '' ? { ...c, value: `${c.value} `, text: `${c.text} ` } : c;
  return { map, snapshot: (s) => ({ ...s, cells: s.cells.map(pad) }) };
}

/** Header labels in the words departments use instead (issue #9 §2). */
const SYNONYMS: Record<string, string[]> = {
  项目名称: ['项目支出名称', '项目(专项)名称'],
  主管部门: ['项目主管部门', '主管部门及编码', '主管部门及代码'],
  实施单位: ['项目执行单位', '项目实施单位', '执行单位'],
  一级指标: ['一级'],
  二级指标: ['二级'],
  三级指标: ['三级'],
};

function synonyms(pick: number): Transform {
  const map: CellMap = (row, col) => ({ row, col });
  const respell = (c: GridCell): GridCell => {
    const words = typeof c.value === 'string' ? SYNONYMS[c.value.trim()] : undefined;
    if (!words) return c;
    const text = words[pick % words.length];
    return { ...c, value: text, text };
  };
  return { map, snapshot: (s) => ({ ...s, cells: s.cells.map(respell) }) };
}

const LABELS = [
  '项目名称',
  '项目类别',
  '主管部门',
  '实施单位',
  '项目资金',
  '一级指标',
  '二级指标',
  '三级指标',
  '指标值',
  '指标目标值',
  '年度指标值',
  '实际完成值',
  '分值',
  '得分',
];

/** Header labels spaced out or given a colon, as people write them. */
function spacedLabels(style: 'spaces' | 'colon'): Transform {
  const map: CellMap = (row, col) => ({ row, col });
  const respell = (c: GridCell): GridCell => {
    if (typeof c.value !== 'string' || !LABELS.includes(c.value.trim())) return c;
    const word = c.value.trim();
    const text = style === 'spaces' ? [...word].join(word.length <= 4 ? '\u3000' : ' ') : `${word}：`;
    return { ...c, value: text, text };
  };
  return { map, snapshot: (s) => ({ ...s, cells: s.cells.map(respell) }) };
}

/** Forms that read differently once their merges are undone, and why (file name → reason). */
const NOT_INVARIANT: Record<'unmerged' | 'filledDown', Record<string, string>> = {
  unmerged: {
    // 产出指标 is written in the middle row of its block (C14), as a PDF converter left it: only the merges tie the
    // rows above to it; unmerged, the rows above have no 一级 and row 14 starts a new block with no 二级.
    'c-02.xlsx': 'a 一级 written mid-block is tied to its rows by the merge alone',
  },
  filledDown: {},
};

/**
 * A 序号 column inserted left of each sheet's indicator table (many departments number their rows): the header
 * row gets 序号, each indicator row its number; everything from that column on moves one to the right.
 */
function numberedRows(model: WorkbookModel): Transform {
  const atBySheet = new Map<string, number>();
  const numbers = new Map<string, Map<number, number>>();
  const headers = new Map<string, Set<number>>();
  for (const f of model.forms) {
    const first = f.indicators[0];
    const left = first?.cells.level1 ?? first?.cells.level2 ?? first?.cells.level3;
    if (!left || f.headerRow === null) continue;
    const col = parseAddress(left).col;
    atBySheet.set(f.sheet, Math.min(atBySheet.get(f.sheet) ?? col, col));
    const rows = numbers.get(f.sheet) ?? new Map<number, number>();
    f.indicators.forEach((i, k) => rows.set(i.row, k + 1));
    numbers.set(f.sheet, rows);
    headers.set(f.sheet, (headers.get(f.sheet) ?? new Set<number>()).add(f.headerRow));
  }
  // one sheet at a time: the column moved depends on the sheet, so the map reads it from the snapshot in hand
  let at = Number.MAX_SAFE_INTEGER;
  const map: CellMap = (row, col) => ({ row, col: col >= at ? col + 1 : col });
  return {
    get map() {
      return map;
    },
    snapshot: (s) => {
      const where = atBySheet.get(s.sheet);
      if (where === undefined) return s;
      at = where;
      const moved = remapped(map).snapshot(s);
      const added: GridCell[] = [];
      for (const row of headers.get(s.sheet) ?? []) added.push({ row, col: where, value: '序号', text: '序号' });
      for (const [row, n] of numbers.get(s.sheet) ?? []) added.push({ row, col: where, value: n, text: String(n) });
      return { ...moved, cells: [...moved.cells, ...added] };
    },
  };
}

function maxColumn(wb: WorkbookSnapshot): number {
  let max = 0;
  for (const s of wb.sheets) for (const c of s.cells) max = Math.max(max, c.col);
  return Math.min(max, 16);
}

describe.each(files.map((f) => [path.relative(path.join(__dirname, '..', '..', '..'), f), f]))('%s', (_name, file) => {
  let original: WorkbookSnapshot;
  let base: ReturnType<typeof reading>;

  beforeAll(async () => {
    original = await readWorkbookFile(file);
    base = reading(analyzeWorkbook(original, { lang: 'zh' }), (row, col) => ({ row, col }));
  });

  function expectSame(t: Transform) {
    const model = analyzeWorkbook(mapSheets(original, t), { lang: 'zh' });
    expect(reading(model, (row, col) => ({ row, col }))).toEqual(
      reading(analyzeWorkbook(original, { lang: 'zh' }), t.map, t.mapEnd),
    );
  }

  function same(t: Transform): boolean {
    const model = analyzeWorkbook(mapSheets(original, t), { lang: 'zh' });
    return (
      JSON.stringify(reading(model, (row, col) => ({ row, col }))) ===
      JSON.stringify(reading(analyzeWorkbook(original, { lang: 'zh' }), t.map, t.mapEnd))
    );
  }

  test('reads something', () => {
    expect(base.length).toBeGreaterThan(0);
  });

  test('moved down 3 rows and right 2 columns', () => expectSame(moved(3, 2)));

  test('any column widened into two merged columns', () => {
    for (let col = 1; col <= maxColumn(original); col++) expectSame(widened(col));
  });

  test('labels and level names broken over two lines', () => expectSame(lineBreaks()));

  test('an empty column inserted anywhere', () => {
    const failed: number[] = [];
    for (let col = 1; col <= maxColumn(original); col++) if (!same(blankColumn(col))) failed.push(col);
    expect(failed).toEqual([]);
  });

  test('an empty row inserted anywhere', () => {
    const rows = Math.min(60, Math.max(...original.sheets.flatMap((sh) => sh.cells.map((c) => c.row))));
    // not between the two rows of a two-row header (a header cell merged down over both): nobody writes that
    const splitsHeader = (row: number) =>
      original.sheets.some((sh) => sh.merges.map(parseRange).some((r) => r.bottom === r.top + 1 && r.bottom === row));
    const failed: number[] = [];
    for (let row = 2; row <= rows; row++) if (!splitsHeader(row) && !same(blankRow(row))) failed.push(row);
    expect(failed).toEqual([]);
  });

  // Undoing merges changes where some findings belong (a name filled into every row is a mistake in every cell;
  // a name written once is one mistake), so these compare what is read — forms, fields, every indicator row — not
  // where the issues sit.
  function sameReading(t: Transform): boolean {
    const strip = (forms: ReturnType<typeof reading>) => forms.map(({ range: _r, issues: _i, ...rest }) => rest);
    const model = analyzeWorkbook(mapSheets(original, t), { lang: 'zh' });
    return (
      JSON.stringify(strip(reading(model, (row, col) => ({ row, col })))) ===
      JSON.stringify(strip(reading(analyzeWorkbook(original, { lang: 'zh' }), t.map, t.mapEnd)))
    );
  }
  const exception = (kind: keyof typeof NOT_INVARIANT) => NOT_INVARIANT[kind][path.basename(file)] !== undefined;

  test('every merge undone', () => {
    // a listed exception must still differ (a ratchet: once it reads the same, take it off the list)
    expect(sameReading(unmerged())).toBe(!exception('unmerged'));
  });

  test('vertical merges undone and filled down', () => {
    expect(sameReading(filledDown())).toBe(!exception('filledDown'));
  });

  test('no title', () => {
    // the year (and the dates it implies) may be written in the title alone, and form-level findings sit on the
    // title's cell: compare what is read of the rows
    const strip = (forms: ReturnType<typeof reading>) =>
      forms.map(({ range: _r, title: _t, year: _y, project, issues, ...rest }) => ({
        ...rest,
        project: { ...project, startDate: null, endDate: null },
        issues: issues.filter((i) => / (target|hierarchy)\./.test(i)),
      }));
    const t = untitled();
    const model = analyzeWorkbook(mapSheets(original, t), { lang: 'zh' });
    expect(strip(reading(model, t.map))).toEqual(strip(base));
  });

  test('header labels in other words departments use', () => {
    for (const pick of [0, 1, 2]) expectSame(synonyms(pick));
  });

  test('text cells with a trailing space', () => {
    // the texts shown are the cells' own (with the space); what is read of them must not change
    const trim = (forms: ReturnType<typeof reading>) =>
      JSON.parse(JSON.stringify(forms, (_k, v: unknown) => (typeof v === 'string' ? v.trim() : v))) as unknown;
    const t = trailingSpaces();
    const model = analyzeWorkbook(mapSheets(original, t), { lang: 'zh' });
    expect(trim(reading(model, t.map))).toEqual(trim(base));
  });

  test('numbers replaced by the text they show', () => {
    // a fix for a number cell writes a number, for a text cell text: suggestions are not compared
    const noFix = (forms: ReturnType<typeof reading>) =>
      forms.map(({ issues, ...rest }) => ({ ...rest, issues: issues.map((i) => i.split(' ').slice(0, 3).join(' ')) }));
    const t = shownAsText();
    const model = analyzeWorkbook(mapSheets(original, t), { lang: 'zh' });
    expect(noFix(reading(model, t.map))).toEqual(noFix(base));
  });

  test('header fields typed inline (项目名称：…)', () => {
    if (path.basename(file) === 'b-08.xlsx') return; // a list: its 项目名称 heads a column of the table, not a field
    const fields = (forms: ReturnType<typeof reading>) =>
      forms.map((f) => ({
        name: f.project.name,
        department: f.project.department,
        implementingUnit: f.project.implementingUnit,
        category: f.project.category,
        indicators: f.indicators,
      }));
    const t = inlineLabels();
    expect(fields(reading(analyzeWorkbook(mapSheets(original, t), { lang: 'zh' }), t.map))).toEqual(fields(base));
  });

  test("the split layout's 指标性质 | 指标值 | 度量单位 in another order", () => {
    for (const sheet of original.sheets) {
      const rotated = splitColumnsRotated(sheet);
      if (!rotated) continue;
      const identity: CellMap = (row, col) => ({ row, col });
      const read = (snapshot: GridSnapshot, map: CellMap) =>
        reading(analyzeWorkbook({ sheets: [snapshot] }, { lang: 'zh' }), map).map(({ range: _r, ...rest }) => rest);
      expect(read(rotated.snapshot, identity)).toEqual(read(sheet, rotated.map));
    }
  });

  test('weights typed with their unit (20分)', () => {
    const read = (forms: ReturnType<typeof reading>) =>
      forms.map((f) => ({ indicators: f.indicators, total: f.total, grade: f.grade }));
    const t = weightsWithUnit();
    expect(read(reading(analyzeWorkbook(mapSheets(original, t), { lang: 'zh' }), t.map))).toEqual(read(base));
  });

  test('empty cells holding a space', () => expectSame(spacesInEmptyCells()));

  test('numbers stored as text', () => expectSame(numbersAsText()));

  test('other sheets beside the forms (an empty one, a sheet of notes) change nothing in the forms', () => {
    const withOthers: WorkbookSnapshot = {
      sheets: [
        {
          sheet: '填表说明',
          cells: [{ row: 1, col: 1, value: '填表说明：1.请按要求填写。', text: '填表说明：1.请按要求填写。' }],
          merges: [],
        },
        ...original.sheets,
        { sheet: 'Sheet3', cells: [], merges: [] },
      ],
    };
    const identity: CellMap = (row, col) => ({ row, col });
    expect(reading(analyzeWorkbook(withOthers, { lang: 'zh' }), identity)).toEqual(base);
  });

  test('two copies of each sheet stacked in one sheet are read as twice the forms', () => {
    const identity: CellMap = (row, col) => ({ row, col });
    for (const sheet of original.sheets) {
      const alone = reading(analyzeWorkbook({ sheets: [sheet] }, { lang: 'zh' }), identity);
      if (alone.length === 0) continue;
      const { snapshot, offset } = stacked(sheet);
      const twice = reading(analyzeWorkbook({ sheets: [snapshot] }, { lang: 'zh' }), identity);
      const copy = reading(analyzeWorkbook({ sheets: [sheet] }, { lang: 'zh' }), (row, col) => ({
        row: row + offset,
        col,
      }));
      // a form's range may take in the empty rows (and a 附表1 line) before the next form: compare the rest
      const noRange = (forms: ReturnType<typeof reading>) => forms.map(({ range: _range, ...rest }) => rest);
      expect(noRange(twice)).toEqual(noRange([...alone, ...copy]));
    }
  });

  test('a 序号 column left of the indicator table', () => {
    // one sheet at a time (the column it goes in is the sheet's own); forms of other sheets are not compared
    const model = analyzeWorkbook(original, { lang: 'zh' });
    for (const sheet of original.sheets) {
      const t = numberedRows(model);
      const changed = t.snapshot(sheet);
      if (changed === sheet) continue;
      const identity: CellMap = (row, col) => ({ row, col });
      // the form's range takes the new column in
      const read = (snapshot: GridSnapshot, map: CellMap) =>
        reading(analyzeWorkbook({ sheets: [snapshot] }, { lang: 'zh' }), map).map(({ range: _r, ...rest }) => rest);
      expect(read(changed, identity)).toEqual(read(sheet, t.map));
    }
  });

  test('header labels spaced out', () => expectSame(spacedLabels('spaces')));

  test('header labels with a colon', () => expectSame(spacedLabels('colon')));
});
