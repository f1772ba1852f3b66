/**
 * A list of several projects in one table (issue #9): 单位名称 | 项目名称 | 预算数 | 年度目标 | 一级 | 二级 | 三级 |
 * 指标性质 | 指标值 | 度量单位 | 权重, the project cells merged down over each project's indicator rows (the HTML
 * rowspans of 四川 b-08, 井研县马踏镇 2023) or repeated on every row. One form per project, with its name and funds.
 */
import { analyzeSheet } from '../../src/core/analyze';
import type { FormModel } from '../../src/core/model';
import { gridFromRows, type CellSpec } from '../helpers/grid';

const HEADER: CellSpec[] = [
  '单位名称',
  '项目名称',
  '预算数',
  '年度目标',
  '一级指标',
  '二级指标',
  '三级指标',
  '指标性质',
  '指标值',
  '度量单位',
  '权重',
];
const ind = (l1: string, l2: string, l3: string, op: string, v: number, unit: string, w: number): CellSpec[] => [
  l1,
  l2,
  l3,
  op,
  v,
  unit,
  w,
];
const A: CellSpec[][] = [
  ind('产出指标', '数量指标', '村组干部人数', '≥', 230, '人', 10),
  ind('产出指标', '时效指标', '按时发放', '≥', 1, '次/年', 20),
  ind('满意度指标', '服务对象满意度指标', '群众满意度', '≥', 95, '%', 10),
];
const B: CellSpec[][] = [
  ind('产出指标', '数量指标', '行政村数量', '=', 11, '个', 10),
  ind('效益指标', '社会效益指标', '保障村社区正常运转', '≥', 95, '%', 20),
];
const unitA = '820001-某镇人民政府';

function summary(forms: FormModel[]) {
  return forms.map((f) => ({
    name: f.project.name,
    nameCell: f.project.nameCell,
    funds: f.project.totalFunds,
    fundsCell: f.project.totalFundsCell,
    department: f.project.department,
    unit: f.project.implementingUnit,
    layout: f.layout,
    indicators: f.indicators.map((i) => [i.cell, i.level3, i.weight]),
  }));
}

const expected = (department: string | null) => [
  {
    name: '村组干部报酬',
    nameCell: 'B5',
    funds: 3309840,
    fundsCell: 'C5',
    department,
    unit: unitA,
    layout: 'declaration-split',
    indicators: [
      ['I5', '村组干部人数', 10],
      ['I6', '按时发放', 20],
      ['I7', '群众满意度', 10],
    ],
  },
  {
    name: '基层组织活动经费',
    nameCell: 'B8',
    funds: 660000,
    fundsCell: 'C8',
    department,
    unit: unitA,
    layout: 'declaration-split',
    indicators: [
      ['I8', '行政村数量', 10],
      ['I9', '保障村社区正常运转', 20],
    ],
  },
];

describe('a list of projects in one table', () => {
  const title: CellSpec[][] = [
    ['部门预算项目绩效目标申报表(2023年度)'],
    ['金额单位:元'],
    HEADER,
    ['820-某镇部门', null, 3970000],
  ];

  // each project's cells written once, on its first row
  const writtenOnce = [
    ...title,
    [unitA, '村组干部报酬', 3309840, '按时发放报酬', ...A[0]],
    [null, null, null, null, ...A[1]],
    [null, null, null, null, ...A[2]],
    [null, '基层组织活动经费', 660000, '保障村社区运转', ...B[0]],
    [null, null, null, null, ...B[1]],
  ];

  it('project cells merged down over their rows: one form per project, the department from the total row', () => {
    const rows = writtenOnce;
    const forms = analyzeSheet(
      gridFromRows(rows, { merges: ['A5:A9', 'B5:B7', 'C5:C7', 'D5:D7', 'B8:B9', 'C8:C9', 'D8:D9'] }),
    );
    expect(summary(forms)).toEqual(expected('820-某镇部门'));
    expect(forms.flatMap((f) => f.issues).filter((i) => i.severity === 'error')).toEqual([]);
    expect(forms.flatMap((f) => f.issues).filter((i) => i.code === 'form.missing-field')).toEqual([]);
  });

  it('project cells written once with blanks below (the merges undone): the same forms, the unit for each', () => {
    expect(summary(analyzeSheet(gridFromRows(writtenOnce)))).toEqual(expected('820-某镇部门'));
  });

  it('project cells repeated on every row (no merges, no department row): the same forms', () => {
    const rows = [
      ...title.slice(0, 3),
      [null],
      ...A.map((r) => [unitA, '村组干部报酬', 3309840, '按时发放报酬', ...r]),
      ...B.map((r) => [unitA, '基层组织活动经费', 660000, '保障村社区运转', ...r]),
    ];
    expect(summary(analyzeSheet(gridFromRows(rows)))).toEqual(expected(null));
  });

  it('a list of one project reads as one form with its name and funds', () => {
    const rows = [
      ...title.slice(0, 3),
      [null],
      [unitA, '村组干部报酬', 3309840, '按时发放报酬', ...A[0]],
      [null, null, null, null, ...A[1]],
      [null, null, null, null, ...A[2]],
    ];
    const forms = analyzeSheet(gridFromRows(rows, { merges: ['A5:A7', 'B5:B7', 'C5:C7', 'D5:D7'] }));
    expect(summary(forms)).toEqual([expected(null)[0]]);
  });

  it('a table without a 项目名称 column is not split', () => {
    const rows: CellSpec[][] = [['项目绩效目标表'], ['项目名称', '村组干部报酬'], HEADER.slice(4), ...A, ...B];
    const forms = analyzeSheet(gridFromRows(rows));
    expect(forms).toHaveLength(1);
    expect(forms[0].project.name).toBe('村组干部报酬');
    expect(forms[0].indicators).toHaveLength(5);
  });
});
