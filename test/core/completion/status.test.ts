/**
 * §4 "Status" and "Ratio".
 */
import {
  classifyText,
  evaluateStatus,
  quantityRatio,
  rangeRatio,
  readActual,
  targetWords,
} from '../../../src/core/completion';
import type { CellInput } from '../../../src/core/completion';
import type { ParsedTarget } from '../../../src/core/types';
import { DEFAULT_SCORING_OPTIONS } from '../../../src/core/types';
import { NA_TARGET, cell, target } from './helpers';

function status(
  t: string | ParsedTarget,
  actual: string | CellInput | null,
  row: { reverse?: boolean; cost?: boolean; reason?: string } = {},
) {
  const tt = typeof t === 'string' ? target(t) : t;
  const a = readActual(typeof actual === 'string' ? (actual === '' ? null : cell(actual)) : actual, {
    target: tt,
    unitColumn: null,
    year: 2021,
  });
  return evaluateStatus(
    tt,
    a,
    { reverse: row.reverse ?? false, cost: row.cost ?? false, reason: row.reason ?? '有原因' },
    DEFAULT_SCORING_OPTIONS,
  );
}

function codes(t: string | ParsedTarget, actual: string | CellInput | null, row = {}) {
  return status(t, actual, row).findings.map((f) => f.code);
}

describe('numeric B against quantitative A', () => {
  it.each([
    ['≥200个', '200个', 'met'],
    ['≥200个', '199.99个', 'not_met'],
    ['≥200个', '186个', 'not_met'],
    ['>90%', '90%', 'not_met'],
    ['>90%', '90.1%', 'met'],
    ['≤50万元', '50万元', 'met'],
    ['≤50万元', '55万元', 'not_met'],
    ['<5%', '5%', 'not_met'],
    ['<5%', '4.9%', 'met'],
    ['=100%', '100%', 'met'],
    ['=100%', '98.5%', 'not_met'],
    ['=50期', '52期', 'not_met'],
    ['=0起', '0起', 'met'],
    ['90%-95%', '92%', 'met'],
    ['90%-95%', '90%', 'met'],
    ['90%-95%', '95%', 'met'],
    ['90%-95%', '89%', 'not_met'],
    ['90%-95%', '96%', 'not_met'],
    ['200个', '250个', 'met'],
    ['200个', '150个', 'not_met'],
    ['≥29万', '30.2万', 'met'],
    ['≥29万', '30.2', 'met'],
    ['≥29万', '302000', 'met'],
    ['≥29万', '289999', 'not_met'],
  ])('%s / %s → %s', (t, a, s) => expect(status(t, a).status).toBe(s));

  it('tolerance 1e-9·max(1,|A|,|B|): 0.1+0.2 equals 0.3', () => {
    const t = target('=0.3个');
    const a = readActual({ value: 0.1 + 0.2, text: '0.3', format: 'General' }, { target: t, unitColumn: null });
    expect(evaluateStatus(t, a, { reverse: false, cost: false, reason: 'x' }).status).toBe('met');
    expect(status('≥1000000000个', '999999999.5个').status).toBe('met');
    expect(status('≥1000000000个', '999999990个').status).toBe('not_met');
  });

  it.each([
    ['50万元', '45万元', { cost: true }, 'met'],
    ['50万元', '55万元', { cost: true }, 'not_met'],
    ['2%', '1%', { reverse: true }, 'met'],
    ['2%', '3%', { reverse: true }, 'not_met'],
  ])('a bare target is ≤ on 成本/reverse rows: %s / %s', (t, a, row, s) => {
    const r = status(t, a, row);
    expect(r.status).toBe(s);
    expect(r.op).toBe('<=');
    expect(r.mode).toBe('reverse');
  });
});

