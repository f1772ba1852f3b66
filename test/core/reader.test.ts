/**
 * The form reader and the engine on layouts the fixtures do not cover, built as grids in the test.
 */
import { analyzeSheet, analyzeWorkbook } from '../../src/core/analyze';
import { SheetGrid } from '../../src/core/grid';
import { readForms } from '../../src/core/reader/read-forms';
import { gridFromRows, type CellSpec } from '../helpers/grid';

const pct = (v: number, format = '0%'): CellSpec => ({ value: v, text: `${Math.round(v * 100)}%`, format });

/** A classic declaration form, placed with its top-left at (startRow, startCol). */
function declarationRows(
  name: string,
  opts: { unitLabel?: string; amounts?: [CellSpec, CellSpec] } = {},
): CellSpec[][] {
  const [total, annual] = opts.amounts ?? [128, 100];
  return [
    ['财政项目支出绩效目标申报表'],
    ['(2022年度)'],
    ['项目名称', name, null, '项目类别', '一次性项目'],
    ['主管部门', '某区财政局', null, '实施单位', '某区财政局'],
    ['项目期限', '2022.01-2022.12'],
    [`项目资金${opts.unitLabel ?? ''}`, '项目资金总额', total, '年度资金申请总额', annual],
    ['项目绩效目标', '项目总目标', null, '年度总目标'],
    [null, '<p>目标一</p>', null, '全年完成培训任务'],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '指标目标值'],
    [null, '产出指标', '数量指标', '培训人数', '≥200人次'],
    [null, null, null, '培训\n场次', '≥10场'],
    [null, null, '质量指标', '培训合格率', '≥95%'],
    [null, '效益指标', '社会效益指标', '群众知晓率', '提升'],
    [null, '满意度指标', '服务对象满意度指标', '学员满意度', '≥90%'],
  ];
}

