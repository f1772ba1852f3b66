/**
 * Word lists used by the target checker (domain §3). Pure data; every list is written after NFKC,
 * i.e. in the form the normalised target text has.
 */
import type { Op } from '../types';

/** Excel error codes (§3.1). */
export const EXCEL_ERRORS: readonly string[] = [
  '#N/A',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
  '#FIELD!',
  '#BLOCKED!',
  '#UNKNOWN!',
  '#CONNECT!',
  '#BUSY!',
];

/** The whole value is a placeholder (§3.3 target.placeholder), after NFKC (… → ...). Compared upper-cased. */
export const PLACEHOLDERS: readonly string[] = [
  '待定',
  '待补充',
  '待填',
  '暂无',
  '暂定',
  '无',
  '略',
  '同上',
  '见附件',
  '详见附件',
  '见附表',
  '另附',
  '/',
  '\\',
  '-',
  '--',
  '—',
  '——',
  '...',
  '......',
  '*',
  '**',
  'X',
  'XX',
  '××',
  '?',
  'N/A',
  'NA',
  'TBD',
];

/** Trailing punctuation and (含) dropped from the end of a value (§3.1 step 3). */
export const TRAILING_PUNCTUATION = /(?:。|；|;|，|,|\(含\))+$/;

/** 百分比 written for % (§3.1 step 5). */
export const PERCENT_WORD = '百分比';

/** Vague wording (§3.3 target.vague): before a number (约1200人次, 大概三千), longest first. */
export const VAGUE_BEFORE_NUMBER: readonly string[] = ['大约', '大概', '约'];
/** Vague before Arabic digits only (近3年): 近一流 / 接近一流水平 are not amounts. */
export const VAGUE_BEFORE_DIGITS: readonly string[] = ['近'];
/** Vague after an amount, its unit possibly between (1200人次左右, 20个上下). */
export const VAGUE_AFTER_AMOUNT: readonly string[] = ['左右', '上下'];
/** Vague right after a round number (十余家, 300多人). */
export const VAGUE_AFTER_NUMBER: readonly string[] = ['余', '多'];
/** A whole value that is no amount at all. */
export const VAGUE_WHOLE: readonly string[] = ['若干', '一些', '适量', '大量', '很多', '较多'];
/** Numerals that may start the amount after a vague word before it (约一千, 大概3万: Arabic digits too). */
export const VAGUE_NUMBER_START = '零〇一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾';
/** Numerals that may end the amount before 左右/上下 (二十人左右: Arabic digits too). */
export const VAGUE_AMOUNT_END = '零〇一二两三四五六七八九十百千万';
/** Numerals that may come right before 余/多 (十余家, 三百多人: Arabic digits too). */
export const VAGUE_ROUND_NUMBER_END = '十百千万';

/** Word operators written before the number (§3.4), longest first. */
export const WORD_OPERATORS_BEFORE: ReadonlyArray<readonly [string, Op]> = [
  ['大于或等于', '>='],
  ['小于或等于', '<='],
  ['大于等于', '>='],
  ['小于等于', '<='],
  ['不低于', '>='],
  ['不少于', '>='],
  ['不高于', '<='],
  ['不超过', '<='],
  ['不多于', '<='],
  ['至少', '>='],
  ['至多', '<='],
  ['达到', '>='],
  ['大于', '>'],
  ['高于', '>'],
  ['超过', '>'],
  ['多于', '>'],
  ['小于', '<'],
  ['低于', '<'],
  ['少于', '<'],
  ['不足', '<'],
  ['不满', '<'],
  // 指标方向 written in words beside 正向/反向 (大于等于 | 小于等于 | 等于)
  ['等于', '='],
];

/** Word operators written after the number (§3.4), longest first. 及以下 is the mirror of 及以上. */
export const WORD_OPERATORS_AFTER: ReadonlyArray<readonly [string, Op]> = [
  ['及以上', '>='],
  ['及以下', '<='],
  ['以上', '>='],
  ['以下', '<='],
  ['以内', '<='],
  ['内', '<='],
];

/** Words that make a 三级 name a reverse-type (smaller is better) indicator (§3.2). */
export const REVERSE_NAME_WORDS: readonly string[] = [
  '投诉率',
  '投诉量',
  '差错率',
  '错误率',
  '出错率',
  '事故',
  '上访率',
  '二次上访',
  '结余率',
  '超支',
  '损失',
  '不合格率',
  '返工率',
  '故障率',
  '发生率',
  '逾期',
  '延误',
  '违规',
  '流失率',
  '误报',
  '漏报',
];

/** Names containing these are never rate indicators (§3.2). */
export const NOT_RATE_WORDS: readonly string[] = ['增长', '增幅', '增速', '同比', '环比'];