describe('ratio (uncapped) and its edge cases', () => {
  it.each([
    ['≥200个', '186个', 0.93],
    ['≥200个', '300个', 1.5],
    ['≤50万元', '55万元', 50 / 55],
    ['≤50万元', '40万元', 1.25],
    ['>90%', '90%', 1],
    ['=50期', '52期', 1.04],
    ['=50期', '48期', 0.96],
    ['=0起', '0起', 1],
    ['=0起', '2起', 0],
    ['≥0个', '0个', 1],
    ['≥0个', '5个', 1],
    ['≤0起', '0起', 1],
    ['≤5起', '0起', 1],
    ['≤0起', '3起', 0],
    ['90%-95%', '92%', 1],
    ['90%-95%', '81%', 0.9],
    ['80%-90%', '100%', 0.9],
  ])('%s / %s → %p', (t, a, ratio) => expect(status(t, a).ratio).toBeCloseTo(ratio, 12));

  it('date and qualitative rows have no ratio', () => {
    expect(status('2021年12月31日前', '2021年11月30日').ratio).toBeNull();
    expect(status('提升', '达成').ratio).toBeNull();
  });

  it('helpers', () => {
    expect(quantityRatio('>', 0, 1)).toBe(1);
    expect(quantityRatio('>', 0, 0)).toBe(0);
    expect(quantityRatio('<', 0, 0)).toBe(1);
    expect(rangeRatio(0, 10, -1)).toBe(0);
  });
});

describe('far-exceeded and scale-suspect', () => {
  it('ratio ≥1.2 on ≥ / = → far-exceeded (info)', () => {
    expect(status('≥200个', '240个').findings).toEqual([
      { code: 'completion.far-exceeded', severity: 'info', params: { ratio: '1.2' } },
    ]);
    expect(codes('=50期', '65期')).toEqual(['completion.far-exceeded']);
    expect(codes('200个', '300个')).toEqual(['completion.far-exceeded']);
    expect(codes('≥200个', '239个')).toEqual([]);
  });

  it('never on ≤ / < targets', () => {
    expect(codes('≤50万元', '20万元')).toEqual([]);
  });

  it('the threshold is configurable', () => {
    const t = target('≥200个');
    const a = readActual(cell('230个'), { target: t, unitColumn: null });
    const r = evaluateStatus(
      t,
      a,
      { reverse: false, cost: false, reason: '' },
      { ...DEFAULT_SCORING_OPTIONS, farExceededRatio: 1.1 },
    );
    expect(r.findings.map((f) => f.code)).toEqual(['completion.far-exceeded']);
  });

  it('ratio above 100 or below 0.01 → scale-suspect (warning) instead', () => {
    expect(status('≥29万', '3020万').findings).toEqual([
      { code: 'completion.scale-suspect', severity: 'warning', params: { ratio: '104.14' } },
    ]);
    expect(codes('≥200个', '1个', { reason: 'x' })).toEqual(['completion.scale-suspect']);
    expect(status('≥200个', '1个').findings[0].params).toEqual({ ratio: '0.005' });
  });

  it('no scale-suspect for an actual of 0, nor on top of ambiguous-percent', () => {
    expect(codes('≥200个', '0个')).toEqual([]);
    expect(codes('≥95%', '0.5')).toEqual(['completion.ambiguous-percent']);
  });
});

describe('dates and periods', () => {
  it.each([
    ['2021年12月31日前', '2021年11月30日', 'met'],
    ['2021年12月31日前', '2021-12-31', 'met'],
    ['2021年12月31日前', '2022年1月5日', 'not_met'],
    ['年底', '2021.12', 'met'],
    ['2021年6月30日后', '2021年7月1日', 'met'],
    ['2021年6月30日后', '2021年6月1日', 'not_met'],
    ['2021.01-2021.06', '2021年5月', 'met'],
    ['2021.01-2021.06', '2021年8月', 'not_met'],
    ['2021年3月-2021年6月', '2021年2月', 'not_met'],
    ['上半年', '6月底', 'met'],
    ['第3季度', '2021年10月8日', 'not_met'],
    // 金寨 2023: a deadline written as a bare month, done in a bare month
    ['9月前', '7月', 'met'],
    ['11月前', '10月', 'met'],
    ['9月前', '9月', 'met'],
    ['9月前', '10月', 'not_met'],
  ])('%s / %s → %s', (t, a, s) => expect(status(t, a).status).toBe(s));

  it('a date cell against a deadline', () => {
    expect(status('2021年12月31日前', { value: 44530, text: '2021/11/30', format: 'yyyy/m/d' }).status).toBe('met');
  });

  it.each([
    ['按期', 'met'],
    ['按时', 'met'],
    ['及时', 'met'],
    ['已完成', 'met'],
    ['按期完成', 'met'],
    ['延期', 'not_met'],
    ['延期完成', 'not_met'],
    ['逾期', 'not_met'],
    ['未按期', 'not_met'],
    ['基本按期完成', 'partial'],
    ['很快', 'invalid'],
  ])('text against a date target: %s → %s', (a, s) => expect(status('2021年12月31日前', a).status).toBe(s));

  it('a number against a date target is invalid', () => {
    expect(status('2021年12月31日前', '100%').status).toBe('invalid');
  });

  it('a date is scored by tier', () => expect(status('年底', '2021年11月').mode).toBe('tier'));
});

