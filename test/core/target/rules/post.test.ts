import { ROWS, ruleTester } from '../rule-tester';

ruleTester('target.over-100-percent', {
  valid: [
    { text: '≥95%', ctx: ROWS.satisfaction },
    { text: '=100%', ctx: ROWS.rate },
    { text: '120%', ctx: { level1: '效益指标', level2: '经济效益指标', level3: '收入增长率' } },
    { text: '≥120%', ctx: { level1: '效益指标', level2: '经济效益指标', level3: '产值' } },
  ],
  invalid: [
    {
      text: '120%',
      ctx: { level1: '满意度指标', level2: '服务对象满意度指标', level3: '居（村）委会满意度' },
      fix: null,
      params: undefined,
    },
    { text: '≥120%', ctx: ROWS.rate },
    { text: '295%', ctx: ROWS.rate, params: { hint: 'target.over-100-percent.scan-hint' } },
    { text: '90%-110%', ctx: ROWS.rate },
    { text: '≥0.95', ctx: { ...ROWS.rate, cell: { value: 1.2, text: '120%', format: '0%' } } },
  ],
});

ruleTester('target.bare-number', {
  valid: [
    { text: '=12' },
    { text: '≥200人' },
    { text: '1-2万人' },
    { text: '提升', ctx: ROWS.benefit },
    { text: '95', nature: '定量（其他）', unit: '%', ctx: ROWS.rate },
  ],
  invalid: [
    { text: '200', fix: { text: '≥200', safety: 'confirm', cell: 'value' }, params: { fix: '≥200' } },
    { text: '10个', fix: { text: '≥10个', safety: 'confirm', cell: 'value' } },
    { text: '95%', ctx: ROWS.rate, fix: { text: '≥95%', safety: 'confirm', cell: 'value' } },
    { text: '100万元', ctx: ROWS.cost, fix: { text: '≤100万元', safety: 'confirm', cell: 'value' } },
    { text: '5%', ctx: ROWS.complaints, fix: { text: '≤5%', safety: 'confirm', cell: 'value' } },
    { text: '200', nature: '', unit: '人', fix: { text: '≥', safety: 'confirm', cell: 'nature' } },
    {
      ctx: { cell: { value: 200, text: '200', format: 'General' } },
      fix: { text: '≥200', safety: 'confirm', cell: 'value' },
    },
    // the fix would leave an error (over 100%), so none is offered
    { text: '120%', ctx: ROWS.satisfaction, fix: null },
  ],
});

ruleTester('target.rate-missing-percent', {
  valid: [
    { text: '≥95%', ctx: ROWS.rate },
    { text: '≥95' },
    { text: '≥95', ctx: { ...ROWS.rate, level3: '合格率（%）' } },
  ],
  invalid: [
    { text: '≥95', ctx: ROWS.rate, fix: { text: '≥95%', safety: 'confirm', cell: 'value' } },
    { text: '≥0.95', ctx: ROWS.rate, fix: { text: '≥95%', safety: 'confirm', cell: 'value' } },
    { text: '=100', ctx: ROWS.rate, fix: { text: '=100%', safety: 'confirm', cell: 'value' } },
    { text: '=1', ctx: ROWS.rate, fix: null },
    { text: '=0', ctx: ROWS.complaints, fix: null },
    { text: '≥120', ctx: ROWS.rate, fix: null },
    { text: '≥90', ctx: ROWS.satisfaction, fix: { text: '≥90%', safety: 'confirm', cell: 'value' } },
    { text: '95', nature: '≥', unit: '', ctx: ROWS.rate, fix: { text: '%', safety: 'confirm', cell: 'unit' } },
    { text: '0.95', nature: '≥', unit: '', ctx: ROWS.rate, fix: { text: '95%', safety: 'confirm', cell: 'value' } },
  ],
});

