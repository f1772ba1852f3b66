/**
 * Glossary: the words that decide a text 实际完成值 (domain.md §4 "Status", "Reading the actual").
 *
 * Lists are data only; src/core/completion/status.ts applies them in the order partial → not_met → met → invalid.
 * Longer entries come before their prefixes where a list is matched by prefix.
 */

/** Actual values that count as a blank cell (after NFKC and whitespace removal). */
export const ACTUAL_BLANK_MARKS: readonly string[] = ['—', '/', '-', '*', '——', '--', '**', '–', '－', '\\'];

/** An actual that makes the row not applicable (no status, no score). */
export const ACTUAL_NOT_APPLICABLE = '不适用';

// ---- rule 1: partial ----

/** 部分/基本 + one of ACHIEVE_VERBS (e.g. 部分达成, 基本完成). */
export const PARTIAL_QUALIFIERS: readonly string[] = ['部分', '基本'];
export const ACHIEVE_VERBS: readonly string[] = ['达成', '达到', '完成', '实现'];
/** 有所/初步 + the target word (e.g. 有所提升 for 提升, 初步完善 for 完善). */
export const PARTIAL_PROGRESS: readonly string[] = ['有所', '初步'];
/** Between PARTIAL_PROGRESS/PARTIAL_QUALIFIERS and the target word: 有所得到提升, 基本得以完善. */
export const PARTIAL_LINK_VERBS: readonly string[] = ['得到', '得以'];

// ---- rule 2: not_met ----

/** The text starts with one of these (尚未 before 未 only for readability; both match). */
export const NOT_MET_PREFIXES: readonly string[] = ['尚未', '未', '没有', '无法'];
/** The whole text is one of these. ✗/✘/× are the opposite of √ (an extension of the spec's 否). */
export const NOT_MET_EXACT: readonly string[] = ['否', '✗', '✘', '×'];
/** 不 followed by the target word or one of these (不及时, 不合格, 不符合要求). */
export const NEGATED_WORDS: readonly string[] = ['达标', '合格', '合规', '符合', '及时', '到位', '规范'];
/** 不, the negation NEGATED_WORDS and the target word follow. */
export const NEGATION_WORD = '不';

// ---- rule 3: met ----

/** The text is, or starts with, one of these (达成年度指标, 达到预期目标). ✓/✔ are variants of √. */
export const MET_PREFIXES: readonly string[] = [
  '已完成',
  '达成',
  '达到',
  '完成',
  '实现',
  '是',
  '符合',
  '合格',
  '√',
  '✓',
  '✔',
];
/** The target word after one of these is met (已完善 for 完善). Longest first. */
export const MET_ADVERBS: readonly string[] = [
  '已经',
  '均已',
  '全部',
  '全面',
  '显著',
  '明显',
  '大幅',
  '稳步',
  '持续',
  '有效',
  '已',
  '均',
];

// ---- dates and timeliness ----

/** Against a date target (or a 及时-type target word): met. Matched as a prefix (按期完成). */
export const TIMELY_MET: readonly string[] = ['按期', '按时', '及时', '准时', '已完成'];
/** Against a date target (or a 及时-type target word): not_met. Matched as a prefix (延期完成). */
export const TIMELY_NOT_MET: readonly string[] = ['未按期', '未按时', '延期', '逾期'];
/** Target words that mean "on time"; any of them answers any other. */
export const TIMELINESS_WORDS: readonly string[] = ['及时', '按时', '按期', '准时'];

// ---- target words ----

/**
 * Core words of the §3.5 qualitative vocabulary. When a longer qualitative target contains one
 * ("服务质量稳步提升"), that word also counts as the target word. Longest first.
 */
export const QUALITATIVE_CORE_WORDS: readonly string[] = [
  '可持续',
  '及时',
  '按时',
  '按期',
  '准时',
  '提升',
  '提高',
  '改善',
  '加大',
  '加强',
  '完善',
  '健全',
  '合规',
  '规范',
  '达标',
  '合格',
  '优良',
  '良好',
  '长效',
  '保障',
  '稳定',
  '持续',
  '有效',
  '显著',
  '明显',
];

/** Degree adverbs stripped from a qualitative target to get its core word (逐步提高 → 提高). Longest first. */
export const TARGET_ADVERBS: readonly string[] = [
  '进一步',
  '逐步',
  '不断',
  '稳步',
  '显著',
  '明显',
  '持续',
  '有效',
  '大幅',
];

/** Leading words stripped from a text actual before reading a number in it (完成186个 → 186个). */
export const ACTUAL_LEADING_WORDS: readonly string[] = [
  '已完成',
  '完成',
  '达到',
  '实现',
  '共计',
  '合计',
  '累计',
  '共',
  '全年',
  '实际',
];

/**
 * Graded qualitative targets (domain.md §4 rule 4): 优良中低差, 优/良/中/差, 好/较好/一般/差, 高/中/低.
 * A scale written without separators is read character by character from these grade characters.
 */
export const GRADE_CHARACTERS = '优良中低差高好';
/** Separators between the grades of a scale. */
export const GRADE_SEPARATORS = /[/、,，|｜\\]/;
/** The longest grade of a separated scale (较好, 一般, 不合格). */
export const MAX_GRADE_LENGTH = 3;
/** A suffix an actual grade may carry and the scale does not (优等, 优级, 良好等级), dropped before matching. */
export const GRADE_ACTUAL_SUFFIX = /(等级|等|级)$/u;

/**
 * A month alone as an actual ("10月", "10月份") against a date target (11月底前): group 1 the month,
 * read as that month's last day of the form's year (monthEndText).
 */
export const ACTUAL_MONTH = /^(\d{1,2})月份?$/;

/** The date text a month actual is read as: "2025年10月底", or "10月底" without the form's year. */
export function monthEndText(year: number | null, month: string): string {
  return `${year ?? ''}${year === null ? '' : '年'}${month}月底`;
}

/** The completion tiers as the 自评表 names them (a parameter of completion.score-out-of-band). */
export const TIER_NAMES = { met: '达成', partial: '部分达成', not_met: '未达成' } as const;

/** The grades of the total score (domain.md §5), best first: the grade bands of ScoringOptions.grades. */
export const SCORE_GRADES = { excellent: '优', good: '良', fair: '中', poor: '差' } as const;
