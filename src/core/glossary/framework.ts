/**
 * Glossary: the indicator frameworks (domain.md §2) as data.
 *
 * Two frameworks are valid, and real forms mix them:
 *   - 财预〔2015〕88号: 产出 (数量/质量/时效/成本), 效益 (经济/社会/生态效益, 可持续影响), 满意度 (服务对象满意度).
 *   - 财预〔2021〕101号: 产出 (数量/质量/时效), 成本 (经济/社会/生态环境成本), 效益 (same), 满意度 (same).
 * Accepted mixed pairs: 经济/社会/生态环境成本指标 under 产出指标; 成本指标 under 成本指标.
 *
 * Other modules import the English identifiers below instead of writing the Chinese names again.
 */

/** Canonical 一级 names. */
export const LEVEL1 = {
  output: '产出指标',
  cost: '成本指标',
  benefit: '效益指标',
  satisfaction: '满意度指标',
} as const;

/** Canonical 二级 names. */
export const LEVEL2 = {
  quantity: '数量指标',
  quality: '质量指标',
  timeliness: '时效指标',
  cost: '成本指标',
  economicCost: '经济成本指标',
  socialCost: '社会成本指标',
  ecologicalCost: '生态环境成本指标',
  economicBenefit: '经济效益指标',
  socialBenefit: '社会效益指标',
  ecologicalBenefit: '生态效益指标',
  sustainability: '可持续影响指标',
  serviceSatisfaction: '服务对象满意度指标',
} as const;

/**
 * 一级 names of the evaluation frameworks (绩效评价 共性指标). Unknown by default;
 * accepted with the option `acceptEvaluationLevel1`, and then any 二级 is accepted under them.
 */
export const EVALUATION_LEVEL1 = {
  input: '投入指标',
  process: '过程指标',
  decision: '决策指标',
} as const;

export type Level1Key = keyof typeof LEVEL1;
export type Level1Name = (typeof LEVEL1)[Level1Key];
export type Level2Key = keyof typeof LEVEL2;
export type Level2Name = (typeof LEVEL2)[Level2Key];
export type EvaluationLevel1Name = (typeof EVALUATION_LEVEL1)[keyof typeof EVALUATION_LEVEL1];

export const LEVEL1_NAMES: readonly Level1Name[] = Object.values(LEVEL1);
export const LEVEL2_NAMES: readonly Level2Name[] = Object.values(LEVEL2);
const EVALUATION_LEVEL1_NAMES: readonly EvaluationLevel1Name[] = Object.values(EVALUATION_LEVEL1);

/** 财预〔2015〕88号: 二级 under each 一级 (the 88号 framework has no 成本 一级). */
export const FRAMEWORK_2015: Readonly<Record<Level1Name, readonly Level2Name[]>> = {
  [LEVEL1.output]: [LEVEL2.quantity, LEVEL2.quality, LEVEL2.timeliness, LEVEL2.cost],
  [LEVEL1.cost]: [],
  [LEVEL1.benefit]: [LEVEL2.economicBenefit, LEVEL2.socialBenefit, LEVEL2.ecologicalBenefit, LEVEL2.sustainability],
  [LEVEL1.satisfaction]: [LEVEL2.serviceSatisfaction],
};

/** 财预〔2021〕101号 (可持续影响 kept: it is unclear whether 101号 dropped it, so it is accepted). */
export const FRAMEWORK_2021: Readonly<Record<Level1Name, readonly Level2Name[]>> = {
  [LEVEL1.output]: [LEVEL2.quantity, LEVEL2.quality, LEVEL2.timeliness],
  [LEVEL1.cost]: [LEVEL2.economicCost, LEVEL2.socialCost, LEVEL2.ecologicalCost],
  [LEVEL1.benefit]: [LEVEL2.economicBenefit, LEVEL2.socialBenefit, LEVEL2.ecologicalBenefit, LEVEL2.sustainability],
  [LEVEL1.satisfaction]: [LEVEL2.serviceSatisfaction],
};

/** Pairs seen on real post-2021 forms that mix the two frameworks. */
const MIXED_PAIRS: ReadonlyArray<readonly [Level1Name, Level2Name]> = [
  [LEVEL1.output, LEVEL2.economicCost],
  [LEVEL1.output, LEVEL2.socialCost],
  [LEVEL1.output, LEVEL2.ecologicalCost],
  [LEVEL1.cost, LEVEL2.cost],
];

function buildValid(): Readonly<Record<Level1Name, readonly Level2Name[]>> {
  const out = {} as Record<Level1Name, Level2Name[]>;
  for (const l1 of LEVEL1_NAMES) {
    const set = new Set<Level2Name>([...FRAMEWORK_2015[l1], ...FRAMEWORK_2021[l1]]);
    for (const [a, b] of MIXED_PAIRS) if (a === l1) set.add(b);
    out[l1] = LEVEL2_NAMES.filter((n) => set.has(n));
  }
  return out;
}

