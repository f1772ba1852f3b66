/**
 * Layouts seen in published forms (issue #9 §2), as grids: the reader, hierarchy, grammar and
 * completion read them as a careful reviewer would — no false alarm, every indicator and actual read.
 * Contents follow published examples (池州 2022 自评表, 宁乡 2021 项目绩效目标表, 88号-era local templates).
 */
import { analyzeSheet } from '../../src/core/analyze';
import type { FormModel } from '../../src/core/model';
import { gridFromRows, type CellSpec } from '../helpers/grid';

function form(rows: CellSpec[][], merges: string[] = []): FormModel {
  const forms = analyzeSheet(gridFromRows(rows, { merges }));
  expect(forms).toHaveLength(1);
  return forms[0];
}
const codes = (f: FormModel, severity?: string) =>
  f.issues.filter((i) => !severity || i.severity === severity).map((i) => `${i.cell} ${i.code}`);
const names = (f: FormModel) => f.indicators.map((i) => i.level3);

describe('two-row headers', () => {
  // 年度指标值 over 全年目标 | 实际完成; 一级/二级/三级/分值/得分 merged down over both header rows
  const selfEval: CellSpec[][] = [
    ['项目支出绩效自评表'],
    ['(2023年度)'],
    ['项目名称', '委托业务项目', null, '主管部门', '某镇人民政府'],
    ['实施单位', '某镇人民政府'],
    ['一级指标', '二级指标', '三级指标', '年度指标值', null, '分值', '得分', '偏差原因分析及改进措施'],
    [null, null, null, '全年目标', '实际完成', null, null, null],
    ['产出指标(50分)', '数量指标', '委托业务项目数量', '≥50个', '50个', 20, 20],
    [null, '质量指标', '委托业务报告合格率', '≥100%', '100%', 20, 20],
    [null, '时效指标', '提交报告及时性', '2023年12月底前', '按时完成', 10, 10],
    ['效益指标(30分)', '社会效益指标', '对维护市场公平的影响程度', '优良中低差', '优', 15, 15],
    [null, '可持续影响指标', '制度健全的持续性影响', '好/较好/一般/差', '较好', 15, 10.5, '个别制度待修订'],
    ['满意度指标(10分)', '服务对象满意度指标', '公众满意度', '≥90%', '95%', 10, 10],
  ];
  const merges = ['A5:A6', 'B5:B6', 'C5:C6', 'D5:E5', 'F5:F6', 'G5:G6', 'H5:H6'];

  it('reads the target and the actual from the sub-columns; the sub-header row is not an indicator', () => {
    const f = form(selfEval, merges);
    expect(f.layout).toBe('self-evaluation');
    expect(f.headerRow).toBe(5);
    expect(names(f)).toEqual([
      '委托业务项目数量',
      '委托业务报告合格率',
      '提交报告及时性',
      '对维护市场公平的影响程度',
      '制度健全的持续性影响',
      '公众满意度',
    ]);
    expect(f.indicators.map((i) => [i.cell, i.actual?.cell, i.completion?.status])).toEqual([
      ['D7', 'E7', 'met'],
      ['D8', 'E8', 'met'],
      ['D9', 'E9', 'met'],
      ['D10', 'E10', 'met'],
      ['D11', 'E11', 'partial'],
      ['D12', 'E12', 'met'],
    ]);
    // every actual is filled: nothing pending, no 待填; filled 分值 are the weights, nothing proposed
    expect(f.counts.completion.pending).toBe(0);
    expect(f.indicators.every((i) => i.completion?.weightProposed === false)).toBe(true);
    expect(codes(f).filter((c) => /weight-proposed|hierarchy\.|form\.no-/.test(c))).toEqual([]);
    expect(codes(f, 'error')).toEqual([]);
    // no funds block on this form: the total is the indicators' 85.5 of 90
    expect(f.score?.total).toBe(85.5);
  });

  it("指标值 over 2021年实际实现值 | 预期2022年实现值: the target is this year's; last year's actual is history", () => {
    const f = form(
      [
        ['2022年项目支出绩效目标申报表'],
        ['项目支出名称', '社区法律顾问服务', '项目主管部门', '某区司法局'],
        ['项目执行单位', '某区司法局', '项目金额', '164万元'],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        [null, null, null, '2021年实际实现值', '预期2022年实现值'],
        ['产出指标', '数量指标', '法律顾问服务村居数', '180个', '≥200个'],
        [null, '质量指标', '服务覆盖率', '90%', '≥95%'],
        ['效益指标', '社会效益指标', '群众法律意识', '逐步提高', '提高'],
        ['满意度指标', '服务对象满意度指标', '群众满意度', '85%', '≥90%'],
      ],
      ['D4:E4', 'A4:A5', 'B4:B5', 'C4:C5'],
    );
    expect(f.layout).toBe('declaration');
    expect(f.indicators.map((i) => [i.cell, i.targetText, i.actual])).toEqual([
      ['E6', '≥200个', null],
      ['E7', '≥95%', null],
      ['E8', '提高', null],
      ['E9', '≥90%', null],
    ]);
    expect(f.project).toMatchObject({
      name: '社区法律顾问服务',
      department: '某区司法局',
      implementingUnit: '某区司法局',
      totalFunds: 1_640_000,
    });
    // 164万元 names its unit: no "unit assumed" info; 2021年实际实现值 never becomes a target or a suggestion
    expect(codes(f)).toEqual(['E8 target.qualitative']);
  });

  it('a header row repeated in the data (一级指标 | 二级指标 …) is skipped, never inherited as a name', () => {
    const f = form([
      ['项目绩效目标表'],
      ['项目名称', '某项目', '主管部门', '某局', '实施单位', '某中心'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '培训人数', '≥200人'],
      [null, null, '培训场次', '≥4场'],
      ['效益指标', '社会效益指标', '知晓率', '≥80%'],
      ['满意度指标', '服务对象满意度指标', '满意度', '≥90%'],
    ]);
    expect(names(f)).toEqual(['培训人数', '培训场次', '知晓率', '满意度']);
    expect(codes(f)).toEqual([]);
  });
});

