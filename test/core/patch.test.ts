/**
 * The sheet patch: what an adapter paints or writes, derived from the model alone.
 */
import { analyzeSheet } from '../../src/core/analyze';
import { buildPatch, fixPatch, markedCells } from '../../src/core/patch';
import { buildWritePlan, planPatch } from '../../src/core/completion/write-plan';
import { gridFromRows } from '../helpers/grid';

const declaration = gridFromRows([
  ['财政项目支出绩效目标申报表'],
  ['项目名称', '补丁项目', '项目类别', '经常性项目'],
  ['主管部门', '某局', '实施单位', '某中心'],
  ['一级指标', '二级指标', '三级指标', '指标目标值'],
  ['产出指标', '数量指标', '培训人次', '=>150人次'],
  [null, null, '合格率', '100%%'],
  [null, null, '场次', ''],
  ['效益指标', '社会效益指标', '知晓率', '提升'],
  ['满意度指标', '服务对象满意度指标', '满意度', '≥90%'],
]);

test('one highlight and one note per flagged cell, worst severity first; info is not painted', () => {
  const forms = analyzeSheet(declaration);
  const { ops } = buildPatch(forms);
  const highlights = ops.filter((o) => o.kind === 'highlight');
  expect(highlights.map((o) => o.cell).sort()).toEqual(['D5', 'D6', 'D7']);
  expect(new Set(highlights.map((o) => `${o.sheet}!${o.cell}`)).size).toBe(highlights.length);
  const note = ops.find((o) => o.kind === 'note' && o.cell === 'D5');
  expect(note).toMatchObject({ severity: 'error' });
  expect(note && 'text' in note ? note.text : '').toContain('比较符号书写错误');
  expect(note && 'text' in note ? note.text : '').toContain('≥150人次');
  expect(ops.some((o) => o.cell === 'D8')).toBe(false); // 提升: an info finding only
});

test('markedCells counts the cells a patch marks: one per highlighted cell, notes and writes not counted', () => {
  const forms = analyzeSheet(declaration);
  expect(markedCells(buildPatch(forms))).toBe(3);
  expect(markedCells(buildPatch(forms, { includeInfo: true }))).toBe(4);
  expect(markedCells({ ops: [] })).toBe(0);
  expect(markedCells(fixPatch(forms.flatMap((f) => f.issues)))).toBe(0);
  // the same cell twice (two sheets' patches joined) is still one cell; another sheet's same address is another
  const h = (sheet: string, cell: string) => ({ kind: 'highlight' as const, sheet, cell, severity: 'error' as const });
  expect(markedCells({ ops: [h('甲', 'A1'), h('甲', 'A1'), h('乙', 'A1')] })).toBe(2);
});

test('info findings are painted only on request; English notes on request', () => {
  const forms = analyzeSheet(declaration, { lang: 'en' });
  const { ops } = buildPatch(forms, { includeInfo: true, lang: 'en' });
  expect(ops.some((o) => o.cell === 'D8' && o.kind === 'highlight' && o.severity === 'info')).toBe(true);
  const note = ops.find((o) => o.kind === 'note' && o.cell === 'D6');
  expect(note && 'text' in note ? note.text : '').toContain('The percent sign is doubled');
});

test('fixPatch writes only safe fixes by default, one per cell, never a confirm fix', () => {
  const forms = analyzeSheet(declaration);
  const issues = forms.flatMap((f) => f.issues);
  const { ops } = fixPatch(issues);
  expect(ops).toEqual([
    { kind: 'value', sheet: 'Sheet1', cell: 'D5', text: '≥150人次', onlyIfEmpty: false, reason: 'fix' },
    {
      kind: 'value',
      sheet: 'Sheet1',
      cell: 'D6',
      text: '100%',
      value: 1,
      format: '0%',
      onlyIfEmpty: false,
      reason: 'fix',
    },
  ]);
});

test('planPatch (jixiao score --out) fills computed scores into empty 得分 cells only, as numbers', () => {
  const grid = gridFromRows([
    ['项目支出绩效自评表'],
    ['项目名称', '评分项目', '主管部门', '某局', '实施单位', '某中心'],
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
    ['产出指标', '数量指标', '案例数', '≥200个', '186个', 5, null, '疫情'],
    [null, null, '培训数', '≥10个', '10个', 5, 5],
    [null, null, '场次', '≥10场', null, 5],
  ]);
  const plan = buildWritePlan(analyzeSheet(grid), new Map([['Sheet1', grid]]), { statusColumn: false, lang: 'zh' });
  const { ops } = planPatch(plan);
  expect(ops).toEqual([
    { kind: 'value', sheet: 'Sheet1', cell: 'G4', text: '4.65', value: 4.65, onlyIfEmpty: true, reason: 'score' },
  ]);
});