ruleTester('target.missing-unit', {
  valid: [
    { text: '≥200人' },
    { text: '≥95%', ctx: ROWS.rate },
    { text: '≥95', ctx: ROWS.rate },
    { text: '≥200', ctx: { ...ROWS.quantity, level3: '培训人数（人）' } },
    { text: '200', nature: '≥', unit: '人' },
    { text: '200', nature: '定量（其他）', unit: '' },
    { text: '提升', ctx: ROWS.benefit },
  ],
  invalid: [
    { text: '=2500', fix: null },
    { text: '=12' },
    { text: '>=29万' },
    { text: '200', nature: '≥', unit: '' },
    { text: '1-2万' },
    { text: '=12', ctx: { options: { missingUnitSeverity: 'error' } }, severity: 'error' },
    { text: '=12', ctx: { options: { missingUnitSeverity: 'info' } }, severity: 'info' },
    { text: '≥200', ctx: { ...ROWS.quantity, level3: '培训人数（含线上）' } },
  ],
});

ruleTester('target.qualitative-in-quantity', {
  valid: [
    { text: '提升', ctx: ROWS.benefit },
    { text: '及时', ctx: ROWS.time },
    { text: '合规', ctx: ROWS.cost },
    { text: '符合相关规定', ctx: ROWS.cost },
    { text: '不超过年度预算', ctx: ROWS.cost },
    { text: '控制在预算范围内', ctx: ROWS.cost },
    { text: '严格执行经费管理规定', ctx: ROWS.econCost },
    { text: '未超支', ctx: ROWS.cost },
    { text: '≥200人' },
    { text: '降低', ctx: ROWS.socialCost },
  ],
  invalid: [
    { text: '提升', fix: null },
    { text: '完善', ctx: ROWS.satisfaction },
    { text: '节约', ctx: ROWS.cost },
    { text: '节约', ctx: ROWS.econCost },
    { text: '节约', ctx: { level1: '成本指标', level2: null, level3: '成本' } },
    { text: '加强', ctx: ROWS.quantity, nature: '定性' },
  ],
});

ruleTester('target.qualitative', {
  valid: [{ text: '提升' }, { text: '≥95%', ctx: ROWS.rate }, { text: '完成3项制度修订', ctx: ROWS.quality }],
  invalid: [
    { text: '提升', ctx: ROWS.benefit, fix: null },
    { text: '及时', ctx: ROWS.time },
    { text: '完善', ctx: { level1: '效益指标', level2: '可持续影响指标', level3: '体系建设' } },
    { text: '合规', ctx: ROWS.cost },
    { text: '降低', ctx: ROWS.socialCost },
    { text: '规范', ctx: ROWS.quality },
    { text: '加大', ctx: ROWS.benefit },
  ],
});

ruleTester('target.direction-suspect', {
  valid: [
    { text: '≤5%', ctx: ROWS.complaints },
    { text: '=0', ctx: ROWS.complaints },
    { text: '<1%', ctx: ROWS.rePetition },
    { text: '=100%', ctx: { ...ROWS.quality, level3: '其他线路投诉建议回访率' } },
    { text: '=100%', ctx: { ...ROWS.quality, level3: '法律咨询基本满意与不满意度话务回访率' } },
    { text: '≥4000元/个', ctx: ROWS.cost },
    { text: '≤128万元', ctx: ROWS.cost },
  ],
  invalid: [
    { text: '=80%', ctx: ROWS.rePetition, fix: null },
    { text: '≥5%', ctx: ROWS.complaints },
    { text: '>1次', ctx: { ...ROWS.quality, level3: '安全事故' } },
    { text: '≥100万元', ctx: ROWS.cost },
    { text: '>5000元', ctx: ROWS.econCost },
    { text: '≥1亿元', ctx: ROWS.cost },
  ],
});

ruleTester('target.cost-over-budget', {
  valid: [
    { text: '≤128万元', ctx: ROWS.cost },
    { text: '≤1280000元', ctx: ROWS.cost },
    { text: '≤4000元/个', ctx: ROWS.cost },
    { text: '≤200万元', ctx: ROWS.quality },
    { text: '≤200万元', ctx: { ...ROWS.cost, fundsLimit: null } },
    { text: '≥200万元', ctx: ROWS.cost },
  ],
  invalid: [
    { text: '≤200万元', ctx: ROWS.cost, fix: null, params: { value: 2000000, limit: 1280000 } },
    { text: '=1,280,001元', ctx: ROWS.cost },
    { text: '<2亿元', ctx: ROWS.econCost },
    { text: '200万元', ctx: ROWS.cost },
    { text: '≤200', ctx: { ...ROWS.cost, level3: '项目总成本（万元）' } },
    { text: '100-200万元', ctx: ROWS.cost },
  ],
});

