import { MARKS_HEADER, NO_FILL, marksToRows, mergeMarks, parseLook, rowsToMarks, type MarkRecord } from '../../src/core/marks';

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
  expect(rowsToMarks([['表1', 'A1', 42], [null, 'A2', '{}'], []])).toEqual([{ sheet: '表1', cell: 'A1', before: { fill: NO_FILL, note: null } }]);
});

test('painting a cell twice keeps the first (the user\'s own) look', () => {
  const merged = mergeMarks([rec('E14', '#FFFF00')], [rec('E14', '#FFC7CE'), rec('E16', null)]);
  expect(merged).toEqual([rec('E14', '#FFFF00'), rec('E16', null)]);
});
