import {
  EVALUATION_LEVEL1,
  FRAMEWORK_2015,
  FRAMEWORK_2021,
  LEVEL1,
  LEVEL1_NAMES,
  LEVEL2,
  LEVEL2_HOME,
  LEVEL2_NAMES,
  SYNONYMS,
  VALID_LEVEL2,
  isValidPair,
} from '../../../src/core/glossary/framework';
import {
  canonicalLevel1,
  canonicalLevel2,
  isNonIndicatorLabel,
  levenshtein,
  normalizeLevelName,
  suggestMisspelling,
} from '../../../src/core/hierarchy/names';

describe('framework data', () => {
  it('has the four 一级 and twelve 二级', () => {
    expect(LEVEL1_NAMES).toEqual(['产出指标', '成本指标', '效益指标', '满意度指标']);
    expect(LEVEL2_NAMES).toHaveLength(12);
  });

  const validPairs: Array<[string, string]> = [
    ...Object.entries(FRAMEWORK_2015).flatMap(([a, bs]) => bs.map((b): [string, string] => [a, b])),
    ...Object.entries(FRAMEWORK_2021).flatMap(([a, bs]) => bs.map((b): [string, string] => [a, b])),
    [LEVEL1.output, LEVEL2.cost], // 88号
    [LEVEL1.cost, LEVEL2.economicCost], // 101号
    [LEVEL1.output, LEVEL2.economicCost], // mixed
    [LEVEL1.output, LEVEL2.socialCost],
    [LEVEL1.output, LEVEL2.ecologicalCost],
    [LEVEL1.cost, LEVEL2.cost],
    [LEVEL1.benefit, LEVEL2.sustainability],
  ];
  it.each(validPairs)('%s / %s is valid', (a, b) => expect(isValidPair(a, b)).toBe(true));

  const invalidPairs: Array<[string, string]> = [
    [LEVEL1.output, LEVEL2.socialBenefit],
    [LEVEL1.output, LEVEL2.serviceSatisfaction],
    [LEVEL1.cost, LEVEL2.quantity],
    [LEVEL1.benefit, LEVEL2.cost],
    [LEVEL1.satisfaction, LEVEL2.quality],
    [LEVEL1.benefit, LEVEL2.economicCost],
    [EVALUATION_LEVEL1.input, LEVEL2.quantity],
  ];
  it.each(invalidPairs)('%s / %s is not valid', (a, b) => expect(isValidPair(a, b)).toBe(false));

  it('every 二级 is valid under its home 一级', () => {
    for (const l2 of LEVEL2_NAMES) expect(VALID_LEVEL2[LEVEL2_HOME[l2]]).toContain(l2);
  });
});

describe('normalizeLevelName', () => {
  const cases: Array<[string, string, number | null]> = [
    ['产出指标', '产出指标', null],
    [' 产 出\n指标 ', '产出指标', null],
    ['产出指标(50分)', '产出指标', 50],
    ['产出指标（50分）', '产出指标', 50],
    ['效益指标（30.5分）', '效益指标', 30.5],
    ['一、产出指标', '产出指标', null],
    ['一、产出指标（50分）', '产出指标', 50],
    ['(一)数量指标', '数量指标', null],
    ['（一）数量指标', '数量指标', null],
    ['1.数量指标', '数量指标', null],
    ['１．数量指标', '数量指标', null],
    ['(7)社会效益指标', '社会效益指标', null],
    ['（7）社会效益指标', '社会效益指标', null],
    ['十二、满意度指标(10分)', '满意度指标', 10],
    ['绩效指标(90分)', '绩效指标', 90],
    ['', '', null],
  ];
  it.each(cases)('%j → %s (weight %s)', (input, name, weight) => {
    const n = normalizeLevelName(input);
    expect(n.name).toBe(name);
    expect(n.headingWeight).toBe(weight);
  });

  it('keeps the stripped prefix and suffix', () => {
    expect(normalizeLevelName('一、产出指表（50分）')).toEqual({
      name: '产出指表',
      headingWeight: 50,
      prefix: '一、',
      suffix: '(50分)',
    });
  });

  it('does not strip a number that is part of the name', () => {
    expect(normalizeLevelName('12348热线').name).toBe('12348热线');
  });
});