ruleTester('target.range-reversed', {
  valid: [
    { text: '90%-95%', ctx: ROWS.rate },
    { text: '3至5天', ctx: ROWS.time },
  ],
  invalid: [
    { text: '95%-90%', ctx: ROWS.rate, fix: { text: '90%-95%', safety: 'safe', cell: 'value' } },
    { text: '95-90%', ctx: ROWS.rate, fix: { text: '90-95%', safety: 'safe', cell: 'value' } },
    { text: '5至3天', ctx: ROWS.time, fix: { text: '3至5天', safety: 'safe', cell: 'value' } },
    { text: '2万-1万人', fix: { text: '1万-2万人', safety: 'safe', cell: 'value' } },
    { text: '95-90', nature: '', unit: '%', ctx: ROWS.rate, fix: { text: '90-95', safety: 'safe', cell: 'value' } },
  ],
});

ruleTester('target.missing-note', {
  valid: [
    { text: '95', nature: '定量（其他）', unit: '%', ctx: { ...ROWS.rate, note: '按季度统计' } },
    { text: '95', nature: '≥', unit: '%', ctx: ROWS.rate },
    { text: '≥95%', ctx: ROWS.rate },
  ],
  invalid: [
    { text: '95', nature: '定量（其他）', unit: '%', ctx: ROWS.rate, fix: null },
    { text: '95', nature: '定量(其他)', unit: '%', ctx: { ...ROWS.rate, note: '  ' } },
    { text: '95', nature: '定量（其他）', unit: '%', ctx: { ...ROWS.rate, note: null } },
  ],
});

ruleTester('target.low-satisfaction', {
  valid: [
    { text: '≥80%', ctx: ROWS.satisfaction },
    { text: '≥85%', ctx: ROWS.satisfaction },
    { text: '≥95%', ctx: ROWS.satisfaction },
    { text: '≥60%', ctx: ROWS.rate },
    { text: '≥75%', ctx: { ...ROWS.satisfaction, options: { lowSatisfactionPercent: 70 } } },
  ],
  invalid: [
    { text: '≥70%', ctx: ROWS.satisfaction, fix: null, params: { min: 80 } },
    { text: '≥75%', ctx: { ...ROWS.benefit, level3: '群众满意度' }, params: { min: 80 } },
    { text: '≥85%', ctx: { ...ROWS.satisfaction, options: { lowSatisfactionPercent: 90 } }, params: { min: 90 } },
  ],
});

ruleTester('target.timeliness-format', {
  valid: [
    { text: '及时', ctx: ROWS.time },
    { text: '按时完成', ctx: ROWS.time },
    { text: '按期', ctx: ROWS.time },
    { text: '2021年12月底前', ctx: ROWS.time },
    { text: '年底前完成', ctx: ROWS.time },
    { text: '2021.01-2021.12', ctx: ROWS.time },
    { text: '≤3个工作日', ctx: ROWS.time },
    { text: '=100%', ctx: { ...ROWS.time, level3: '按期受理率' } },
    { text: '提升', ctx: ROWS.benefit },
  ],
  invalid: [
    { text: '提升', ctx: ROWS.time, fix: null },
    { text: '≥5次', ctx: ROWS.time },
    { text: '完善', ctx: ROWS.time },
  ],
});

ruleTester('target.dash-separator', {
  valid: [
    { text: '90%至95%', ctx: ROWS.rate },
    { text: '2021-12-31', ctx: ROWS.time },
    { text: '3~5天', ctx: ROWS.time },
  ],
  invalid: [
    { text: '90%-95%', ctx: ROWS.rate, fix: { text: '90%至95%', safety: 'safe', cell: 'value' } },
    { text: '2021.01-2021.12', ctx: ROWS.time, fix: { text: '2021.01至2021.12', safety: 'safe', cell: 'value' } },
    { text: '1-2万人', fix: { text: '1至2万人', safety: 'safe', cell: 'value' } },
  ],
});