/** 二级 valid under each 一级: the union of both frameworks plus the mixed pairs. */
export const VALID_LEVEL2: Readonly<Record<Level1Name, readonly Level2Name[]>> = buildValid();

/**
 * The 一级 a 二级 belongs to in its own framework. Used to infer a missing 一级 and as the fix of
 * hierarchy.missing-level1. 成本指标 (二级) is an 88号 name, so its home is 产出指标;
 * 经济/社会/生态环境成本指标 are 101号 names, so their home is 成本指标.
 */
export const LEVEL2_HOME: Readonly<Record<Level2Name, Level1Name>> = {
  [LEVEL2.quantity]: LEVEL1.output,
  [LEVEL2.quality]: LEVEL1.output,
  [LEVEL2.timeliness]: LEVEL1.output,
  [LEVEL2.cost]: LEVEL1.output,
  [LEVEL2.economicCost]: LEVEL1.cost,
  [LEVEL2.socialCost]: LEVEL1.cost,
  [LEVEL2.ecologicalCost]: LEVEL1.cost,
  [LEVEL2.economicBenefit]: LEVEL1.benefit,
  [LEVEL2.socialBenefit]: LEVEL1.benefit,
  [LEVEL2.ecologicalBenefit]: LEVEL1.benefit,
  [LEVEL2.sustainability]: LEVEL1.benefit,
  [LEVEL2.serviceSatisfaction]: LEVEL1.satisfaction,
};

export interface Synonym {
  /** The variant as written, after name normalisation steps 1–3 (NFKC, no whitespace, no enumerator/score). */
  variant: string;
  canonical: string;
  /** The column the variant is recognised in. */
  level: 1 | 2;
}

function plusZhibiao(level: 1 | 2, names: readonly string[]): Synonym[] {
  return names.map((n) => ({ variant: n.replace(/指标$/, ''), canonical: n, level }));
}

/**
 * The synonym table of §2, including the "variant + 指标" rows spelled out (产出 → 产出指标 …), so that
 * misspelling suggestions can consider every variant as well as every canonical name.
 */
export const SYNONYMS: readonly Synonym[] = [
  ...plusZhibiao(1, LEVEL1_NAMES),
  ...plusZhibiao(
    2,
    LEVEL2_NAMES.filter((n) => n !== LEVEL2.serviceSatisfaction),
  ),
  { variant: '效果指标', canonical: LEVEL1.benefit, level: 1 },
  { variant: '效果', canonical: LEVEL1.benefit, level: 1 },
  { variant: '进度指标', canonical: LEVEL2.timeliness, level: 2 },
  { variant: '进度', canonical: LEVEL2.timeliness, level: 2 },
  { variant: '环境效益指标', canonical: LEVEL2.ecologicalBenefit, level: 2 },
  { variant: '环境效益', canonical: LEVEL2.ecologicalBenefit, level: 2 },
  { variant: '社会公众或服务对象满意度指标', canonical: LEVEL2.serviceSatisfaction, level: 2 },
  { variant: '服务对象满意度', canonical: LEVEL2.serviceSatisfaction, level: 2 },
  // 满意度指标 / 满意度 used as a 二级.
  { variant: '满意度指标', canonical: LEVEL2.serviceSatisfaction, level: 2 },
  { variant: '满意度', canonical: LEVEL2.serviceSatisfaction, level: 2 },
];

/** Evaluation-framework 一级 variants (投入 → 投入指标 …); recognised only with acceptEvaluationLevel1. */
export const EVALUATION_SYNONYMS: readonly Synonym[] = plusZhibiao(1, EVALUATION_LEVEL1_NAMES);

/**
 * Pairs of the 88号-era local templates and the 2013 common-indicator framework: 社会公众或服务对象满意度指标
 * under 效益指标. Valid; an info says it is the old template.
 */
const LEGACY_PAIRS: ReadonlyArray<readonly [Level1Name, Level2Name]> = [[LEVEL1.benefit, LEVEL2.serviceSatisfaction]];

export function isLegacyPair(level1: string, level2: string): boolean {
  return LEGACY_PAIRS.some(([a, b]) => a === level1 && b === level2);
}

/** Labels of the budget block or of the table itself: not indicators, skipped silently. */
export const NON_INDICATOR_LABELS = ['预算执行率', '预算执行情况', '绩效指标'] as const;

export function isLevel1Name(name: string): name is Level1Name {
  return (LEVEL1_NAMES as readonly string[]).includes(name);
}

export function isLevel2Name(name: string): name is Level2Name {
  return (LEVEL2_NAMES as readonly string[]).includes(name);
}

export function isEvaluationLevel1Name(name: string): name is EvaluationLevel1Name {
  return (EVALUATION_LEVEL1_NAMES as readonly string[]).includes(name);
}

/** Can this (canonical) 二级 sit under this (canonical) 一级 in either framework or an accepted mix? */
export function isValidPair(level1: string, level2: string): boolean {
  if (!isLevel1Name(level1)) return false;
  return (VALID_LEVEL2[level1] as readonly string[]).includes(level2);
}
