/**
 * The Excel adapter's merge handling on hostile sheets (#11): merged areas read by bands are stitched
 * in n log n (sort + one pass), 100,000 areas included, and a sheet-spanning area reported clipped by
 * every band comes back whole, once — the core then clips it to the content (test/core/grid-merges).
 * The hang guard is the only limit on time.
 */
import { stitchBands } from '../../src/excel/excel-host';
import { SheetGrid } from '../../src/core/grid';

test('100,000 merged areas over 1,000 bands of 100 rows', () => {
  const bands: string[][] = [];
  for (let b = 0; b < 1000; b++) {
    const band: string[] = [];
    for (let r = b * 100 + 1; r <= b * 100 + 100; r++) band.push(`A${r}:B${r}`);
    bands.push(band);
  }
  const areas = stitchBands(bands);
  expect(areas).toHaveLength(100_000);
  expect(areas[99_999]).toBe('A100000:B100000');
}, 60_000);

test('a sheet-spanning area, clipped by each band, is one area; the grid then clips it to the content', () => {
  const bands: string[][] = [];
  for (let first = 1; first <= 1_000; first += 100) bands.push([`A${first}:XFD${Math.min(first + 100, 1_000)}`]);
  const areas = stitchBands(bands);
  expect(areas).toEqual(['A1:XFD1000']);
  const grid = new SheetGrid({
    sheet: 'S',
    cells: [
      { row: 1, col: 1, value: '标题', text: '标题' },
      { row: 20, col: 4, value: 'x', text: 'x' },
    ],
    merges: areas,
  });
  expect(grid.merges).toEqual([{ top: 1, left: 1, bottom: 20, right: 4 }]);
});
