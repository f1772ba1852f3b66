/**
 * Layouts the fixtures do not cover, written as real .xlsx files and read through the real adapter:
 * split declaration (two-row header, operator in 指标性质, unit in 度量单位), split self-evaluation
 * with its funds block, typed cells (percent formats, operator literals in formats, dates, errors),
 * several forms per sheet with merged 一级/二级, and a form that starts far from A1.
 */
import { analyzeWorkbook } from '../../src/core/analyze';
import { readWorkbookBuffer } from '../../src/workbook/read';
import { buildWorkbook } from '../helpers/build-workbook';

test('split declaration: two-row header, 指标性质 | 指标值 | 度量单位 | 分值, typed values', async () => {
  const buf = await buildWorkbook([
    {
      name: '2023申报',
      startRow: 3,
      startCol: 2,
      merges: ['E6:G6', 'B8:B10', 'C8:C9'],
      rows: [
        ['2023年度项目支出绩效目标申报表'],
        ['项目名称', '分列项目', '项目属性', '新增'],
        ['预算部门', '某局', '项目实施单位', '某中心', '金额单位：万元'],
        ['一级指标', '二级指标', '三级指标', '指标值', null, null, '分值'],
        [null, null, null, '指标性质', '指标值', '度量单位'],
        ['产出指标', '数量指标', '培训人数', '≥', 200, '人次', 20],
        [null, null, '完成率', '=', { value: 1, numFmt: '0%' }, null, 10],
        [
          null,
          '时效指标',
          '完成时间',
          '≤',
          { value: new Date(Date.UTC(2023, 11, 31)), numFmt: 'yyyy-mm-dd' },
          null,
          10,
        ],
        ['效益指标', '社会效益指标', '知晓率提升', '定性', '提升', null, 10],
        ['满意度指标', '服务对象满意度指标', '满意度', '正', 90, '%', 10],
      ],
    },
  ]);
  const model = analyzeWorkbook(await readWorkbookBuffer(buf, 'split.xlsx'));
  const [form] = model.forms;
  expect(form.layout).toBe('declaration-split');
  expect(form.headerRow).toBe(6);
  expect(form.project).toMatchObject({
    name: '分列项目',
    category: '新增',
    department: '某局',
    implementingUnit: '某中心',
    fundsUnit: '万元',
  });
  const byName = Object.fromEntries(form.indicators.map((i) => [i.level3, i]));
  expect(Object.keys(byName)).toEqual(['培训人数', '完成率', '完成时间', '知晓率提升', '满意度']);
  expect(byName['培训人数']).toMatchObject({
    cell: 'F8',
    targetText: '200',
    nature: '≥',
    unitText: '人次',
    verdict: 'ok',
  });
  expect(byName['完成率'].targetText).toBe('100%');
  expect(byName['完成率'].target).toMatchObject({ op: '=', value: 100, unit: '%' });
  expect(byName['完成时间'].target.kind).toBe('date');
  expect(byName['完成时间'].target.date?.end).toBe('2023-12-31');
  expect(byName['知晓率提升'].target.kind).toBe('qualitative');
  expect(byName['满意度'].issues.map((i) => i.code)).toContain('target.unknown-operator');
  expect(byName['满意度'].verdict).toBe('error');
});