describe('text actuals: partial → not_met → met → invalid', () => {
  it.each([
    // partial
    ['提升', '部分达成', 'partial'],
    ['提升', '基本达成', 'partial'],
    ['提升', '部分达成年度指标并具有一定效果', 'partial'],
    ['完善', '基本完成', 'partial'],
    ['提升', '基本实现', 'partial'],
    ['提升', '部分达到', 'partial'],
    ['提升', '有所提升', 'partial'],
    ['完善', '初步完善', 'partial'],
    ['提升', '服务质量有所提升', 'partial'],
    ['逐步提高', '有所提高', 'partial'],
    ['完善', '基本完善', 'partial'],
    // not_met
    ['提升', '未达成', 'not_met'],
    ['完善', '尚未完成', 'not_met'],
    ['提升', '没有提升', 'not_met'],
    ['提升', '无法评估', 'not_met'],
    ['合规', '否', 'not_met'],
    ['及时', '不及时', 'not_met'],
    ['提升', '不提升', 'not_met'],
    ['合规', '不合规', 'not_met'],
    ['符合要求', '不符合要求', 'not_met'],
    ['到位', '不到位', 'not_met'],
    ['规范', '不规范', 'not_met'],
    ['达标', '不达标', 'not_met'],
    ['合格', '不合格', 'not_met'],
    // met
    ['提升', '达成', 'met'],
    ['提升', '达成年度指标', 'met'],
    ['提升', '达到预期目标', 'met'],
    ['完善', '完成', 'met'],
    ['完善', '已完成', 'met'],
    ['提升', '实现', 'met'],
    ['合规', '是', 'met'],
    ['合规', '符合', 'met'],
    ['合规', '合格', 'met'],
    ['合规', '√', 'met'],
    ['及时', '及时', 'met'],
    ['合规', '合规', 'met'],
    ['完善', '已完善', 'met'],
    ['完善', '已经完善', 'met'],
    ['提升', '显著提升', 'met'],
    ['提升', '明显提升', 'met'],
    ['提升', '大幅提升', 'met'],
    ['提升', '稳步提升', 'met'],
    ['提升', '持续提升', 'met'],
    ['提升', '有效提升', 'met'],
    ['规范', '均已规范', 'met'],
    ['规范', '全面规范', 'met'],
    ['逐步提高', '已提高', 'met'],
    ['服务质量稳步提升', '已提升', 'met'],
    ['及时', '按时', 'met'],
    ['及时', '按期完成', 'met'],
    ['及时', '延期', 'not_met'],
    ['达成。', '达成。', 'met'],
    // invalid
    ['提升', '很多', 'invalid'],
    ['提升', '一般', 'invalid'],
    ['完善', '提升', 'invalid'],
    ['提升', '已完善', 'invalid'],
  ])('target %s, actual %s → %s', (t, a, s) => expect(status(t, a).status).toBe(s));

  it('a qualitative text actual raises no finding when it matches', () => {
    expect(codes('提升', '达成')).toEqual([]);
  });

  it('an unmatched text raises completion.invalid (warning)', () => {
    expect(status('提升', '很多').findings).toEqual([{ code: 'completion.invalid', severity: 'warning' }]);
  });

  it('a number against a qualitative target is invalid', () => {
    expect(status('提升', '98%')).toMatchObject({ status: 'invalid', findings: [{ code: 'completion.invalid' }] });
    expect(status('提升', cell(5)).status).toBe('invalid');
  });

  it('a text actual on a quantitative row also raises qualitative-actual (warning)', () => {
    expect(status('≥95%', '达成')).toMatchObject({ status: 'met', mode: 'tier', ratio: null });
    expect(codes('≥95%', '达成')).toEqual(['completion.qualitative-actual']);
    expect(status('≥95%', '部分达成').status).toBe('partial');
    expect(status('≥95%', '未达成').status).toBe('not_met');
    expect(codes('≥200个', '很多')).toEqual(['completion.qualitative-actual', 'completion.invalid']);
  });

  it('classifyText without target words', () => {
    expect(classifyText('达成', [], false)).toBe('met');
    expect(classifyText('有所提升', [], false)).toBeNull();
    expect(classifyText('按期', [], false)).toBeNull();
    expect(classifyText('按期', [], true)).toBe('met');
  });

  it('targetWords', () => {
    expect(targetWords(target('逐步提高'))).toEqual(expect.arrayContaining(['逐步提高', '提高']));
    expect(targetWords(target('及时'))).toEqual(expect.arrayContaining(['及时', '按时', '按期', '准时']));
    expect(targetWords(target('≥95%'))).toEqual([]);
  });
});