describe('canonicalLevel1', () => {
  const cases: Array<[string, string | null]> = [
    ['产出指标', LEVEL1.output],
    ['产出', LEVEL1.output],
    ['成本', LEVEL1.cost],
    ['成本指标', LEVEL1.cost],
    ['效益', LEVEL1.benefit],
    ['效益指标', LEVEL1.benefit],
    ['效果指标', LEVEL1.benefit],
    ['效果', LEVEL1.benefit],
    ['满意度', LEVEL1.satisfaction],
    ['满意度指标', LEVEL1.satisfaction],
    ['一、产出指标（50分）', LEVEL1.output],
    ['（三）满意度指标(10分)', LEVEL1.satisfaction],
    ['产 出\n指 标', LEVEL1.output],
    ['数量指标', null],
    ['服务对象满意度指标', null],
    ['投入指标', null],
    ['过程指标', null],
    ['决策指标', null],
    ['预算执行率', null],
    ['', null],
  ];
  it.each(cases)('%j → %s', (input, expected) => expect(canonicalLevel1(input)).toBe(expected));

  it.each([
    ['投入指标', '投入指标'],
    ['过程', '过程指标'],
    ['决策指标(20分)', '决策指标'],
  ])('%s is accepted with acceptEvaluationLevel1', (input, expected) => {
    expect(canonicalLevel1(input, { acceptEvaluationLevel1: true })).toBe(expected);
  });
});

describe('canonicalLevel2', () => {
  const cases: Array<[string, string | null, string | null]> = [
    ['数量', LEVEL1.output, LEVEL2.quantity],
    ['数量指标', LEVEL1.output, LEVEL2.quantity],
    ['质量', LEVEL1.output, LEVEL2.quality],
    ['时效', LEVEL1.output, LEVEL2.timeliness],
    ['进度指标', LEVEL1.output, LEVEL2.timeliness],
    ['进度', LEVEL1.output, LEVEL2.timeliness],
    ['成本', LEVEL1.output, LEVEL2.cost],
    ['成本指标', LEVEL1.cost, LEVEL2.cost],
    ['经济成本', LEVEL1.cost, LEVEL2.economicCost],
    ['社会成本', LEVEL1.cost, LEVEL2.socialCost],
    ['生态环境成本', LEVEL1.cost, LEVEL2.ecologicalCost],
    ['经济效益', LEVEL1.benefit, LEVEL2.economicBenefit],
    ['社会效益', LEVEL1.benefit, LEVEL2.socialBenefit],
    ['生态效益', LEVEL1.benefit, LEVEL2.ecologicalBenefit],
    ['环境效益指标', LEVEL1.benefit, LEVEL2.ecologicalBenefit],
    ['环境效益', LEVEL1.benefit, LEVEL2.ecologicalBenefit],
    ['可持续影响', LEVEL1.benefit, LEVEL2.sustainability],
    ['可持续影响指标', LEVEL1.benefit, LEVEL2.sustainability],
    ['社会公众或服务对象满意度指标', LEVEL1.satisfaction, LEVEL2.serviceSatisfaction],
    ['服务对象满意度', LEVEL1.satisfaction, LEVEL2.serviceSatisfaction],
    ['服务对象满意度指标', LEVEL1.satisfaction, LEVEL2.serviceSatisfaction],
    ['满意度指标', LEVEL1.satisfaction, LEVEL2.serviceSatisfaction],
    ['满意度', LEVEL1.satisfaction, LEVEL2.serviceSatisfaction],
    ['满意度', null, LEVEL2.serviceSatisfaction],
    ['(一)数量指标（20分）', LEVEL1.output, LEVEL2.quantity],
    ['社会效益指标', LEVEL1.output, LEVEL2.socialBenefit], // known; validity is checked elsewhere
    ['效益指标', LEVEL1.benefit, null],
    ['产出数量', LEVEL1.output, null],
    ['数量指表', LEVEL1.output, null],
    ['', LEVEL1.output, null],
    ['项目立项', EVALUATION_LEVEL1.decision, '项目立项'],
  ];
  it.each(cases)('%j under %s → %s', (input, l1, expected) => expect(canonicalLevel2(input, l1)).toBe(expected));

  it('maps every 二级 variant of the synonym table', () => {
    for (const s of SYNONYMS.filter((x) => x.level === 2)) expect(canonicalLevel2(s.variant, null)).toBe(s.canonical);
  });
  it('maps every 一级 variant of the synonym table', () => {
    for (const s of SYNONYMS.filter((x) => x.level === 1)) expect(canonicalLevel1(s.variant)).toBe(s.canonical);
  });
});

describe('isNonIndicatorLabel', () => {
  it.each(['预算执行率', '预算执行情况', '绩效指标', '绩效指标(90分)', '预算执行情况（10分）', ' 预算\n执行率 '])(
    '%j is a label',
    (s) => expect(isNonIndicatorLabel(s)).toBe(true),
  );
  it.each(['产出指标', '预算执行率达标', '绩效', ''])('%j is not a label', (s) =>
    expect(isNonIndicatorLabel(s)).toBe(false),
  );
});

describe('levenshtein', () => {
  it.each([
    ['', '', 0],
    ['数量指表', '数量指标', 1],
    ['产出', '产出指标', 2],
    ['kitten', 'sitting', 3],
    ['abc', '', 3],
  ])('%s ↔ %s = %d', (a, b, d) => expect(levenshtein(a as string, b as string)).toBe(d));
});