test("split self-evaluation: funds block, 完成值 read in the row's 度量单位, weights and score", async () => {
  const buf = await buildWorkbook([
    {
      name: '自评',
      merges: ['A1:J1', 'A8:A9'],
      rows: [
        ['2022年度项目支出绩效自评表'],
        ['项目名称', '分列自评', '主管部门', '某局', '实施单位', '某中心'],
        ['预算执行情况(10分)'],
        ['资金（元）', '年初预算', '调整后预算数', '预算执行数', '预算执行率', '权重', '得分'],
        ['财政资金', 1_000_000, 1_200_000, 1_080_000, { formula: 'D5/C5', result: 0.9, numFmt: '0.00%' }],
        ['合计', 1_000_000, 1_200_000, 1_080_000, { formula: 'D6/C6', result: 0.9, numFmt: '0.00%' }, 10],
        ['绩效指标(90分)'],
        [
          '一级指标',
          '二级指标',
          '三级指标',
          '指标性质',
          '指标值',
          '度量单位',
          '完成值',
          '权重',
          '得分',
          '未完成原因分析',
        ],
        ['产出指标', '数量指标', '发放册数', '≥', 5, '万册', 5.2, 30],
        [null, '质量指标', '合格率', '≥', 95, '%', { value: 0.9, numFmt: '0%' }, 30, null, '考试难度提高'],
        ['效益指标', '社会效益指标', '知晓率提升', '定性', '提升', null, '部分达成', 20, 14],
        ['满意度指标', '服务对象满意度指标', '满意度', '≥', 90, '%', 92, 10],
        ['合计', null, null, null, null, null, null, 90],
      ],
    },
  ]);
  const [form] = analyzeWorkbook(await readWorkbookBuffer(buf, 'selfeval-split.xlsx')).forms;
  expect(form.layout).toBe('self-evaluation-split');
  expect(form.project).toMatchObject({ totalFunds: 1_200_000, executedFunds: 1_080_000, fundsUnit: '元' });
  expect(form.indicators.map((i) => [i.level3, i.completion?.status, i.completion?.weight])).toEqual([
    ['发放册数', 'met', 30],
    ['合格率', 'not_met', 30],
    ['知晓率提升', 'partial', 20],
    ['满意度', 'met', 10],
  ]);
  expect(form.indicators[1].actual).toEqual({ text: '90%', cell: 'G10' });
  expect(form.indicators[2].completion?.userScore).toBe(14); // typed by the user: never replaced
  expect(form.score?.budget).toMatchObject({ rate: 0.9, score: 9 });
  expect(form.issues.filter((i) => i.code === 'completion.weights-sum')).toEqual([]);
});

test('two forms stacked on one sheet, merged 一级/二级, a percent-formatted target and an error value', async () => {
  const form = (name: string, extra: unknown[][] = []) => [
    ['财政项目支出绩效目标申报表'],
    ['项目名称', name, null, '项目类别', '经常性项目'],
    ['主管部门', '某局', null, '实施单位', '某中心'],
    ['项目资金（元）', '项目资金总额', { value: 1_280_000, numFmt: '#,##0' }],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '指标目标值'],
    [null, '产出指标', '数量指标', '覆盖数', { value: 306, numFmt: '"≥"0"个"' }],
    [null, null, null, '讲座场次', { value: 612, numFmt: '"≥"0"场"' }],
    [null, null, '质量指标', '合格率', { value: 0.95, numFmt: '0%' }],
    [null, '满意度指标', '服务对象满意度指标', '满意度', { error: '#N/A' }],
    ...extra,
  ];
  const top = form('上面的项目');
  const bottom = form('下面的项目');
  const offset = top.length + 2;
  const shift = (ranges: string[], by: number) => ranges.map((r) => r.replace(/\d+/g, (n) => String(Number(n) + by)));
  const merges = ['A5:A9', 'B6:B8', 'C6:C7'];
  const buf = await buildWorkbook([
    {
      name: '汇总',
      rows: [...top, [], [], ...(bottom as never[])] as never,
      merges: [...merges, ...shift(merges, offset)],
    },
  ]);
  const model = analyzeWorkbook(await readWorkbookBuffer(buf, 'stacked.xlsx'));
  expect(model.forms.map((f) => [f.project.name, f.indicators.length, f.project.totalFunds])).toEqual([
    ['上面的项目', 4, 1_280_000],
    ['下面的项目', 4, 1_280_000],
  ]);
  const [first] = model.forms;
  expect(first.indicators.map((i) => [i.level1, i.level2, i.targetText, i.verdict])).toEqual([
    ['产出指标', '数量指标', '≥306个', 'ok'],
    ['产出指标', '数量指标', '≥612场', 'ok'],
    ['产出指标', '质量指标', '95%', 'warning'],
    ['满意度指标', '服务对象满意度指标', '#N/A', 'error'],
  ]);
  expect(first.indicators[3].issues.map((i) => i.code)).toContain('target.excel-error');
  expect(model.forms[1].indicators[0].cell).toBe(`E${6 + offset}`);
});
