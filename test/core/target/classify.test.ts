import { isCostRow, isRateIndicator, isReverseName, unitFromName } from '../../../src/core/target/classify';

describe('isRateIndicator', () => {
  it.each<[string, string | null, boolean]>([
    ['合格率', null, true],
    ['热线平均接答率（含律师咨询、投诉建议线路与分流引导线路）', '质量指标', true],
    ['服务对象满意度', null, true],
    ['覆盖比例', null, true],
    ['本地企业占比', null, true],
    ['培训人数', '服务对象满意度指标', true],
    ['培训人数', '数量指标', false],
    ['收入增长率', null, false],
    ['产值增幅', null, false],
    ['同比增速率', null, false],
    ['环比下降率', null, false],
    ['公共法律服务咨询渠道', '社会效益指标', false],
  ])('%s / %s → %s', (name, level2, expected) => {
    expect(isRateIndicator(name, level2)).toBe(expected);
  });
});

describe('isReverseName', () => {
  it.each<[string, boolean]>([
    ['投诉率', true],
    ['二次上访率', true],
    ['安全事故发生次数', true],
    ['资金结余率', true],
    ['差错率', true],
    ['逾期率', true],
    ['投诉建议回访率', false],
    ['其他线路投诉建议回访率', false],
    ['法律咨询基本满意与不满意度话务回访率', false],
    ['合格率', false],
  ])('%s → %s', (name, expected) => {
    expect(isReverseName(name)).toBe(expected);
  });
});

describe('unitFromName', () => {
  it.each<[string, string | null]>([
    ['培训人数（人）', '人'],
    ['项目成本（万元）', '万元'],
    ['培训人数(人次)', '人次'],
    ['合格率（%）', '%'],
    ['热线平均接答率（含律师咨询、投诉建议线路与分流引导线路）', null],
    ['人数（注：含线上）', null],
    ['费用（计算口径）', null],
    ['人数（2021年）', null],
    ['人数（全年累计人数）', null],
    ['培训人数', null],
  ])('%s → %s', (name, expected) => {
    expect(unitFromName(name)).toBe(expected);
  });
});

describe('isCostRow', () => {
  it.each<[string | null, string | null, boolean]>([
    ['产出指标', '成本指标', true],
    ['成本指标', '经济成本指标', true],
    ['成本指标', '社会成本指标', true],
    ['成本指标', '生态环境成本指标', true],
    ['成本指标', null, true],
    ['产出指标', '数量指标', false],
    ['效益指标', '经济效益指标', false],
  ])('%s / %s → %s', (l1, l2, expected) => {
    expect(isCostRow(l1, l2)).toBe(expected);
  });
});
