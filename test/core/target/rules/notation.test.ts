import { ROWS, ruleTester } from '../rule-tester';

ruleTester('target.reversed-operator', {
  valid: [{ text: '>=150件' }, { text: '≥150件' }, { text: '<=5%' }],
  invalid: [
    { text: '=>150件', fix: { text: '≥150件', safety: 'safe', cell: 'value' } },
    { text: '=<5%', ctx: ROWS.complaints, fix: { text: '≤5%', safety: 'safe', cell: 'value' } },
    { text: '= > 150 件', fix: { text: '≥150件', safety: 'safe', cell: 'value' } },
    { text: '150', nature: '=>', unit: '件', fix: { text: '≥', safety: 'safe', cell: 'nature' } },
    // the fix carries every notation repair, so applying it leaves no error
    { text: '=>一百五十件', fix: { text: '≥150件', safety: 'safe', cell: 'value' } },
  ],
});

ruleTester('target.double-percent', {
  valid: [
    { text: '100%', ctx: ROWS.rate },
    { text: '≥95%', ctx: ROWS.rate },
  ],
  invalid: [
    { text: '100%%', ctx: ROWS.rate, fix: { text: '100%', safety: 'safe', cell: 'value' } },
    { text: '≥95%%', ctx: ROWS.satisfaction, fix: { text: '≥95%', safety: 'safe', cell: 'value' } },
    { text: '≥95％％', ctx: ROWS.rate, fix: { text: '≥95%', safety: 'safe', cell: 'value' } },
    { text: '95', nature: '≥', unit: '%%', ctx: ROWS.rate, fix: { text: '%', safety: 'safe', cell: 'unit' } },
  ],
});

ruleTester('target.chinese-numeral', {
  valid: [
    { text: '一网通办', ctx: ROWS.benefit },
    { text: '一次性通过', ctx: ROWS.benefit },
    { text: '万无一失', ctx: ROWS.benefit },
    { text: '≥85%', ctx: ROWS.rate },
    { text: '十分满意', ctx: ROWS.benefit },
    { text: '第三季度', ctx: ROWS.time },
  ],
  invalid: [
    { text: '二十九万', fix: { text: '29万', safety: 'safe', cell: 'value' } },
    { text: '≥八十五%', ctx: ROWS.rate, fix: { text: '≥85%', safety: 'safe', cell: 'value' } },
    { text: '百分之九十五', ctx: ROWS.rate, fix: { text: '95%', safety: 'safe', cell: 'value' } },
    { text: '一百零五人', fix: { text: '105人', safety: 'safe', cell: 'value' } },
    { text: '≥二〇二一', fix: { text: '≥2021', safety: 'safe', cell: 'value' } },
    { text: '三十场', fix: { text: '30场', safety: 'safe', cell: 'value' } },
    { text: '≥三个工作日', ctx: ROWS.time, fix: { text: '≥3个工作日', safety: 'safe', cell: 'value' } },
    { text: '不少于三十人', fix: { text: '≥30人', safety: 'safe', cell: 'value' } },
    { text: '八十五', nature: '≥', unit: '%', ctx: ROWS.rate, fix: { text: '85', safety: 'safe', cell: 'value' } },
  ],
});

ruleTester('target.word-operator', {
  valid: [
    { text: '≥95%', ctx: ROWS.rate },
    { text: '年内', ctx: ROWS.time },
    { text: '2021年12月底前', ctx: ROWS.time },
    { text: '达到预期', ctx: ROWS.benefit },
    { text: '95', nature: '≥', unit: '%', ctx: ROWS.rate },
  ],
  invalid: [
    {
      text: '不低于95%',
      ctx: ROWS.rate,
      params: { fix: '≥95%' },
      fix: { text: '≥95%', safety: 'safe', cell: 'value' },
    },
    { text: '95%以上', ctx: ROWS.rate, params: { fix: '≥95%' }, fix: { text: '≥95%', safety: 'safe', cell: 'value' } },
    { text: '90%以上', ctx: ROWS.rate, params: { fix: '≥90%' }, fix: { text: '≥90%', safety: 'safe', cell: 'value' } },
    {
      text: '3个工作日内',
      ctx: ROWS.time,
      params: { fix: '≤3个工作日' },
      fix: { text: '≤3个工作日', safety: 'safe', cell: 'value' },
    },
    { text: '95%及以上', ctx: ROWS.rate, fix: { text: '≥95%', safety: 'safe', cell: 'value' } },
    { text: '不少于200人', fix: { text: '≥200人', safety: 'safe', cell: 'value' } },
    { text: '大于等于200人', fix: { text: '≥200人', safety: 'safe', cell: 'value' } },
    { text: '大于或等于200人', fix: { text: '≥200人', safety: 'safe', cell: 'value' } },
    { text: '至少200人', fix: { text: '≥200人', safety: 'safe', cell: 'value' } },
    { text: '达到200人', fix: { text: '≥200人', safety: 'safe', cell: 'value' } },
    { text: '不高于5%', ctx: ROWS.complaints, fix: { text: '≤5%', safety: 'safe', cell: 'value' } },
    { text: '不超过128万元', ctx: ROWS.cost, fix: { text: '≤128万元', safety: 'safe', cell: 'value' } },
    { text: '不多于3次', fix: { text: '≤3次', safety: 'safe', cell: 'value' } },
    { text: '小于等于3次', fix: { text: '≤3次', safety: 'safe', cell: 'value' } },
    { text: '小于或等于3次', fix: { text: '≤3次', safety: 'safe', cell: 'value' } },
    { text: '至多3次', fix: { text: '≤3次', safety: 'safe', cell: 'value' } },
    { text: '5%以下', ctx: ROWS.complaints, fix: { text: '≤5%', safety: 'safe', cell: 'value' } },
    { text: '100万元以内', ctx: ROWS.cost, fix: { text: '≤100万元', safety: 'safe', cell: 'value' } },
    { text: '大于200人', fix: { text: '>200人', safety: 'safe', cell: 'value' } },
    { text: '高于200人', fix: { text: '>200人', safety: 'safe', cell: 'value' } },
    { text: '超过200人', fix: { text: '>200人', safety: 'safe', cell: 'value' } },
    { text: '多于200人', fix: { text: '>200人', safety: 'safe', cell: 'value' } },
    { text: '小于3次', fix: { text: '<3次', safety: 'safe', cell: 'value' } },
    { text: '低于3次', fix: { text: '<3次', safety: 'safe', cell: 'value' } },
    { text: '少于3次', fix: { text: '<3次', safety: 'safe', cell: 'value' } },
    { text: '不足3次', fix: { text: '<3次', safety: 'safe', cell: 'value' } },
    { text: '不满3次', fix: { text: '<3次', safety: 'safe', cell: 'value' } },
    {
      text: '95',
      nature: '不低于',
      unit: '%',
      ctx: ROWS.rate,
      params: { fix: '≥' },
      fix: { text: '≥', safety: 'safe', cell: 'nature' },
    },
  ],
});

