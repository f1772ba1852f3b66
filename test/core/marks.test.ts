import {
  MARKS_HEADER,
  MARKS_HEADER_FULL,
  NO_FILL,
  marksToRows,
  mergeMarks,
  parseLook,
  resolveSheets,
  rowsToMarks,
  sameFill,
  shiftAddress,
  shiftMarks,
  structuralChange,
  type MarkRecord,
} from '../../src/core/marks';

const rec = (cell: string, color: string | null, note: string | null = null): MarkRecord => ({
  sheet: '表1',
  cell,
  before: { fill: { color, pattern: color ? 'Solid' : null, patternColor: null }, note },
});

test('records survive a round trip through sheet rows', () => {
  const records = [rec('E14', null), rec('E15', '#FFFF00', '原有批注')];
  const rows = marksToRows(records);
  expect(rows[0]).toEqual([...MARKS_HEADER]);
  expect(rowsToMarks(rows)).toEqual(records);
});

test('a damaged record restores to no fill and no note instead of failing', () => {
  expect(parseLook('{not json')).toEqual({ fill: NO_FILL, note: null });
  expect(rowsToMarks([['表1', 'A1', 42], [null, 'A2', '{}'], []])).toEqual([
    { sheet: '表1', cell: 'A1', before: { fill: NO_FILL, note: null } },
  ]);
});

test("painting a cell twice keeps the first (the user's own) look", () => {
  const merged = mergeMarks([rec('E14', '#FFFF00')], [rec('E14', '#FFC7CE'), rec('E16', null)]);
  expect(merged).toEqual([rec('E14', '#FFFF00'), rec('E16', null)]);
});

// ---- #10: sheet ids, painted fills, rows/columns inserted and deleted ----------------------------

const on = (sheet: string, cell: string, sheetId?: string): MarkRecord => ({
  sheet,
  cell,
  before: { fill: NO_FILL, note: null },
  ...(sheetId ? { sheetId } : {}),
});

test('sheet ids and painted fills survive the round trip; a 3-column record still reads', () => {
  const records: MarkRecord[] = [
    { ...on('表1', 'E14', '{A}'), painted: { color: '#FFC7CE', pattern: null, patternColor: null } },
    on('表2', 'B2'),
  ];
  const rows = marksToRows(records);
  expect(rows[0]).toEqual([...MARKS_HEADER_FULL]);
  expect(rows[2]).toEqual(['表2', 'B2', JSON.stringify({ fill: NO_FILL, note: null }), '', '']);
  expect(rowsToMarks(rows)).toEqual(records);
  expect(rowsToMarks([[...MARKS_HEADER], ['表1', 'A1', '{}']])).toEqual([on('表1', 'A1')]);
  expect(rowsToMarks([['表1', 'A1', '{}', '{X}', 'not json']])).toEqual([on('表1', 'A1', '{X}')]);
});

test('records find their sheet by id after a rename; by name when they have no id; orphans apart', () => {
  const sheets = [
    { id: '{A}', name: '改名后' },
    { id: '{B}', name: '表2' },
  ];
  const { live, orphans } = resolveSheets(
    [on('旧名', 'E14', '{A}'), on('表2', 'C3'), on('删掉的', 'A1', '{Z}'), on('没有', 'A1')],
    sheets,
  );
  expect(live).toEqual([on('改名后', 'E14', '{A}'), on('表2', 'C3', '{B}')]);
  expect(orphans.map((r) => r.sheet)).toEqual(['删掉的', '没有']);
});

test.each([
  ['RowInserted', '5:6', { axis: 'row', op: 'insert', first: 5, count: 2 }],
  ['RowInserted', 'Sheet1!$A$5:$XFD$5', { axis: 'row', op: 'insert', first: 5, count: 1 }],
  ['RowDeleted', 'A10:XFD12', { axis: 'row', op: 'delete', first: 10, count: 3 }],
  ['ColumnInserted', 'C:C', { axis: 'column', op: 'insert', first: 3, count: 1 }],
  ['ColumnDeleted', 'B1:D1048576', { axis: 'column', op: 'delete', first: 2, count: 3 }],
  ['RangeEdited', 'E5', null],
  ['CellInserted', 'E5:E6', null],
  ['Unknown', '5:5', null],
])('structuralChange(%s, %s)', (type, a1, expected) => {
  expect(structuralChange(type, a1)).toEqual(expected);
});

test.each([
  // cell, change, after
  ['E14', { axis: 'row', op: 'insert', first: 14, count: 1 }, 'E15'],
  ['E14', { axis: 'row', op: 'insert', first: 15, count: 3 }, 'E14'],
  ['E14', { axis: 'row', op: 'insert', first: 1, count: 3 }, 'E17'],
  ['E14', { axis: 'row', op: 'delete', first: 14, count: 1 }, null],
  ['E14', { axis: 'row', op: 'delete', first: 12, count: 2 }, 'E12'],
  ['E14', { axis: 'row', op: 'delete', first: 12, count: 3 }, null],
  ['E14', { axis: 'row', op: 'delete', first: 15, count: 5 }, 'E14'],
  ['E14', { axis: 'column', op: 'insert', first: 5, count: 2 }, 'G14'],
  ['E14', { axis: 'column', op: 'insert', first: 6, count: 2 }, 'E14'],
  ['E14', { axis: 'column', op: 'delete', first: 1, count: 2 }, 'C14'],
  ['E14', { axis: 'column', op: 'delete', first: 5, count: 1 }, null],
  ['E1048576', { axis: 'row', op: 'insert', first: 3, count: 1 }, null],
] as const)('shiftAddress(%s, %o) = %s', (cell, change, after) => {
  expect(shiftAddress(cell, change)).toBe(after);
});

test('shiftMarks moves the records of that sheet only (by id) and drops deleted cells', () => {
  const records = [on('表1', 'E14', '{A}'), on('表1', 'E20', '{A}'), on('表2', 'E20', '{B}'), on('表1', 'E10', '{A}')];
  const { records: out, dropped } = shiftMarks(
    records,
    { id: '{A}', name: '表1' },
    { axis: 'row', op: 'delete', first: 13, count: 2 },
  );
  expect(out.map((r) => `${r.sheet}!${r.cell}`)).toEqual(['表1!E18', '表2!E20', '表1!E10']);
  expect(dropped.map((r) => r.cell)).toEqual(['E14']);
  const renamed = shiftMarks(
    [on('旧名', 'B5', '{A}')],
    { id: '{A}', name: '新名' },
    { axis: 'row', op: 'insert', first: 1, count: 1 },
  );
  expect(renamed.records[0].cell).toBe('B6');
});

test('sameFill compares colour, pattern and pattern colour', () => {
  expect(
    sameFill(
      { color: '#FFC7CE', pattern: null, patternColor: null },
      { color: '#FFC7CE', pattern: null, patternColor: null },
    ),
  ).toBe(true);
  expect(
    sameFill(
      { color: '#FFC7CE', pattern: null, patternColor: null },
      { color: '#FFC7CF', pattern: null, patternColor: null },
    ),
  ).toBe(false);
  expect(
    sameFill(
      { color: '#FFC7CE', pattern: 'Gray25', patternColor: null },
      { color: '#FFC7CE', pattern: null, patternColor: null },
    ),
  ).toBe(false);
});
