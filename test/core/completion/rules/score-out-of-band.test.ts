import { ROWS, ruleTester } from '../rule-tester';

const BENEFIT = ROWS.benefit;

ruleTester('completion.score-out-of-band', {
  valid: [
    { ...BENEFIT, actual: '已提升', score: 80 },
    { ...BENEFIT, actual: '部分提升', reason: '尚在实施', score: 60 },
    // scored by its ratio, not by tiers
    { actual: '186个', reason: '资金未到位', score: 10 },
    // above the weight: completion.score-over-weight says so
    { ...BENEFIT, actual: '未提升', reason: '尚未实施', score: 95 },
  ],
  invalid: [
    { ...BENEFIT, actual: '已提升', score: 50, params: { score: '50', tier: '达成', low: '72', high: '90' } },
    {
      ...BENEFIT,
      actual: '部分提升',
      reason: '尚在实施',
      score: 80,
      params: { score: '80', tier: '部分达成', low: '54', high: '72' },
    },
    {
      ...BENEFIT,
      actual: '部分提升',
      reason: '尚在实施',
      score: 72,
      params: { score: '72', tier: '部分达成', low: '54', high: '72' },
    },
    {
      ...BENEFIT,
      actual: '未提升',
      reason: '尚未实施',
      score: 60,
      params: { score: '60', tier: '未达成', low: '0', high: '54' },
    },
    {
      target: '2021年6月30日前',
      actual: '2021年9月',
      reason: '延期',
      level2: '时效指标',
      level3: '完成时间',
      score: 70,
    },
  ],
});