ruleTester('target.unknown-operator', {
  valid: [
    { text: '95', nature: '≥', unit: '%', ctx: ROWS.rate },
    { text: '95', nature: '不低于', unit: '%', ctx: ROWS.rate },
    { text: '提升', nature: '定性', ctx: ROWS.benefit },
    { text: '95', nature: '定量（其他）', unit: '%', ctx: ROWS.rate },
    // 不适用 in 指标性质 stops the check at the target.not-applicable gate (see gates.test.ts)
    { text: '200', nature: '', unit: '人' },
    { text: '≥95%', ctx: ROWS.rate },
    // 正向/反向/定量 in 指标性质 (templates with a 指标方向 column; domain.md §1 split layout)
    { text: '95', nature: '正向', unit: '%', ctx: ROWS.rate },
    { text: '≥95', nature: '正向指标', unit: '%', ctx: ROWS.rate },
    { text: '5', nature: '反向', unit: '%', ctx: ROWS.rate },
    { text: '≥95', nature: '定量', unit: '%', ctx: ROWS.rate },
  ],
  invalid: [
    { text: '95', nature: '正', unit: '%', ctx: ROWS.rate, fix: null },
    { text: '95', nature: '正常', unit: '%', ctx: ROWS.rate },
    { text: '95', nature: '≥≥', unit: '%', ctx: ROWS.rate },
  ],
});

ruleTester('target.text-in-value', {
  valid: [
    { text: '95', nature: '≥', unit: '%', ctx: ROWS.rate },
    { text: '95%', nature: '≥', unit: '%', ctx: ROWS.rate },
    { text: '年底', nature: '≤', ctx: ROWS.time },
    { text: '完成', nature: '定性', ctx: ROWS.quality },
    { text: '完成', ctx: ROWS.quality },
  ],
  invalid: [
    { text: '完成', nature: '≥', unit: '', fix: null },
    { text: '完成', nature: '≥', unit: '个' },
    { text: '提升', nature: '不低于', unit: '%', ctx: ROWS.rate },
  ],
});

ruleTester('target.missing-number', {
  valid: [{ text: '≥5' }, { text: '提升', ctx: ROWS.benefit }, { text: '达到预期', ctx: ROWS.benefit }],
  invalid: [
    { text: '>=', fix: null },
    { text: '≥' },
    { text: '≥XX场' },
    { text: '≥**%', ctx: ROWS.rate },
    { text: '≥__%', ctx: ROWS.rate },
    { text: '≤?个工作日', ctx: ROWS.time },
    { text: 'XX场' },
    { text: '%', ctx: ROWS.rate },
    { text: '不低于XX%', ctx: ROWS.rate },
    { text: '≥**', ctx: ROWS.rate },
  ],
});

ruleTester('target.unparseable', {
  valid: [
    { text: '≥95%', ctx: ROWS.rate },
    { text: '完成3项制度修订', ctx: ROWS.quality },
    { text: '提升', ctx: ROWS.benefit },
  ],
  invalid: [
    { text: '≥≥95%', ctx: ROWS.rate, fix: null },
    { text: '95%-', ctx: ROWS.rate },
    { text: '1,5' },
    { text: '≥完成3项制度修订' },
    { text: '3a5' },
    { text: '95', nature: '≥', unit: '个%' },
  ],
});

ruleTester('target.embedded-number', {
  valid: [{ text: '≥3项' }, { text: '3项制度' }, { text: '≥完成3项制度修订' }],
  invalid: [
    { text: '完成3项制度修订', ctx: ROWS.quality, fix: null },
    { text: '每月开展1次培训活动', ctx: ROWS.quality },
  ],
});