describe('side-by-side 长期 | 年度 blocks', () => {
  const rows = (longTerm: boolean): CellSpec[][] => [
    ['项目绩效目标表'],
    ['项目名称', '镇域基础设施建设', '预算部门', '某镇人民政府', '资金总额（万元）', 10606.75],
    ['一级指标', '长期绩效目标', null, null, '年度绩效目标'],
    [
      '一级指标',
      '二级指标（长期）',
      '三级指标（长期）',
      '指标值（长期）',
      '二级指标（年度）',
      '三级指标（年度）',
      '指标值（年度）',
    ],
    [
      '产出指标',
      '数量指标',
      longTerm ? '改造道路里程' : null,
      longTerm ? '≥30公里' : null,
      '数量指标',
      '改造道路里程',
      '≥10公里',
    ],
    [null, '质量指标', longTerm ? '验收合格率' : null, longTerm ? '100%' : null, '质量指标', '验收合格率', '=100%'],
    [
      '效益指标',
      '社会效益指标',
      longTerm ? '群众出行条件' : null,
      longTerm ? '明显改善' : null,
      '社会效益指标',
      '群众出行条件',
      '改善',
    ],
    [
      '满意度指标',
      '服务对象满意度指标',
      longTerm ? '群众满意度' : null,
      longTerm ? '≥90%' : null,
      '服务对象满意度指标',
      '群众满意度',
      '≥90%',
    ],
  ];

  it('reads both blocks', () => {
    const f = form(rows(true));
    expect(f.indicators.map((i) => `${i.cell} ${i.level2} ${i.level3}`).sort()).toEqual([
      'D5 数量指标 改造道路里程',
      'D6 质量指标 验收合格率',
      'D7 社会效益指标 群众出行条件',
      'D8 服务对象满意度指标 群众满意度',
      'G5 数量指标 改造道路里程',
      'G6 质量指标 验收合格率',
      'G7 社会效益指标 群众出行条件',
      'G8 服务对象满意度指标 群众满意度',
    ]);
    expect(f.indicators.every((i) => i.level1Canonical !== null)).toBe(true);
    expect(codes(f, 'error')).toEqual([]);
  });

  it('an empty 长期 block beside a filled 年度 block is not "no indicators", and not a row of placeholders', () => {
    const f = form(rows(false));
    expect(f.indicators.map((i) => i.cell)).toEqual(['G5', 'G6', 'G7', 'G8']);
    expect(codes(f).filter((c) => /no-indicators|empty-level2|missing-level3/.test(c))).toEqual([]);
    expect(codes(f, 'error')).toEqual([]);
  });
});

describe('rows after the table that are not indicators', () => {
  it.each([
    [['注：1.分值合计100分'], ['2.各单位可根据实际情况增加指标']],
    [['填表人：张三', null, '联系电话：12345678', null, '填报日期：2023年1月5日']],
    [
      ['单位负责人签字：', null, null, '（盖章）'],
      [null, null, null, '年  月  日'],
    ],
    [['主管部门审核意见：'], ['财政部门初审意见：']],
    [['其他需要说明事项', '无']],
    [['说明：指标值为2023年度目标']],
  ])('%j ends the table', (...trailer) => {
    const f = form([
      ['项目支出绩效目标申报表'],
      ['项目名称', '某项目', '主管部门', '某局', '实施单位', '某中心'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '培训人数', '≥200人'],
      ['效益指标', '社会效益指标', '知晓率', '≥80%'],
      ['满意度指标', '服务对象满意度指标', '满意度', '≥90%'],
      ...(trailer as CellSpec[][]),
    ]);
    expect(names(f)).toEqual(['培训人数', '知晓率', '满意度']);
    expect(codes(f)).toEqual([]);
  });

  it('an indicator whose name starts like a trailer word but has a target stays an indicator', () => {
    const f = form([
      ['项目支出绩效目标申报表'],
      ['项目名称', '某项目', '主管部门', '某局', '实施单位', '某中心'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '培训人数', '≥200人'],
      [null, '质量指标', '联系电话接通率', '≥95%'],
      ['效益指标', '社会效益指标', '知晓率', '≥80%'],
      ['满意度指标', '服务对象满意度指标', '满意度', '≥90%'],
    ]);
    expect(names(f)).toEqual(['培训人数', '联系电话接通率', '知晓率', '满意度']);
  });
});

describe('operators outside 指标性质', () => {
  it('指标方向 holds the operator, 指标性质 holds 定量/正向/反向/定性; ═ ≧ ＝ read as = ≥ =', () => {
    const f = form([
      ['项目支出绩效目标申报表'],
      ['项目名称', '某项目', '主管部门及编码', '101-某局', '实施单位', '某中心'],
      ['一级指标', '二级指标', '三级指标', '指标性质', '指标方向', '指标值', '度量单位'],
      ['产出指标', '数量指标', '培训人次', '定量', '＝', '= 24', '人/次'],
      [null, '质量指标', '合格率', '正向', '═', '100', '%'],
      [null, null, '达标率', '定量', '≧', '95', '%'],
      [null, '时效指标', '投诉处理时长', '反向', '', '3', '个工作日'],
      ['效益指标', '社会效益指标', '知晓度', '定性', '', '好/较好/一般/差', ''],
      ['满意度指标', '服务对象满意度指标', '满意度', '正向', '≥', '90', '%'],
    ]);
    expect(f.layout).toBe('declaration-split');
    expect(f.project.department).toBe('101-某局');
    expect(f.indicators.map((i) => [i.level3, i.target.op, i.target.value, i.target.unit])).toEqual([
      ['培训人次', '=', 24, '人/次'],
      ['合格率', '=', 100, '%'],
      ['达标率', '>=', 95, '%'],
      ['投诉处理时长', '<=', 3, '个工作日'],
      ['知晓度', null, null, ''],
      ['满意度', '>=', 90, '%'],
    ]);
    expect(f.indicators[4].target.kind).toBe('qualitative');
    expect(codes(f).filter((c) => !c.endsWith('target.qualitative'))).toEqual([]);
  });

  it('a blank 指标方向 beside 定量: the bare-number fix goes into 指标方向, never over 指标性质', () => {
    const f = form([
      ['项目支出绩效目标申报表'],
      ['项目名称', '某项目', '主管部门', '某局', '实施单位', '某中心'],
      ['一级指标', '二级指标', '三级指标', '指标性质', '指标方向', '指标值', '度量单位'],
      ['产出指标', '数量指标', '培训人数', '定量', '', '200', '人'],
      ['效益指标', '社会效益指标', '知晓率', '定量', '≥', '80', '%'],
      ['满意度指标', '服务对象满意度指标', '满意度', '定量', '≥', '90', '%'],
    ]);
    const bare = f.issues.find((i) => i.code === 'target.bare-number');
    expect(bare).toMatchObject({ cell: 'E4', suggestion: '≥' });
  });
});

