/**
 * #12: a freshly inserted template (a complete header over an indicator table with no row filled in)
 * is an empty form, said as an info (form.empty-template) — not the error form.no-indicators, which
 * stays for a table whose rows hold something but no indicator, and for a filled-in header with no table below.
 */
import { analyzeSheet } from '../../src/core/analyze';
import { buildTemplate, type TemplateLayout } from '../../src/core/template';
import type { GridCell, GridSnapshot } from '../../src/core/types';
import { gridFromRows, type CellSpec } from '../helpers/grid';

function colNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** The template's form sheet as a grid snapshot (its formulas show nothing on an empty form). */
function templateGrid(layout: TemplateLayout): GridSnapshot {
  const def = buildTemplate({ layout, year: 2026 });
  const sheet = def.sheets[0];
  const cells: GridCell[] = [];
  for (const c of sheet.cells) {
    const m = /^([A-Z]+)(\d+)$/.exec(c.cell);
    if (!m) continue;
    const value = c.formula ? null : c.value;
    if (value === null || value === '') continue;
    cells.push({
      row: Number(m[2]),
      col: colNumber(m[1]),
      value,
      text: String(value),
      format: typeof value === 'number' ? 'General' : undefined,
    });
  }
  return { sheet: sheet.name, cells, merges: sheet.merges };
}

function codes(grid: GridSnapshot): { code: string; severity: string }[] {
  return analyzeSheet(grid).flatMap((f) => f.issues.map((i) => ({ code: i.code, severity: i.severity })));
}

describe.each(['declaration', 'self-evaluation', 'split'] as const)('a fresh %s template', (layout) => {
  test('is an empty form (info), not an error', () => {
    const found = codes(templateGrid(layout));
    expect(found).toContainEqual({ code: 'form.empty-template', severity: 'info' });
    expect(found.map((f) => f.code)).not.toContain('form.no-indicators');
    expect(found.filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('says only that: no blank-header warnings, nothing scored on a blank self-evaluation', () => {
    expect(codes(templateGrid(layout))).toEqual([{ code: 'form.empty-template', severity: 'info' }]);
    expect(analyzeSheet(templateGrid(layout)).map((f) => f.score)).toEqual([null]);
  });
});

const HEAD: CellSpec[][] = [
  ['财政项目支出绩效目标申报表'],
  ['项目名称', '空表项目'],
  ['一级指标', '二级指标', '三级指标', '指标目标值'],
];

test.each<[string, CellSpec[][], string, string]>([
  [
    'rows of placeholders',
    [
      ['产出指标', '数量指标', '指标1', null],
      [null, '质量指标', '……', null],
    ],
    'form.no-indicators',
    'error',
  ],
  ['a filled-in header with no table rows below it', [], 'form.no-indicators', 'error'],
  [
    'empty rows under a complete header (only the framework filled)',
    [
      ['产出指标', '数量指标', null, null],
      [null, '质量指标', null, null],
      ['效益指标', '社会效益指标', null, null],
    ],
    'form.empty-template',
    'info',
  ],
])('%s → %s (%s)', (_name, body, code, severity) => {
  const found = codes(gridFromRows([...HEAD, ...body]));
  expect(found).toContainEqual({ code, severity });
  const other = code === 'form.no-indicators' ? 'form.empty-template' : 'form.no-indicators';
  expect(found.map((f) => f.code)).not.toContain(other);
});

test('a template with nothing filled in anywhere is empty; once the header is filled the missing table is an error', () => {
  const blank = codes(
    gridFromRows([
      ['财政项目支出绩效目标申报表'],
      ['项目名称', null],
      ['一级指标', '二级指标', '三级指标', '指标目标值'],
    ]),
  );
  expect(blank).toContainEqual({ code: 'form.empty-template', severity: 'info' });
  const named = codes(gridFromRows(HEAD));
  expect(named).toContainEqual({ code: 'form.no-indicators', severity: 'error' });
});