describe('finding forms', () => {
  test('a form that starts anywhere: stray notes above, table starting in column C', () => {
    const rows: CellSpec[][] = [
      ['附件2'],
      [],
      ['填报说明：请各单位如实填写'],
      ...declarationRows('社区培训', { unitLabel: '（万元）' }),
    ];
    const grid = gridFromRows(rows, { startCol: 3 });
    const [form] = analyzeSheet(grid);
    expect(form.titleCell).toBe('C4');
    expect(form.project.name).toBe('社区培训');
    expect(form.project.category).toBe('一次性项目');
    expect(form.project.startDate).toBe('2022-01-01');
    expect(form.project.endDate).toBe('2022-12-31');
    expect(form.project.fundsUnit).toBe('万元');
    expect(form.project.totalFunds).toBe(1_280_000);
    expect(form.project.overallGoal).toBe('目标一');
    expect(form.headerRow).toBe(12);
    expect(form.indicators.map((i) => [i.cell, i.level1, i.level2, i.level3, i.targetText])).toEqual([
      ['G13', '产出指标', '数量指标', '培训人数', '≥200人次'],
      ['G14', '产出指标', '数量指标', '培训场次', '≥10场'],
      ['G15', '产出指标', '质量指标', '培训合格率', '≥95%'],
      ['G16', '效益指标', '社会效益指标', '群众知晓率', '提升'],
      ['G17', '满意度指标', '服务对象满意度指标', '学员满意度', '≥90%'],
    ]);
    expect(form.issues.filter((i) => i.code === 'form.funds-unit-assumed')).toEqual([]);
  });

  test('two forms stacked on one sheet, and a third on another sheet', () => {
    const rows = [...declarationRows('项目甲', { unitLabel: '（万元）' }), [], [], ...declarationRows('项目乙')];
    const model = analyzeWorkbook({
      sheets: [gridFromRows(rows, { sheet: '申报' }), gridFromRows(declarationRows('项目丙'), { sheet: '第二张' })],
    });
    expect(model.forms.map((f) => [f.sheet, f.project.name, f.indicators.length, f.range])).toEqual([
      ['申报', '项目甲', 5, 'A1:E14'],
      ['申报', '项目乙', 5, 'A17:E30'],
      ['第二张', '项目丙', 5, 'A1:E14'],
    ]);
    expect(model.forms[0].project.totalFunds).toBe(1_280_000);
    // no unit stated on the second form: 128 for a training project is 128万元, as a reviewer reads it, with a note
    expect(model.forms[1].project.fundsUnit).toBe('万元');
    expect(model.forms[1].project.totalFunds).toBe(1_280_000);
    const assumed = model.forms[1].issues.filter((i) => i.code === 'form.funds-unit-assumed');
    expect(assumed.map((i) => [i.cell, i.severity, i.message])).toEqual([
      ['B22', 'info', '未注明资金单位，按“万元”理解'],
    ]);
  });

  test('funds with no unit anywhere: yuan-sized amounts stay 元, small ones or ones to the tenth of a fen are 万元', () => {
    const read = (amounts: [CellSpec, CellSpec]) => {
      const [form] = analyzeSheet(gridFromRows(declarationRows('无单位', { amounts })));
      const info = form.issues.filter((i) => i.code === 'form.funds-unit-assumed').map((i) => i.params?.unit);
      return [form.project.fundsUnit, form.project.totalFunds, info];
    };
    expect(read([15_371_720, 15_371_720])).toEqual(['元', 15_371_720, ['元']]);
    expect(read(['1,280,000', '1,000,000'])).toEqual(['元', 1_280_000, ['元']]);
    expect(read([500, 500])).toEqual(['万元', 5_000_000, ['万元']]);
    expect(read(['9999', 0])).toEqual(['万元', 99_990_000, ['万元']]);
    // one amount of ten thousand or more: 元 for all, as written (Shanghai writes amounts like 15,371,720)
    expect(read([12_000, 500])).toEqual(['元', 12_000, ['元']]);
    // three decimals are no sum in yuan
    expect(read([89.974, 89.974])).toEqual(['万元', 899_740, ['万元']]);
    // nothing to go by: the spec's 元
    expect(read([0, '—'])).toEqual(['元', 0, ['元']]);
    // a unit stated anywhere wins, and no note
    const [stated] = analyzeSheet(
      gridFromRows(declarationRows('有单位', { unitLabel: '（元）', amounts: [500, 500] })),
    );
    expect([stated.project.fundsUnit, stated.project.totalFunds]).toEqual(['元', 500]);
    expect(stated.issues.filter((i) => i.code === 'form.funds-unit-assumed')).toEqual([]);
  });

  test('a two-level project header (一级项目名称 | programme | 二级项目名称 | project) and OCR residue in labels', () => {
    const rows: CellSpec[][] = [
      ['省级部门预算项目支出绩效目标表'],
      ['(2023年度)'],
      ['一*级项目名称', '文化事业发展专项资金', '二级项目名称', '免费开放补助资金'],
      ['项目开始日期', '2023-01-01', '项目完成H期', '2023-12-31'],
      ['项目总投资', '20万元', '主管部门', '某文旅局'],
      ['一级指标', '二级指标', '三级指标', '指标目标值'],
      ['产出指标', '数量指标', '免费开放天数', '=300天'],
    ];
    const [form] = analyzeSheet(gridFromRows(rows));
    expect([form.project.name, form.project.nameCell]).toEqual(['免费开放补助资金', 'D3']);
    expect([form.project.startDate, form.project.endDate]).toEqual(['2023-01-01', '2023-12-31']);
    expect([form.project.totalFunds, form.project.department]).toEqual([200_000, '某文旅局']);
    expect(form.issues.filter((i) => i.code === 'form.funds-unit-assumed')).toEqual([]);
  });

  test('a form with no title starts at its 项目名称 label; label：value pairs flattened into one cell', () => {
    const rows: CellSpec[][] = [
      ['项目名称：法律援助'],
      ['主管部门：某司法局', null, '实施单位：某法律援助中心'],
      ['一级指标', '二级指标', '三级指标', '指标目标值'],
      ['产出指标', '数量指标', '援助案件数', '≥300件'],
    ];
    const [form] = analyzeSheet(gridFromRows(rows));
    expect(form.titleCell).toBeNull();
    expect(form.project.name).toBe('法律援助');
    expect(form.project.department).toBe('某司法局');
    expect(form.project.implementingUnit).toBe('某法律援助中心');
    expect(form.indicators).toHaveLength(1);
  });

  test('a narrow empty spacer column, blank rows and a header repeated after a page break', () => {
    const rows: CellSpec[][] = [
      ['项目支出绩效目标表'],
      ['项目名称', null, '测试项目'],
      ['一级指标', null, '二级指标', '三级指标', '指标目标值'],
      ['产出指标', null, '数量指标', '指标甲', '≥1个'],
      [],
      ['一级指标', null, '二级指标', '三级指标', '指标目标值'],
      ['续表'],
      [null, null, null, '指标乙', '≥2个'],
      [null, null, '时效指标', '指标丙', '2022年12月底前'],
    ];
    const [form] = analyzeSheet(gridFromRows(rows));
    expect(form.project.name).toBe('测试项目');
    expect(form.indicators.map((i) => [i.row, i.level1, i.level2, i.level3])).toEqual([
      [4, '产出指标', '数量指标', '指标甲'],
      [8, '产出指标', '数量指标', '指标乙'],
      [9, '产出指标', '时效指标', '指标丙'],
    ]);
  });

  test('one form holding two tables (长期 and 年度): the second table starts its own hierarchy', () => {
    const rows: CellSpec[][] = [
      ['财政项目支出绩效目标申报表'],
      ['项目名称', '两表项目'],
      ['长期绩效指标'],
      ['一级指标', '二级指标', '三级指标', '指标目标值'],
      ['产出指标', '数量指标', '长期甲', '≥1个'],
      ['年度绩效指标'],
      ['一级指标', '二级指标', '三级指标', '指标目标值'],
      ['效益指标', '社会效益指标', '年度甲', '提升'],
      [null, null, '年度乙', '改善'],
    ];
    const forms = analyzeSheet(gridFromRows(rows));
    expect(forms).toHaveLength(1);
    expect(forms[0].indicators.map((i) => [i.level1, i.level3])).toEqual([
      ['产出指标', '长期甲'],
      ['效益指标', '年度甲'],
      ['效益指标', '年度乙'],
    ]);
  });

  test('merged 一级/二级 cells apply to the rows they cover; the total row ends the table', () => {
    const rows: CellSpec[][] = [
      ['项目支出绩效自评表'],
      ['项目名称', '合并项目'],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
      ['产出指标', '数量指标', '甲', '≥10个', '12个', 25],
      [null, null, '乙', '≥10个', '8个', 25, null, '资金到位晚'],
      ['效益指标', '社会效益指标', '丙', '提升', '达成', 20],
      ['满意度指标', '服务对象满意度指标', '丁', '≥90%', pct(0.95), 20],
      ['总分', null, null, null, null, 100],
      ['说明：本表由项目单位填写'],
    ];
    const grid = gridFromRows(rows, { merges: ['A4:A5', 'B4:B5'] });
    const [form] = analyzeSheet(grid);
    expect(form.layout).toBe('self-evaluation');
    expect(form.indicators.map((i) => [i.level1, i.level2, i.level3, i.completion?.status])).toEqual([
      ['产出指标', '数量指标', '甲', 'met'],
      ['产出指标', '数量指标', '乙', 'not_met'],
      ['效益指标', '社会效益指标', '丙', 'met'],
      ['满意度指标', '服务对象满意度指标', '丁', 'met'],
    ]);
    expect(form.indicators[3].actual).toEqual({ text: '95%', cell: 'E7' });
  });
});