describe('legacy frameworks', () => {
  it('社会公众或服务对象满意度指标 under 效益指标 (88号-era templates) is valid: one info, and it counts as satisfaction', () => {
    const f = form([
      ['项目绩效目标表'],
      ['项目名称', '某项目', '主管部门', '某局', '实施单位', '某中心'],
      ['一级指标', '二级指标', '指标内容', '指标值', '备注'],
      ['产出指标', '数量指标', '改造户数', '≥88户'],
      [null, '时效指标', '完成时间', '2021年底前'],
      ['效益指标', '经济效益指标', '带动增收', '≥20万元'],
      [null, '社会公众或服务对象满意度指标', '群众满意度', '≥88%'],
    ]);
    expect(codes(f)).toEqual(['B7 hierarchy.legacy-framework']);
    expect(f.issues[0].severity).toBe('info');
  });

  it('a trailing 等 (服务对象满意度指标等) is not a misspelling', () => {
    const f = form([
      ['项目绩效目标表'],
      ['项目名称', '某项目', '主管部门', '某局', '实施单位', '某中心'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '培训人数', '≥200人'],
      ['效益指标', '社会效益指标', '知晓率', '≥80%'],
      ['满意度指标', '服务对象满意度指标等', '满意度', '≥90%'],
    ]);
    expect(codes(f)).toEqual([]);
    expect(f.indicators[2].level2Canonical).toBe('服务对象满意度指标');
  });

  it('a 一级 cell holding only (50分) is a missing 一级, with a suggestion inferred from its 二级 that keeps the score', () => {
    const f = form(
      [
        ['项目绩效目标表'],
        ['项目名称', '某项目', '主管部门', '某局', '实施单位', '某中心'],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['(50分)', '数量指标', '培训人数', '≥200人'],
        [null, '质量指标', '合格率', '≥95%'],
        ['效益指标(30分)', '社会效益指标', '知晓率', '≥80%'],
        ['满意度指标(10分)', '服务对象满意度指标', '满意度', '≥90%'],
      ],
      ['A4:A5'],
    );
    const missing = f.issues.filter((i) => i.code === 'hierarchy.missing-level1');
    // one cell, one mistake: a single finding for the rows the merged "(50分)" covers, on the cell itself
    expect(missing.map((i) => [i.cell, i.suggestion])).toEqual([['A4', '产出指标(50分)']]);
    expect(codes(f, 'error')).toEqual(['A4 hierarchy.missing-level1']);
    expect(codes(f).some((c) => c.includes('unknown-level1'))).toBe(false);
    expect(f.indicators.map((i) => i.level1Canonical)).toEqual(['产出指标', '产出指标', '效益指标', '满意度指标']);
  });
});

describe('self-evaluations: weights and graded actuals', () => {
  it('blank 分值: one proposal for the form, not one per row', () => {
    const f = form(
      [
        ['2023年度项目支出绩效自评表'],
        ['项目名称', '某项目', null, '主管部门', '某局'],
        ['实施单位', '某中心'],
        ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
        [null, null, null, null, null, null, null, null],
        ['产出指标', '数量指标', '培训人数', '≥200人', '210人'],
        [null, '质量指标', '合格率', '≥95%', '96%'],
        ['效益指标', '社会效益指标', '知晓程度', '高/中/低', '中', null, null, '宣传覆盖不足'],
        ['满意度指标', '服务对象满意度指标', '满意度', '≥90%', '95%'],
      ],
      ['A4:A5', 'B4:B5', 'C4:C5', 'D4:D5', 'E4:E5', 'F4:F5', 'G4:G5', 'H4:H5'],
    );
    const proposals = f.issues.filter((i) => i.code === 'completion.weight-proposed');
    expect(proposals.map((i) => i.message)).toEqual(['未填写分值；建议按 产出50/效益30/满意度10 分配']);
    expect(f.indicators.map((i) => [i.completion?.status, i.completion?.weight])).toEqual([
      ['met', 25],
      ['met', 25],
      ['partial', 30],
      ['met', 10],
    ]);
  });
});

