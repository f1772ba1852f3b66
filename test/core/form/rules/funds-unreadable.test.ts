import type { CellSpec } from '../../../helpers/grid';
import { declaration, ruleTester } from '../rule-tester';

/** A self-evaluation with its funds block; `total` is the 合计 row's 年初预算 | 调整后预算数 | 预算执行数. */
function selfEvaluation(total: CellSpec[]): CellSpec[][] {
  return [
    ['项目支出绩效自评表'],
    ['项目名称', '分列自评', '主管部门', '某局', '实施单位', '某中心'],
    ['预算执行情况(10分)'],
    ['资金（万元）', '年初预算', '调整后预算数', '预算执行数', '预算执行率', '权重', '得分'],
    ['合计', ...total, null, 10],
    ['绩效指标(90分)'],
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '权重', '得分'],
    ['产出指标', '数量指标', '培训人数', '≥200人次', '210人次', 30],
    ['效益指标', '社会效益指标', '群众知晓率', '≥90%', '92%', 30],
    ['满意度指标', '服务对象满意度指标', '学员满意度', '≥90%', '95%', 30],
  ];
}

ruleTester('form.funds-unreadable', {
  valid: [
    { name: 'amounts as numbers', rows: declaration() },
    {
      name: 'amounts as text with their unit: 128万元',
      rows: declaration({ totalFunds: '128万元', annualFunds: '100万' }),
    },
    {
      name: 'an amount followed by its breakdown',
      rows: declaration({ totalFunds: '128万(培训经费100万元,其他28万元)' }),
    },
    {
      name: 'an amount written with thousands separators',
      rows: declaration({ fundsLabel: '项目资金（元）', totalFunds: '1,280,000' }),
    },
    { name: 'a dash for "not applicable"', rows: declaration({ totalFunds: '—', annualFunds: '/' }) },
    { name: 'a blank amount', rows: declaration({ totalFunds: ' ' }) },
    { name: 'a funds block of numbers', rows: selfEvaluation([100, 120, 108]) },
  ],
  invalid: [
    {
      name: 'the total in Chinese numerals',
      rows: declaration({ totalFunds: '一百二十八' }),
      cell: 'C6',
      params: { text: '一百二十八' },
      fix: null,
    },
    {
      name: 'the annual funds not decided yet',
      rows: declaration({ annualFunds: '待定' }),
      cell: 'E6',
      params: { text: '待定' },
    },
    {
      name: 'both amounts unreadable: one finding each',
      rows: declaration({ totalFunds: '约128', annualFunds: '100左右' }),
      cell: 'E6',
      params: { text: '100左右' },
    },
    {
      name: 'the funds block total: 预算执行数 as words',
      rows: selfEvaluation([100, 120, '约一百']),
      cell: 'D5',
      params: { text: '约一百' },
    },
  ],
});
