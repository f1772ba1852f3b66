/**
 * The form reader and the whole engine never throw, whatever the sheet holds.
 */
import fc from 'fast-check';
import { analyzeSheet } from '../../src/core/analyze';
import { rangeAddress } from '../../src/core/grid';
import type { GridCell, GridSnapshot, RawValue } from '../../src/core/types';

/** Words that steer the reader into its branches, mixed with arbitrary text. */
const VOCABULARY = [
  '财政项目支出绩效目标申报表',
  '项目支出绩效自评表',
  '(2021年度)',
  '项目名称',
  '项目名称：某项目',
  '项目类别',
  '主管部门',
  '实施单位',
  '项目资金（万元）',
  '项目资金总额',
  '年度资金申请总额',
  '其中：财政资金',
  '项目总目标',
  '年度总目标',
  '(年-年)',
  '一级指标',
  '二级指标',
  '三级指标',
  '指标目标值',
  '年度指标值',
  '实际完成值',
  '指标性质',
  '指标值',
  '度量单位',
  '分值',
  '得分',
  '权重',
  '完成值',
  '偏差原因分析及改进措施',
  '年初预算数',
  '全年预算数',
  '全年执行数',
  '执行率',
  '年度资金总额',
  '合计',
  '总分',
  '续表',
  '长期绩效指标',
  '产出指标',
  '产出指标(50分)',
  '效益指标',
  '满意度指标',
  '成本指标',
  '数量指标',
  '数量指表',
  '质量指标',
  '时效指标',
  '社会效益指标',
  '服务对象满意度指标',
  '预算执行率',
  '≥95%',
  '>=29万',
  '=>150件',
  '100%%',
  '待定',
  '提升',
  '及时',
  '达成',
  '部分达成',
  '未达成',
  '2021年12月底前',
  '≤128万元',
  '不适用',
  '定性',
  '≥',
  '……',
  '指标1',
  '',
];

const rawValue: fc.Arbitrary<RawValue> = fc.oneof(
  fc.constantFrom(...VOCABULARY),
  fc.string({ maxLength: 12 }),
  fc.double({ noNaN: false }),
  fc.integer({ min: -1e6, max: 1e9 }),
  fc.boolean(),
  fc.constantFrom({ error: '#N/A' }, { error: '#DIV/0!' }),
  fc.constant(null),
);

const cell: fc.Arbitrary<GridCell> = fc
  .record({
    row: fc.integer({ min: 1, max: 30 }),
    col: fc.integer({ min: 1, max: 9 }),
    value: rawValue,
    format: fc.constantFrom(undefined, 'General', '0%', '0.0%', '#,##0', 'yyyy-mm-dd', '"≥"0"期"'),
  })
  .map((c) => ({
    ...c,
    text: c.value === null ? '' : typeof c.value === 'object' ? c.value.error : String(c.value),
  }));

const merge = fc
  .record({ top: fc.integer({ min: 1, max: 30 }), left: fc.integer({ min: 1, max: 9 }), h: fc.nat(5), w: fc.nat(2) })
  .map((m) => rangeAddress({ top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w }));

const sheet: fc.Arbitrary<GridSnapshot> = fc.record({
  sheet: fc.constant('Sheet1'),
  cells: fc.array(cell, { maxLength: 120 }),
  merges: fc.array(merge, { maxLength: 8 }),
  date1904: fc.boolean(),
});

test('analyzeSheet never throws on any grid', () => {
  fc.assert(
    fc.property(sheet, (grid) => {
      const forms = analyzeSheet(grid);
      for (const f of forms) {
        expect(typeof f.range).toBe('string');
        for (const i of f.issues) expect(typeof i.message).toBe('string');
      }
    }),
    { numRuns: 400 },
  );
});

test('analyzeSheet never throws on a well-formed table with arbitrary cell contents', () => {
  const header = [
    '一级指标',
    '二级指标',
    '三级指标',
    '年度指标值',
    '实际完成值',
    '分值',
    '得分',
    '偏差原因分析及改进措施',
  ];
  fc.assert(
    fc.property(fc.array(fc.array(rawValue, { minLength: 8, maxLength: 8 }), { maxLength: 25 }), (rows) => {
      const cells: GridCell[] = header.map((h, c) => ({ row: 2, col: c + 1, value: h, text: h }));
      cells.push({ row: 1, col: 1, value: '项目支出绩效自评表', text: '项目支出绩效自评表' });
      rows.forEach((r, i) =>
        r.forEach((value, c) => {
          const text = value === null ? '' : typeof value === 'object' ? value.error : String(value);
          cells.push({ row: i + 3, col: c + 1, value, text, format: 'General' });
        }),
      );
      const [form] = analyzeSheet({ sheet: 'S', cells, merges: [] });
      expect(form).toBeDefined();
    }),
    { numRuns: 300 },
  );
});