describe('more layouts from the corpus of published forms', () => {
  it('绩效指标 | 年度指标值 group labels over the header, 实际完成值/分值/得分 merged down from them (丽江 2020 自评表)', () => {
    const f = form(
      [
        ['2020年度项目支出绩效自评表'],
        ['项目名称', '2020年省级自然资源卫片执法补助经费支出绩效自评表'],
        ['主管部门', '丽江市自然资源和规划局', null, null, '实施单位', '丽江市古城区自然资源局'],
        ['绩效指标', null, null, '年度指标值', null, null, '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
        ['一级\n指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位'],
        ['产出指标', '数量指标', '卫片执法补助经费', '﹦', 72890, '元', 72890, 10, 9],
        [null, '质量指标', '项目验收合格率', '﹦', 100, '%', 100, 20, 19],
        ['效益指标', '社会效益指标', '违法行为责停率', '≥', 95, '%', 95, 30, 27],
        ['满意度指标', '服务对象满意度指标', '满意度', '≥', 95, '%', 95, 10],
      ],
      ['A1:J1', 'A4:C4', 'D4:F4', 'G4:G5', 'H4:H5', 'I4:I5', 'J4:J5', 'A6:A7'],
    );
    // the project named "…绩效自评表" is a value, not a second form's title
    expect(f.title).toBe('2020年度项目支出绩效自评表');
    expect(f.project.name).toBe('2020年省级自然资源卫片执法补助经费支出绩效自评表');
    expect(f.layout).toBe('self-evaluation-split');
    expect(f.headerRow).toBe(5);
    expect(f.indicators.map((i) => [i.actual?.cell, i.completion?.status, i.completion?.weight])).toEqual([
      ['G6', 'met', 10],
      ['G7', 'met', 20],
      ['G8', 'met', 30],
      ['G9', 'met', 10],
    ]);
    expect(codes(f, 'error')).toEqual([]);
  });

  it('年度总体目标 beside 预期目标 | 实际完成情况: the goals are the texts under those, never the 绩效指标 label below (丽江 2020)', () => {
    const f = form(
      [
        ['2020年度项目支出绩效自评表'],
        ['项目名称', '2020年省级自然资源卫片执法补助经费支出绩效自评表'],
        ['年度\n总体\n目标', '预期目标', null, null, null, '实际完成情况'],
        [null, '自然资源卫片执法补助经费', null, null, null, '按期拨付卫片执法补助经费'],
        ['绩效指标', null, null, '年度指标值', null, null, '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
        ['一级\n指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位'],
        ['产出指标', '数量指标', '卫片执法补助经费', '﹦', 72890, '元', 72890, 10, 9],
      ],
      [
        'A1:J1',
        'B2:J2',
        'A3:A4',
        'B3:E3',
        'F3:J3',
        'B4:E4',
        'F4:J4',
        'A5:C5',
        'D5:F5',
        'G5:G6',
        'H5:H6',
        'I5:I6',
        'J5:J6',
      ],
    );
    expect(f.project.annualGoal).toBe('自然资源卫片执法补助经费');
    expect(f.project.actualGoal).toBe('按期拨付卫片执法补助经费');
  });

  it.each([
    ['merged down', ['A3:A5']],
    ['written once, blanks below', []],
  ])(
    'a misspelt 一级 %s: every row says so, all on the cell it is written in (fixes never go into a hidden cell)',
    (_how, merges) => {
      const f = form(
        [
          ['项目支出绩效目标表'],
          ['一级指标', '二级指标', '三级指标', '指标值'],
          ['产出指际', '数量指标', '培训人数', '≥200人'],
          [null, '质量指标', '合格率', '≥95%'],
          [null, '时效指标', '完成时间', '2023年12月底前'],
        ],
        merges,
      );
      const misspelt = f.issues.filter((i) => i.code === 'hierarchy.misspelled');
      expect(misspelt.map((i) => [i.row, i.cell])).toEqual([
        [3, 'A3'],
        [4, 'A3'],
        [5, 'A3'],
      ]);
      expect(misspelt.every((i) => i.suggestion === null || i.suggestion === '产出指标')).toBe(true);
    },
  );

  it('a two-row header with its merges undone: 实际完成值 | 分值 | 得分 in the upper row are still the columns', () => {
    const f = form([
      ['项目支出绩效自评表'],
      ['项目名称', '卫片执法补助经费'],
      ['绩效指标', null, null, '年度指标值', null, null, '实际完成值', '分值', '得分'],
      ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位'],
      ['产出指标', '数量指标', '卫片执法补助经费', '﹦', 72890, '元', 72890, 10, 10],
      [null, '质量指标', '项目验收合格率', '≥', 100, '%', 100, 20, 20],
    ]);
    expect(f.indicators.map((i) => [i.actual?.cell, i.weight, i.completion?.status])).toEqual([
      ['G5', 10, 'met'],
      ['G6', 20, 'met'],
    ]);
  });

  it('a two-row header filled into both rows (拆分并填充内容) keeps its sub-columns: the target is this year’s', () => {
    const f = form(
      [
        ['项目支出绩效目标批复表'],
        ['项目名称', '主体班'],
        ['一级指标', '二级指标', '三级指标', '指标值', null],
        ['一级指标', '二级指标', '三级指标', '2021年实际实现值', '预期2022年实现值'],
        ['产出指标', '数量指标', '主体班培训人次', null, '≥280人次'],
      ],
      ['D3:E3'],
    );
    expect(f.indicators.map((i) => [i.cell, i.targetText])).toEqual([['E5', '≥280人次']]);
  });

  it('a line merged across the table (附表2 above the next form on the sheet) is no indicator of the form above', () => {
    const rows: CellSpec[][] = [
      ['附表1'],
      ['绩效目标申报表'],
      ['项目名称', '果园路', null, '主管部门', '清涧县交通运输局'],
      ['绩', '一级指标', '二级指标', '三级指标', '指标值'],
      [null, '产出指标', '数量指标', '新建水泥路', '2km'],
      [null, null, '质量指标', '项目(工程)验收合格率', '100%'],
      ['附表2'],
      ['绩效目标申报表'],
      ['项目名称', '村道', null, '主管部门', '清涧县交通运输局'],
      ['绩', '一级指标', '二级指标', '三级指标', '指标值'],
      [null, '产出指标', '数量指标', '新建村道', '3km'],
    ];
    const forms = analyzeSheet(
      gridFromRows(rows, { merges: ['A1:E1', 'A2:E2', 'A4:A6', 'A7:E7', 'A8:E8', 'A10:A11'] }),
    );
    expect(forms.map((f) => [f.project.name, f.indicators.map((i) => i.level3)])).toEqual([
      ['果园路', ['新建水泥路', '项目(工程)验收合格率']],
      ['村道', ['新建村道']],
    ]);
    expect(forms.flatMap((f) => f.issues).filter((i) => i.severity === 'error')).toEqual([]);
  });

  it.each([
    ['专项资金名称', '县级主管部门', '项目总预算', '20万元', 200_000],
    ['项目支出名称', '主管预算部门', '年度本级\n预算金额', '250万', 2_500_000],
    [
      '项目名称',
      '业务主管部门',
      '项目总投资',
      '854万(高标准农田建设400万元,示范建设295万元,畅通工程159万元)',
      8_540_000,
    ],
  ])('header labels as departments write them: %s / %s / %s = %s', (nameLabel, deptLabel, fundsLabel, amount, yuan) => {
    const f = form([
      ['项目支出绩效目标表'],
      [nameLabel, '县级储备粮', null, deptLabel, '某局'],
      ['实施单位', '某中心', null, fundsLabel, amount],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '储备规模', '≥5000吨'],
      ['效益指标', '社会效益指标', '粮食安全事件', '=0起'],
      ['满意度指标', '服务对象满意度指标', '满意度', '≥90%'],
    ]);
    expect(f.project).toMatchObject({ name: '县级储备粮', department: '某局', totalFunds: yuan });
    // the amount names its unit: no "unit assumed"
    expect(codes(f)).toEqual([]);
  });

  it.each([
    '项目支出绩效目标批复表',
    '项目支出绩效目标审批表',
    '2020年度县级专项资金绩效目标自评表',
    '部门整体绩效目标',
  ])('%s is a form title', (title) => {
    const f = form([
      [title],
      ['项目名称', '某项目', null, '主管部门', '某局', '实施单位', '某中心'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '培训人数', '≥200人'],
    ]);
    expect(f.titleCell).toBe('A1');
    expect(f.title).toBe(title);
  });

  it.each([[['财政资金管理科室(盖章) 年 月 日', null, null, '财政绩效管理科室(盖章) 年 月 日']], [['说明', '无']]])(
    '%j after the table is not an indicator',
    (trailer) => {
      const f = form([
        ['项目支出绩效目标批复表'],
        ['项目名称', '主体班', null, '项目主管部门', '某局', '实施单位', '某党校'],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '培训人次', '≥280人次'],
        ['满意度指标', '服务对象满意度指标', '学员满意度', '≥95%'],
        trailer as CellSpec[],
      ]);
      expect(names(f)).toEqual(['培训人次', '学员满意度']);
      expect(codes(f, 'error')).toEqual([]);
    },
  );

  it.each([
    ['产出指标(50)', '产出指标'],
    ['效益指标30分)', '效益指标'],
    ['成本指标(0-20)分', '成本指标'],
  ])('一级 %s reads as %s (score written otherwise)', (written, canonical) => {
    const level2 = canonical === '成本指标' ? '经济成本指标' : canonical === '效益指标' ? '社会效益指标' : '数量指标';
    const f = form([
      ['项目绩效目标表'],
      ['项目名称', '某项目', null, '主管部门', '某局', '实施单位', '某中心'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      [written, level2, '某指标', '≥10个'],
    ]);
    expect(f.indicators[0].level1Canonical).toBe(canonical);
    expect(codes(f).filter((c) => c.includes('hierarchy.'))).toEqual([]);
  });

  it.each(['数量指标(必填硬性指标)', '质量指标(必填)', '经济效益指标(选填)'])(
    '二级 %s: a template note is not part of the name',
    (written) => {
      const level1 = written.startsWith('经济') ? '效益指标' : '产出指标';
      const f = form([
        ['项目绩效目标表'],
        ['项目名称', '某项目', null, '主管部门', '某局', '实施单位', '某中心'],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        [level1, written, '某指标', '≥10个'],
      ]);
      expect(codes(f).filter((c) => c.includes('hierarchy.'))).toEqual([]);
    },
  );

  it('指标方向 in words (大于等于 | 小于等于 | 等于) beside 正向: read, with a safe fix to the symbol, no unknown operator', () => {
    const f = form([
      ['项目支出绩效自评表 (2024年度)'],
      ['项目名称', '自然资源业务支出项目', null, '主管部门', '某局', '实施单位', '某分局'],
      [
        '一级指标',
        '二级指标',
        '三级指标',
        '指标性质',
        '指标方向',
        '年度指标值',
        '实际完成值',
        '计量单位',
        '分值',
        '得分',
      ],
      ['产出指标', '数量指标', '租车次数', '正向', '大于等于', 1, 1, '次', 50, 50],
      ['效益指标', '社会效益指标', '租车达标率', '正向', '等于', 100, 100, '%', 30, 30],
      ['满意度指标', '服务对象满意度指标', '满意度', '正向', '大于等于', 90, 95, '%', 10, 10],
    ]);
    expect(f.indicators.map((i) => [i.target.op, i.completion?.status])).toEqual([
      ['>=', 'met'],
      ['=', 'met'],
      ['>=', 'met'],
    ]);
    expect(
      f.issues.filter((i) => i.code === 'target.word-operator').map((i) => [i.cell, i.fix?.text, i.fix?.safety]),
    ).toEqual([
      ['E4', '≥', 'safe'],
      ['E5', '=', 'safe'],
      ['E6', '≥', 'safe'],
    ]);
    expect(codes(f, 'error')).toEqual([]);
  });

  it('an actual written as a bare month (10月) against 11月底前 is met', () => {
    const f = form([
      ['项目支出绩效自评表'],
      ['(2021年度)'],
      ['项目名称', '某项目', null, '主管部门', '某局', '实施单位', '某中心'],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['产出指标', '时效指标', '完成时间', '11月底前', '10月', 50, 50],
      [null, null, '验收时间', '11月底前', '12月', 40, null, null],
    ]);
    expect(f.indicators.map((i) => i.completion?.status)).toEqual(['met', 'not_met']);
  });
});

test('an actual written exactly as an unparseable target (每亩300 / 每亩300) is met; the target keeps its own finding', () => {
  const f = form([
    ['项目支出绩效自评表'],
    ['项目名称', '某项目', null, '主管部门', '某局', '实施单位', '某中心'],
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
    ['产出指标', '成本指标', '补助标准', '每亩300', '每亩300', 50, 50],
    [null, null, '另一补助标准', '每亩300', '每亩200', 40, null],
  ]);
  expect(f.indicators.map((i) => i.completion?.status)).toEqual(['met', 'invalid']);
  expect(f.issues.filter((i) => i.cell === 'D4').map((i) => i.code)).toContain('target.unparseable');
});

test('a header naming a role twice (三级指标 | 指标内容) is one table, not two blocks', () => {
  const f = form([
    ['项目绩效目标表'],
    ['项目名称', '某项目', null, '主管部门', '某局', '实施单位', '某中心'],
    ['一级指标', '二级指标', '三级指标', '指标内容', '指标值'],
    ['产出指标', '数量指标', '培训人数', '开展培训', '≥200人'],
    ['效益指标', '社会效益指标', '知晓率', '宣传', '≥80%'],
    ['满意度指标', '服务对象满意度指标', '满意度', '问卷', '≥90%'],
  ]);
  expect(f.indicators.map((i) => [i.level3, i.cell])).toEqual([
    ['培训人数', 'E4'],
    ['知晓率', 'E5'],
    ['满意度', 'E6'],
  ]);
});

describe('department-wide forms and provincial 自评表 variants (corpus f-01, f-03, f-04)', () => {
  it('部门 / 部门(单位)名称 name the department of a 部门整体 form, which has no project name', () => {
    for (const label of ['部门', '部门(单位)名称', '部门（单位）名称：']) {
      const f = form([
        ['某局2023年度整体绩效目标表'],
        [label, '某价格认证中心'],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '认定件数', '≥100件'],
      ]);
      expect(f.project.department).toBe('某价格认证中心');
      expect(f.project.name).toBeNull();
    }
  });

  it('年初目标值(A) | 实际完成值(B) | 得分 under a one-row 预算数(A) | 执行数(B) block (隆阳 2022 自评表)', () => {
    const f = form(
      [
        ['2022年度项目支出绩效自评表'],
        ['项目名称', null, '某补助资金'],
        ['主管部门', null, '某局', null, '项目实施单位', '某站'],
        ['预算执行情况(万元)(20分)', null, null, '预算数(A)', '执行数(B)', '执行率(B/A)', '得分(20分*执行率)'],
        ['年度财政资金总额', null, null, 278.4449, 30, '10.77%', 2.16],
        ['年度绩效目标(80分)', '一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'],
        [null, '产出指标', '数量指标', '示范区建立', '≧20000亩', '20000亩', 15],
        [null, null, '质量指标', '配方肥到位率', '≧80%', '85.6%', 10],
      ],
      ['A4:C4', 'A5:C5', 'A6:A8'],
    );
    expect(f.layout).toBe('self-evaluation');
    expect(f.headerRow).toBe(6);
    expect(f.project).toMatchObject({ totalFunds: 2_784_449, executedFunds: 300_000 });
    expect(f.indicators.map((i) => [i.cell, i.actual?.cell, i.completion?.status])).toEqual([
      ['E7', 'F7', 'met'],
      ['E8', 'F8', 'met'],
    ]);
    expect(codes(f, 'error')).toEqual([]);
  });

  it('指标值类型 (定量 / 定性) beside *指标值 | 计量单位 is the split layout: 100 with % is 100%, 定性 text is qualitative', () => {
    const f = form([
      ['某中心2023年度整体绩效目标表'],
      ['部门(单位)名称', '某中心'],
      ['一级指标', '二级指标', '三级指标', '指标值类型', '*指标值', '计量单位', '*指标解释', '*评(扣)分标准'],
      ['产出指标', '质量指标', '支出到位率', '定量', 100, '%', '考察到位情况', '未达指标值酌情扣分'],
      ['效益指标', '社会效益指标', '保证单位正常运转', '定性', '应保尽保', null, '考察保障范围', '未达指标值酌情扣分'],
    ]);
    expect(f.layout).toBe('declaration-split');
    expect(f.indicators.map((i) => [i.cell, i.target.kind])).toEqual([
      ['E4', 'quantitative'],
      ['E5', 'qualitative'],
    ]);
    expect(codes(f, 'error')).toEqual([]);
    expect(codes(f).filter((c) => c.includes('unknown-operator'))).toEqual([]);
  });
});