describe('suggestMisspelling', () => {
  const positives: Array<[string, 1 | 2, string | null, string]> = [
    ['数量指表', 2, LEVEL1.output, LEVEL2.quantity],
    ['数量指表', 2, null, LEVEL2.quantity],
    ['质量指表', 2, LEVEL1.output, LEVEL2.quality],
    ['时效指示', 2, LEVEL1.output, LEVEL2.timeliness],
    ['社会效益指表', 2, LEVEL1.benefit, LEVEL2.socialBenefit],
    ['可持续影向指标', 2, LEVEL1.benefit, LEVEL2.sustainability],
    ['服务对像满意度指标', 2, LEVEL1.satisfaction, LEVEL2.serviceSatisfaction],
    // Under 效益指标 only 生态效益 candidates are within reach; across all 二级 it would be ambiguous.
    ['生态环境效益指标', 2, LEVEL1.benefit, LEVEL2.ecologicalBenefit],
    ['（一）数量指表（20分）', 2, LEVEL1.output, LEVEL2.quantity],
    ['产出指表', 1, null, LEVEL1.output],
    ['产出指票', 1, null, LEVEL1.output],
    ['效益指票', 1, null, LEVEL1.benefit],
    ['效益指表', 1, null, LEVEL1.benefit],
    ['满意度指表', 1, null, LEVEL1.satisfaction],
    ['满意指标', 1, null, LEVEL1.satisfaction],
    ['一、产出指表（50分）', 1, null, LEVEL1.output],
    ['产出指', 1, null, LEVEL1.output],
  ];
  it.each(positives)('%j (level %d under %s) → %s', (name, level, l1, expected) =>
    expect(suggestMisspelling(name, level, l1)).toBe(expected),
  );

  const negatives: Array<[string, 1 | 2, string | null, string]> = [
    ['产出指标', 1, null, 'already canonical'],
    ['数量', 2, LEVEL1.output, 'a known variant'],
    ['投入指标', 1, null, 'evaluation 一级: distance 2 from 产出指标'],
    ['过程指标', 1, null, 'evaluation 一级'],
    ['决策指标', 1, null, 'evaluation 一级'],
    ['数量指标', 1, null, 'a 二级 in the 一级 column'],
    ['产量指标', 2, LEVEL1.output, 'equidistant from 数量指标 and 质量指标'],
    ['量指标', 2, LEVEL1.output, 'equidistant from 数量指标 and 质量指标'],
    ['生态环境效益指标', 2, null, 'ambiguous without a 一级'],
    ['产出效益指标', 1, null, 'equidistant from 产出指标 and 效益指标'],
    ['产出数量', 2, LEVEL1.output, 'evaluation-framework 二级, too far'],
    ['项目立项', 2, LEVEL1.output, 'evaluation-framework 二级'],
    ['预算执行率', 1, null, 'a label'],
    ['绩效指标', 2, null, 'a label'],
    ['效', 1, null, 'single character'],
    ['其他指标', 1, null, 'too far'],
    ['合计', 2, null, 'unrelated'],
    ['', 2, null, 'blank'],
  ];
  it.each(negatives)('%j (level %d under %s) is not suggested: %s', (name, level, l1) =>
    expect(suggestMisspelling(name, level, l1)).toBeNull(),
  );

  it('suggests evaluation 一级 only with the option', () => {
    expect(suggestMisspelling('投入指表', 1, null)).toBeNull();
    expect(suggestMisspelling('投入指表', 1, null, { acceptEvaluationLevel1: true })).toBe('投入指标');
  });
});

describe('normalizeLevelName: how published forms write scores, notes and 等 (issue #9)', () => {
  it.each([
    ['产出指标(50)', '产出指标', 50, '(50)'],
    ['效益指标30分)', '效益指标', 30, '30分)'],
    ['成本指标(0-20)分', '成本指标', null, '(0-20)分'],
    ['(50分)', '', 50, '(50分)'],
    ['数量指标(必填硬性指标)', '数量指标', null, '(必填硬性指标)'],
    ['经济效益指标(选填)', '经济效益指标', null, '(选填)'],
    ['服务对象满意度指标等', '服务对象满意度指标', null, '等'],
    ['数量指标1', '数量指标1', null, ''],
    ['可持续影响指标', '可持续影响指标', null, ''],
  ])('%s → %s, weight %s', (input, name, weight, suffix) => {
    expect(normalizeLevelName(input)).toMatchObject({ name, headingWeight: weight, suffix });
  });

  it.each([
    ['成本指标(0-20)分', 1, '成本指标'],
    ['产出指标(50)', 1, '产出指标'],
    ['质量指标(必填)', 2, '质量指标'],
    ['服务对象满意度指标等', 2, '服务对象满意度指标'],
  ])('%s is the known %s级 name %s, not a misspelling', (input, level, canonical) => {
    expect(level === 1 ? canonicalLevel1(input) : canonicalLevel2(input, null)).toBe(canonical);
    expect(suggestMisspelling(input, level as 1 | 2)).toBeNull();
  });
});
