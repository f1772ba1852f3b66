/**
 * The standard template: its definition is consistent, and a filled template reads back exactly.
 */
import { analyzeSheet } from '../../src/core/analyze';
import { parseAddress } from '../../src/core/grid';
import { LEVEL1_LIST_NAME, buildTemplate, level2Choices, type TemplateDefinition } from '../../src/core/template';
import type { GridCell, GridSnapshot } from '../../src/core/types';

/** The form sheet of a template as a grid, with some cells filled in. */
function gridOf(def: TemplateDefinition, fill: Record<string, string | number>): GridSnapshot {
  const sheet = def.sheets[0];
  const cells: GridCell[] = [];
  for (const c of sheet.cells) {
    const v = fill[c.cell] ?? c.value;
    if (v === null || v === undefined) continue;
    const { row, col } = parseAddress(c.cell);
    cells.push({ row, col, value: v, text: String(v), format: c.numberFormat });
  }
  for (const [a1, v] of Object.entries(fill)) {
    if (sheet.cells.some((c) => c.cell === a1)) continue;
    const { row, col } = parseAddress(a1);
    cells.push({ row, col, value: v, text: String(v) });
  }
  return { sheet: sheet.name, cells, merges: sheet.merges };
}

test.each(['declaration', 'split', 'self-evaluation'] as const)('the %s template is consistent', (layout) => {
  const def = buildTemplate({ layout, year: 2026, indicatorRows: 12 });
  const [form, lists] = def.sheets;
  expect(lists.hidden).toBe(true);
  expect(def.table.lastRow - def.table.firstRow + 1).toBe(12);
  expect(new Set(form.cells.map((c) => c.cell)).size).toBe(form.cells.length); // no cell defined twice
  expect(def.names.map((n) => n.name)).toEqual([LEVEL1_LIST_NAME, ...level2Choices().map((c) => c.level1)]);
  const l1 = form.validations.find((v) => v.kind === 'list' && v.source === LEVEL1_LIST_NAME);
  expect(l1?.range).toBe(
    `${def.table.columns.level1}${def.table.firstRow}:${def.table.columns.level1}${def.table.lastRow}`,
  );
  const l2 = form.validations.find((v) => v.kind === 'list' && v.source.startsWith('INDIRECT('));
  expect(l2?.range.startsWith(def.table.columns.level2)).toBe(true);
  expect(form.validations.some((v) => v.kind === 'prompt' && v.range.startsWith(def.table.columns.target))).toBe(true);
  expect(form.print).toMatchObject({ paperSize: 'A4', fitToWidth: true });
});

test('level2 choices follow both frameworks and the mixed pairs', () => {
  const byL1 = Object.fromEntries(level2Choices().map((c) => [c.level1, c.level2]));
  expect(byL1['产出指标']).toEqual(
    expect.arrayContaining(['数量指标', '质量指标', '时效指标', '成本指标', '经济成本指标']),
  );
  expect(byL1['成本指标']).toEqual(expect.arrayContaining(['经济成本指标', '社会成本指标', '生态环境成本指标']));
  expect(byL1['满意度指标']).toEqual(['服务对象满意度指标']);
});

test('a filled declaration template is read back with every row', () => {
  const def = buildTemplate({ layout: 'declaration', year: 2026, indicatorRows: 5 });
  const { firstRow: r, columns: c } = def.table;
  const rows = [
    ['产出指标', '数量指标', '培训人次', '≥200人次'],
    ['产出指标', '质量指标', '合格率', '≥95%'],
    ['产出指标', '时效指标', '完成时间', '2026年12月底前'],
    ['效益指标', '社会效益指标', '知晓率', '提升'],
    ['满意度指标', '服务对象满意度指标', '满意度', '≥90%'],
  ];
  const fill: Record<string, string | number> = { B3: '模板项目', E3: '经常性项目', B4: '某局', E4: '某中心', C6: 128 };
  rows.forEach((row, i) => {
    fill[`${c.level1}${r + i}`] = row[0];
    fill[`${c.level2}${r + i}`] = row[1];
    fill[`${c.level3}${r + i}`] = row[2];
    fill[`${c.target}${r + i}`] = row[3];
  });
  const [form] = analyzeSheet(gridOf(def, fill));
  expect(form.project).toMatchObject({
    name: '模板项目',
    category: '经常性项目',
    fundsUnit: '万元',
    totalFunds: 1_280_000,
  });
  expect(form.headerRow).toBe(def.table.headerRow);
  expect(form.indicators.map((i) => [i.level1, i.level2, i.level3, i.targetText, i.verdict])).toEqual(
    rows.map((row) => [...row, 'ok']),
  );
});

test('a filled self-evaluation template is read back with completion', () => {
  const def = buildTemplate({ layout: 'self-evaluation', year: 2026, indicatorRows: 3 });
  const { firstRow: r } = def.table;
  const fill: Record<string, string | number> = {
    B3: '自评模板项目',
    B4: '某局',
    E4: '某中心',
    C6: 100,
    D6: 100,
    E6: 95,
    [`A${r}`]: '产出指标',
    [`B${r}`]: '数量指标',
    [`C${r}`]: '培训人次',
    [`D${r}`]: '≥200人次',
    [`E${r}`]: '210人次',
    [`A${r + 1}`]: '效益指标',
    [`B${r + 1}`]: '社会效益指标',
    [`C${r + 1}`]: '知晓率',
    [`D${r + 1}`]: '提升',
    [`E${r + 1}`]: '部分达成',
    [`A${r + 2}`]: '满意度指标',
    [`B${r + 2}`]: '服务对象满意度指标',
    [`C${r + 2}`]: '满意度',
    [`D${r + 2}`]: '≥90%',
  };
  const [form] = analyzeSheet(gridOf(def, fill));
  expect(form.layout).toBe('self-evaluation');
  expect(form.project.totalFunds).toBe(1_000_000);
  expect(form.indicators.map((i) => i.completion?.status)).toEqual(['met', 'partial', 'pending']);
  expect(form.score?.budget?.score).toBe(9.5);
});