describe('区域目标值: one target per receiving region (专项转移支付绩效目标表, corpus f-05)', () => {
  const rows = (cells: { l2?: string; targets: (string | number | null)[] }[]): CellSpec[][] => [
    ['专项转移支付绩效目标表'],
    ['(2023年度)'],
    ['项目名称', '宗教管理经费', null, '部门(单位)名称', '某局'],
    ['资金情况(万元)', '资金总额:', 30],
    ['一级指标', '二级指标', '三级指标', '指标解释', '区域目标值'],
    [null, null, null, null, '新罗区', '永定区', '上杭县'],
    ...cells.map((c, i): CellSpec[] => [
      i === 0 ? '产出指标' : null,
      c.l2 ?? null,
      `指标${i + 1}名称`,
      '反映情况',
      ...c.targets,
    ]),
  ];
  const merges = ['A5:A6', 'B5:B6', 'C5:C6', 'D5:D6', 'E5:G5'];

  it("reads every region's cell as a target of its own, each with its own findings", () => {
    const f = form(
      rows([
        { l2: '数量指标', targets: [2, 3, 1] },
        { l2: '质量指标', targets: ['>=95%', '待定', '≥95%'] },
      ]),
      merges,
    );
    expect(f.headerRow).toBe(5);
    expect(f.indicators.map((i) => [i.cell, i.level2, i.targetText])).toEqual([
      ['E7', '数量指标', '2'],
      ['E8', '质量指标', '>=95%'],
      ['F7', '数量指标', '3'],
      ['F8', '质量指标', '待定'],
      ['G7', '数量指标', '1'],
      ['G8', '质量指标', '≥95%'],
    ]);
    expect(codes(f, 'error')).toEqual(['F8 target.placeholder']);
  });

  it('a hierarchy error on the shared levels is reported once, and a region left blank on a row is no indicator', () => {
    const f = form(
      rows([
        { l2: '数量指标', targets: [2, 3, 1] },
        { l2: '社会效益指标', targets: ['≥95%', null, '≥95%'] },
      ]),
      merges,
    );
    expect(codes(f).filter((c) => c.includes('hierarchy.'))).toEqual(['A8 hierarchy.missing-level1']);
    expect(f.indicators.map((i) => i.cell)).toEqual(['E7', 'E8', 'F7', 'G7', 'G8']);
    expect(codes(f).filter((c) => c.includes('target.empty'))).toEqual([]);
  });

  it('place names under 指标值 are regions too; years and 预期/实际 sub-columns are not', () => {
    const byPlace = form(
      [
        ['某专项绩效目标表'],
        ['项目名称', '某专项'],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        [null, null, null, '甲县', '乙县'],
        ['产出指标', '数量指标', '培训人数', '≥100人', '≥80人'],
      ],
      ['A3:A4', 'B3:B4', 'C3:C4', 'D3:E3'],
    );
    expect(byPlace.indicators.map((i) => i.cell)).toEqual(['D5', 'E5']);
    const byYear = form(
      [
        ['某项目绩效目标表'],
        ['项目名称', '某项目'],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        [null, null, null, '2021年实际实现值', '预期2022年实现值'],
        ['产出指标', '数量指标', '培训人数', '98人', '≥100人'],
      ],
      ['A3:A4', 'B3:B4', 'C3:C4', 'D3:E3'],
    );
    expect(byYear.indicators.map((i) => i.cell)).toEqual(['E5']);
  });
});