describe('blank, na, unit mismatch', () => {
  it('blank → pending, no finding', () => {
    expect(status('≥95%', null)).toMatchObject({ status: 'pending', findings: [] });
    expect(status('提升', '—').status).toBe('pending');
  });

  it('不适用 in the actual or a na target → na', () => {
    expect(status('≥95%', '不适用')).toMatchObject({ status: 'na', findings: [] });
    expect(status(NA_TARGET, '98%')).toMatchObject({ status: 'na', findings: [] });
    expect(status(NA_TARGET, null).status).toBe('na');
  });

  it('人次 vs 人 → invalid with unit-mismatch only', () => {
    expect(status('≥2000人次', '2100人')).toMatchObject({
      status: 'invalid',
      ratio: null,
      findings: [{ code: 'completion.unit-mismatch', params: { actualUnit: '人', targetUnit: '人次' } }],
    });
  });

  it('an unreadable target: numbers cannot be compared (no completion finding), text uses generic words', () => {
    const bad: ParsedTarget = { ...NA_TARGET, kind: 'invalid', normalized: '待定' };
    expect(status(bad, '98%')).toMatchObject({ status: 'invalid', findings: [] });
    expect(status(bad, '达成').status).toBe('met');
    expect(status({ ...NA_TARGET, kind: 'empty', normalized: '' }, '未完成').status).toBe('not_met');
  });
});

describe('deviation-reason-missing', () => {
  it.each([
    ['≥200个', '186个'],
    ['提升', '部分达成'],
    ['及时', '未达成'],
  ])('%s / %s with an empty reason → warning', (t, a) => {
    const r = status(t, a, { reason: '  ' });
    expect(r.findings).toContainEqual({ code: 'completion.deviation-reason-missing', severity: 'warning' });
  });

  it('not raised when a reason is given, nor on met / pending / invalid rows', () => {
    expect(codes('≥200个', '186个', { reason: '疫情影响' })).toEqual([]);
    expect(codes('≥200个', '200个', { reason: '' })).toEqual([]);
    expect(codes('≥200个', null, { reason: '' })).toEqual([]);
    expect(codes('提升', '很多', { reason: '' })).toEqual(['completion.invalid']);
  });
});

describe('graded scales (domain.md §4 rule 4): best grade met, middle partial, worst not_met', () => {
  it.each([
    ['优良中低差', '优', 'met'],
    ['优良中低差', '优秀', 'met'],
    ['优良中低差', '良', 'partial'],
    ['优良中低差', '良好', 'partial'],
    ['优良中低差', '中', 'partial'],
    ['优良中低差', '差', 'not_met'],
    ['优/良/中/差', '良', 'partial'],
    ['好/较好/一般/差', '好', 'met'],
    ['好/较好/一般/差', '较好', 'partial'],
    ['好/较好/一般/差', '一般', 'partial'],
    ['好/较好/一般/差', '差', 'not_met'],
    ['高/中/低', '高', 'met'],
    ['高、中、低', '中', 'partial'],
    ['高/中/低', '低', 'not_met'],
    // not a grade of the scale: the ordinary text rules (达成 … met), else invalid
    ['优良中低差', '达成预期指标', 'met'],
    ['优良中低差', '很多', 'invalid'],
  ])('%s / %s → %s', (t, a, expected) => {
    expect(status(t, a).status).toBe(expected);
  });

  it('a graded row is scored by tier', () => {
    expect(status('好/较好/一般/差', '较好').mode).toBe('tier');
  });
});