describe('split layouts', () => {
  test('declaration split: 指标性质 | 指标值 | 度量单位 | 分值 under a two-row header', () => {
    const rows: CellSpec[][] = [
      ['2023年度项目支出绩效目标申报表'],
      ['项目名称', '分列项目', '项目属性', '延续'],
      ['预算部门', '某局', '项目实施单位', '某中心'],
      ['一级指标', '二级指标', '三级指标', '指标值', null, null, '分值'],
      [null, null, null, '指标性质', '指标值', '度量单位'],
      ['产出指标', '数量指标', '培训人数', '≥', 200, '人次', 20],
      [null, null, '发放册数', '大于等于', 5, '万册', 10],
      [null, '时效指标', '完成时间', '≤', '2023-12-31', null, 10],
      ['效益指标', '社会效益指标', '知晓率提升', '定性', '提升', null, 10],
    ];
    const [form] = analyzeSheet(gridFromRows(rows, { merges: ['D4:F4'] }));
    expect(form.layout).toBe('declaration-split');
    expect(form.headerRow).toBe(4);
    expect(form.project.name).toBe('分列项目');
    expect(form.project.category).toBe('延续');
    expect(form.project.department).toBe('某局');
    const [a, b, , d] = form.indicators;
    expect([a.cell, a.targetText, a.nature, a.unitText, a.target.op, a.target.value]).toEqual([
      'E6',
      '200',
      '≥',
      '人次',
      '>=',
      200,
    ]);
    expect([b.target.op, b.target.value]).toEqual(['>=', 50_000]);
    expect(b.issues.map((i) => i.code)).toContain('target.word-operator');
    expect(d.target.kind).toBe('qualitative');
  });

  test('self-evaluation split with its funds block (年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分)', () => {
    const rows: CellSpec[][] = [
      ['项目支出绩效自评表'],
      ['项目名称', '分列自评', '主管部门', '某局', '实施单位', '某中心'],
      ['预算执行情况(10分)'],
      ['资金（万元）', '年初预算', '调整后预算数', '预算执行数', '预算执行率', '权重', '得分'],
      ['财政资金', 100, 100, 90, pct(0.9)],
      ['合计', 100, 120, 108, pct(0.9), 10],
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
      ['产出指标', '数量指标', '培训人数', '≥', 200, '人次', 210, 30],
      [null, null, '合格率', '≥', 95, '%', 90, 30, null, '考试难度提高'],
      ['效益指标', '社会效益指标', '知晓率提升', '定性', '提升', null, '达成', 20],
      ['满意度指标', '服务对象满意度指标', '满意度', '≥', 90, '%', 92, 10],
      ['合计', null, null, null, null, null, null, 90],
    ];
    const [form] = analyzeSheet(gridFromRows(rows));
    expect(form.layout).toBe('self-evaluation-split');
    expect(form.project.fundsUnit).toBe('万元');
    expect(form.project.totalFunds).toBe(1_200_000);
    expect(form.project.executedFunds).toBe(1_080_000);
    expect(form.indicators.map((i) => i.completion?.status)).toEqual(['met', 'not_met', 'met', 'met']);
    expect(form.score?.budget?.rate).toBeCloseTo(0.9);
    expect(form.score?.budget?.score).toBe(9);
    expect(form.score?.total).not.toBeNull();
  });
});