describe('department-wide forms: no project, and the user’s 定量 kept (corpus f-01, f-04)', () => {
  it('a 部门整体 form without any 项目名称 label is not told 项目名称 is missing; a project form still is', () => {
    const dept = form([
      ['部门整体支出绩效自评表'],
      ['部门', '某中心'],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['产出指标', '数量指标', '建设村庄数量', '≥200个', '202个', 10, 10],
    ]);
    expect(codes(dept).filter((c) => c.includes('form.missing-field'))).toEqual([]);
    const project = form([
      ['项目支出绩效自评表'],
      ['主管部门', '某局'],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['产出指标', '数量指标', '建设村庄数量', '≥200个', '202个', 10, 10],
    ]);
    expect(codes(project).filter((c) => c.includes('form.missing-field'))).toEqual(['A1 form.missing-field']);
  });

  it('指标值类型 定量 with no operator anywhere: the bare-number fix puts ≥ before the value, never over 定量', () => {
    const f = form([
      ['某中心2023年度整体绩效目标表'],
      ['部门(单位)名称', '某中心'],
      ['一级指标', '二级指标', '三级指标', '指标值类型', '*指标值', '计量单位'],
      ['产出指标', '质量指标', '支出到位率', '定量', 100, '%'],
      [null, '数量指标', '认定件数', null, 120, '件'],
    ]);
    expect(
      f.issues.filter((i) => i.code === 'target.bare-number').map((i) => [i.cell, i.suggestion, i.fix?.safety]),
    ).toEqual([
      ['E4', '≥100', 'confirm'],
      ['D5', '≥', 'confirm'],
    ]);
  });
});