/** Units that may follow a run of Chinese numerals for it to count as a number (§3.3). Longest first. */
export const CHINESE_NUMERAL_UNITS: readonly string[] = [
  '个工作日',
  '工作日',
  '人次',
  '个月',
  '小时',
  '分钟',
  '万元',
  '亿元',
  '个',
  '人',
  '次',
  '场',
  '期',
  '本',
  '件',
  '项',
  '户',
  '家',
  '所',
  '台',
  '套',
  '辆',
  '名',
  '天',
  '日',
  '周',
  '月',
  '年',
  '元',
];

/** The base unit of money: 万元 and 亿元 are read as 元 with a multiplier (§3.2). */
export const MONEY_UNIT = '元';

/** The range separator a fix writes (target.dash-separator): 80%至90%. */
export const RANGE_SEPARATOR = '至';

/** Units starting with 千 that are units, not the 千 multiplier (§3.2). Longest first. */
export const QIAN_UNITS: readonly string[] = ['千瓦时', '千米', '千克', '千瓦', '千伏', '千帕'];

/**
 * Words that never belong to a unit: text after a number that holds one of them is a sentence or a
 * header ("2021年实际实现值"), not a unit, so the value is not a quantity (and no "≥…" fix is offered).
 */
export const NOT_UNIT_WORDS: readonly string[] = [
  '实际',
  '实现值',
  '完成值',
  '目标值',
  '指标值',
  '预期',
  '计划',
  '全年',
];

/** Compliance wording that is a legitimate qualitative target under 成本 (§3.4 exception). */
export const COST_COMPLIANCE_PATTERNS: readonly RegExp[] = [
  /合规/,
  /^符合/,
  /不超.*预算/,
  /控制在.*(内|以内)/,
  /^严格执行/,
  /未超支/,
  /不超支/,
];

/** Qualitative words that are a valid 时效 target (§3.4 target.timeliness-format). */
export const TIMELINESS_WORDS: readonly string[] = ['及时', '按时', '按期'];

/** Units of time: a quantity in these is a duration (a valid 时效 target). */
export const DURATION_UNITS: readonly string[] = [
  '个工作日',
  '工作日',
  '个自然日',
  '自然日',
  '个月',
  '小时',
  '分钟',
  '秒',
  '天',
  '日',
  '周',
  '月',
  '年',
  '季度',
  '个季度',
  'h',
  'min',
];

/** Canonical 二级 names under which a qualitative target is suspicious (§3.4 target.qualitative-in-quantity). */
export const QUANTITY_LEVEL2: readonly string[] = ['数量指标', '服务对象满意度指标', '成本指标', '经济成本指标'];

/** Canonical 二级 names of cost indicators. */
export const COST_LEVEL2: readonly string[] = ['成本指标', '经济成本指标', '社会成本指标', '生态环境成本指标'];

/** Operator symbols as written after normalisation, and their ASCII form. */
export const OP_SYMBOLS: Readonly<Record<string, Op>> = {
  '≥': '>=',
  '≤': '<=',
  '>': '>',
  '<': '<',
  '=': '=',
};

export const OP_DISPLAY: Readonly<Record<Op, string>> = {
  '>=': '≥',
  '<=': '≤',
  '>': '>',
  '<': '<',
  '=': '=',
};

/** §3.2 A 三级 name (trailing brackets removed) ending in one of these is a rate indicator … */
export const RATE_NAME_ENDINGS: readonly string[] = ['率', '满意度'];
/** … or containing one of these. */
export const RATE_NAME_WORDS: readonly string[] = ['比例', '占比'];
/** A 三级 name ending in 满意度 is a satisfaction row, unless it speaks of 不满意. */
export const SATISFACTION_NAME_ENDING = '满意度';
export const DISSATISFACTION_WORD = '不满意';
/** A trailing bracket of a 三级 name beginning with one of these is an explanation, not a unit. */
export const NAME_BRACKET_NOT_UNIT: readonly string[] = ['含', '注', '计算'];

/** What the split layout's 指标性质 cell may hold besides an operator (§6). */
export const NATURE_WORDS = {
  notApplicable: '不适用',
  qualitative: '定性',
  qualitativeAlso: ['定性指标'],
  /** 指标性质 beside a 指标方向 column (issue #9): 定量 says nothing of the operator; 正向/反向 say ≥/≤. */
  quantitative: ['定量', '定量指标'],
  positive: ['正向', '正向指标'],
  reverse: ['反向', '反向指标'],
  /** 定量（其他）, after NFKC with or without its brackets. */
  otherQuantity: ['定量(其他)', '定量其他'],
} as const;