describe('forms that cannot be read completely', () => {
  test('a sheet with no form gives no form; a workbook with none says so', () => {
    const grid = gridFromRows([
      ['姓名', '电话'],
      ['张三', '123'],
    ]);
    expect(readForms(new SheetGrid(grid))).toEqual([]);
    const model = analyzeWorkbook({ sheets: [grid] });
    expect(model.forms).toEqual([]);
    expect(model.issues.map((i) => [i.code, i.severity])).toEqual([['file.no-form', 'error']]);
  });

  test('a form with no indicator table says which form', () => {
    const grid = gridFromRows([['财政项目支出绩效目标申报表'], ['项目名称', '无表项目']]);
    const [form] = analyzeSheet(grid);
    expect(form.indicators).toEqual([]);
    expect(form.issues.map((i) => [i.code, i.cell, i.message])).toEqual([
      ['form.no-indicator-table', 'A1', expect.stringContaining('财政项目支出绩效目标申报表')],
    ]);
  });

  test('an unfilled header field is reported at its label', () => {
    const rows = declarationRows('');
    const [form] = analyzeSheet(gridFromRows(rows));
    expect(form.issues.filter((i) => i.code === 'form.missing-field').map((i) => i.cell)).toEqual(['A3']);
  });
});

describe('form-level findings', () => {
  test('an amount that is not a number is reported at its cell', () => {
    const rows = declarationRows('金额项目', { unitLabel: '（万元）' });
    rows[5] = ['项目资金（万元）', '项目资金总额', '一百二十八', '年度资金申请总额', '100'];
    const [form] = analyzeSheet(gridFromRows(rows));
    expect(
      form.issues.filter((i) => i.code === 'form.funds-unreadable').map((i) => [i.cell, i.severity, i.message]),
    ).toEqual([['C6', 'warning', '资金金额“一百二十八”无法识别为数字']]);
    expect(form.project.totalFunds).toBe(1_000_000); // falls back to 年度资金申请总额
  });

  test('a table whose rows are all placeholders has no indicators', () => {
    const rows: CellSpec[][] = [
      ['财政项目支出绩效目标申报表'],
      ['项目名称', '空表项目'],
      ['一级指标', '二级指标', '三级指标', '指标目标值'],
      ['产出指标', '数量指标', '指标1', null],
      [null, '质量指标', '……', null],
    ];
    const [form] = analyzeSheet(gridFromRows(rows));
    expect(form.indicators).toEqual([]);
    expect(form.issues.map((i) => i.code)).toContain('form.no-indicators');
  });

  test('a form without 产出, 效益 or 满意度 indicators is told so', () => {
    const rows: CellSpec[][] = [
      ['财政项目支出绩效目标申报表'],
      ['项目名称', '单一项目'],
      ['一级指标', '二级指标', '三级指标', '指标目标值'],
      ['成本指标', '经济成本指标', '人均成本', '≤500元/人'],
    ];
    const [form] = analyzeSheet(gridFromRows(rows));
    expect(form.issues.filter((i) => i.code.startsWith('form.no-')).map((i) => [i.code, i.severity, i.cell])).toEqual([
      ['form.no-benefit-indicator', 'warning', 'A1'],
      ['form.no-output-indicator', 'warning', 'A1'],
      ['form.no-satisfaction-indicator', 'info', 'A1'],
    ]);
  });
});