test('江苏 半年(程)指标值 | 全年(程)指标值 under a "…项目绩效公开" title: the year\'s target is read, the half-year one is not an actual (镇江 2024)', () => {
  const f = form(
    [
      ['2024年度某博物馆某公园运转经费项目绩效公开'],
      ['2024年度'],
      ['项目名称', '某公园运转经费', '实施部门', '某局'],
      ['项目资金 (万元)', '收入', null, null, '全年(程) 预算数'],
      [null, null, '资金总额', null, 80],
      ['一级指标', '二级指标', '三级指标', '半年(程) 指标值', '全年(程) 指标值'],
      ['产出指标', '数量指标', '开放天数', '≥150天', '≥300天'],
      [null, '质量指标', '设施完好率', '≥95%', '≥95%'],
      ['满意度指标', '服务对象满意度指标', '游客满意度', '≥90%', '≥90%'],
    ],
    ['A1:E1', 'A2:E2', 'D3:E3', 'A4:A5', 'B4:B5', 'C4:D4', 'C5:D5', 'A7:A8'],
  );
  expect(f.titleCell).toBe('A1');
  expect(f.layout).toBe('declaration');
  expect(f.headerRow).toBe(6);
  expect(f.indicators.map((i) => [i.cell, i.targetText, i.actual])).toEqual([
    ['E7', '≥300天', null],
    ['E8', '≥95%', null],
    ['E9', '≥90%', null],
  ]);
  expect(f.project.totalFunds).toBe(800_000);
  expect(codes(f, 'error')).toEqual([]);
});

test('项目(专项)名称 names the project; a split table may put 计量单位 before 指标性质 and 指标值 (荣昌 2022)', () => {
  const f = form(
    [
      ['项目绩效目标表'],
      ['申报单位', '区林业局', '项目(专项)名称', '某村绿化美化项目'],
      ['资金情况(万元)', '年度资金总额:', 153.5184],
      ['一级指标', '二级指标', '三级指标', '计量单位', '指标性质', '指标值'],
      ['产出指标', '数量指标', '绿化美化公路', '米', '=', 3500],
      [null, '质量指标', '树木成活率', '%', '≥', 85],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '%', '≥', 90],
    ],
    ['A5:A6'],
  );
  expect(f.project.name).toBe('某村绿化美化项目');
  expect(f.project.nameCell).toBe('D2');
  expect(f.layout).toBe('declaration-split');
  expect(f.indicators.map((i) => [i.cell, i.nature, i.targetText, i.unitText])).toEqual([
    ['F5', '=', '3500', '米'],
    ['F6', '≥', '85', '%'],
    ['F7', '≥', '90', '%'],
  ]);
  expect(codes(f, 'error')).toEqual([]);
});

test("区域目标值 over one column per region (福建 专项转移支付绩效目标表): every region's column is a target (龙岩 2023)", () => {
  const f = form(
    [
      ['专项转移支付绩效目标表'],
      ['项目名称', '某经费补助'],
      ['资金情况(万元)', '资金总额:', null, 30],
      ['一级指标', '二级指标', '三级指标', '指标解释', '区域目标值'],
      [null, null, null, null, '甲区', '乙县', '丙市'],
      ['产出指标', '数量指标', '补助县(市、区)数量', '反映补助县数量情况', '2个', '3个', '1个'],
      [null, '质量指标', '资金使用合规性', '反映资金使用合规情况', '≥95%', '≥95%', '≥95%'],
    ],
    ['E4:G4', 'A4:A5', 'B4:B5', 'C4:C5', 'D4:D5', 'A6:A7'],
  );
  expect(f.headerRow).toBe(4);
  expect(f.indicators.map((i) => [i.cell, i.level3, i.targetText])).toEqual(
    expect.arrayContaining([
      ['E6', '补助县(市、区)数量', '2个'],
      ['F6', '补助县(市、区)数量', '3个'],
      ['G6', '补助县(市、区)数量', '1个'],
      ['E7', '资金使用合规性', '≥95%'],
      ['F7', '资金使用合规性', '≥95%'],
      ['G7', '资金使用合规性', '≥95%'],
    ]),
  );
  expect(f.indicators).toHaveLength(6);
  // the region names are a header row, never indicators or actuals
  expect(f.indicators.every((i) => i.actual === null && i.row >= 6)).toBe(true);
  expect(codes(f, 'error')).toEqual([]);
});

describe('target columns headed by place names, with no target label (福建 县级 绩效目标表, 秀屿 2025)', () => {
  const rows = (last: string): CellSpec[][] => [
    ['某区2025年省级水利专项资金绩效目标表'],
    ['项目名称', '省级水利专项资金'],
    ['一级指标', '二级指标', '三级指标', '指标解释', '指标方向', '甲街道办', last],
    ['成本指标', '经济成本指标', '资金投入成本控制率(%)', '反映成本控制情况', '≤', '100%', '100%'],
    ['产出指标', '数量指标', '开展修复工程(个)', '反映修复项目开展情况', '≥', 1, 1],
  ];

  it('each place column is a target, with 指标方向 as the operator; 成本指标 is a valid 一级', () => {
    const f = form(rows('乙镇'));
    expect(f.headerRow).toBe(3);
    expect(f.layout).toBe('declaration-split');
    expect(f.indicators.map((i) => [i.cell, i.level1Canonical, i.nature, i.targetText])).toEqual(
      expect.arrayContaining([
        ['F4', '成本指标', '≤', '100%'],
        ['G4', '成本指标', '≤', '100%'],
        ['F5', '产出指标', '≥', '1'],
        ['G5', '产出指标', '≥', '1'],
      ]),
    );
    expect(f.indicators).toHaveLength(4);
    expect(codes(f, 'error')).toEqual([]);
  });

  it('a trailing column that is not a place name (备注) is no target: the table is still not found', () => {
    const f = form(rows('备注'));
    expect(f.indicators).toHaveLength(0);
    expect(codes(f)).toContain('A1 form.no-indicator-table');
  });
});

test('福建 2017 省直 template: 绩效目标 | 评价指标 | 绩效内容 | 绩效标准 | 全年绩效目标 is an indicator table (台联 2017)', () => {
  const f = form(
    [
      ['2017年财政支出项目绩效目标表'],
      ['专项名称', '某专项经费'],
      ['绩效目标', '评价指标', null, '绩效内容', '绩效标准', '全年绩效目标'],
      ['产出指标', '数量指标', '目标1', '补助受益人数', '每人每月200元', '≥400人'],
      [null, '质量指标', '目标2', '补助发放准确率', '100%', '100%'],
      ['满意度指标', '服务对象满意度指标', '目标1', '受助对象满意度', '90%', '≥90%'],
    ],
    ['B3:C3', 'A4:A5'],
  );
  expect(f.project.name).toBe('某专项经费');
  expect(f.headerRow).toBe(3);
  // 全年绩效目标 is the target; 绩效标准 and the 目标N label column are not read as targets or names
  expect(f.indicators.map((i) => [i.cell, i.level2, i.level3, i.targetText])).toEqual([
    ['F4', '数量指标', '补助受益人数', '≥400人'],
    ['F5', '质量指标', '补助发放准确率', '100%'],
    ['F6', '服务对象满意度指标', '受助对象满意度', '≥90%'],
  ]);
  expect(codes(f, 'error')).toEqual([]);
});

test('a form with no title: the lines above its 项目名称 (unit, 预算单位, year) are still its header', () => {
  const f = form([
    ['(2023年度)'],
    ['预算单位: 奉节县云雾土家族乡人民政府', null, '金额单位:万元'],
    ['项目名称', '加工园配套设施建设项目', '业务主管部门', '县民宗委'],
    ['项目资金', '年度资金总额', 65],
    ['一级指标', '二级指标', '三级指标', '指标值'],
    ['产出指标', '数量指标', '新建厂房面积', '≥800平方米'],
  ]);
  expect(f.title).toBeNull();
  expect(f.year).toBe(2023);
  expect(f.project.name).toBe('加工园配套设施建设项目');
  expect(f.project.fundsUnit).toBe('万元');
  expect(f.project.totalFunds).toBe(650_000);
  expect(f.indicators.map((i) => i.level3)).toEqual(['新建厂房面积']);
});

test('cells holding only spaces are empty: a blank row "cleared" with the space bar is no indicator, no error', () => {
  const f = form([
    ['项目支出绩效目标表'],
    ['项目名称', '培训经费'],
    ['一级指标', '二级指标', '三级指标', '指标值'],
    ['产出指标', '数量指标', '培训人数', '≥200人'],
    [' ', '\u3000', '  ', ' '],
    [null, '质量指标', '合格率', '≥95%'],
  ]);
  expect(f.indicators.map((i) => [i.level1, i.level2, i.level3])).toEqual([
    ['产出指标', '数量指标', '培训人数'],
    ['产出指标', '质量指标', '合格率'],
  ]);
  expect(f.issues.filter((i) => i.severity === 'error')).toEqual([]);
});

test('fields typed inline: a blank 主管部门 does not take 实施单位：… as its value; 项目名称：…自评表 is no title', () => {
  const f = form([
    ['项目支出绩效自评表'],
    ['项目名称：2020年卫片执法补助经费支出绩效自评表'],
    ['主管部门', null, '实施单位：丽江市古城区自然资源局'],
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值'],
    ['产出指标', '数量指标', '执法图斑核查数', '≥100个', '120个'],
  ]);
  expect(f.title).toBe('项目支出绩效自评表');
  expect(f.project.name).toBe('2020年卫片执法补助经费支出绩效自评表');
  expect(f.project.department).toBeNull();
  expect(f.project.implementingUnit).toBe('丽江市古城区自然资源局');
});

test('区域目标值 over one column per county, its merge undone: still one target per county', () => {
  const f = form([
    ['专项转移支付绩效目标表'],
    ['项目名称', '宗教管理经费'],
    ['一级指标', '二级指标', '三级指标', '区域目标值'],
    [null, null, null, '新罗区', '永定区', '上杭县'],
    ['产出指标', '数量指标', '补助县(市、区)数量', 2, 3, 1],
    [null, '质量指标', '项目资金使用合规性', '>=95%', '>=95%', '>=95%'],
  ]);
  expect(f.indicators.map((i) => `${i.cell} ${i.targetText}`)).toEqual([
    'D5 2',
    'D6 >=95%',
    'E5 3',
    'E6 >=95%',
    'F5 1',
    'F6 >=95%',
  ]);
  expect(f.indicators.some((i) => i.targetText === '新罗区')).toBe(false);
});
