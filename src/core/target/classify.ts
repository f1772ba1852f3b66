/**
 * §3.2 Row classification from the 三级 name and the canonical 一级/二级:
 * rate indicators, reverse-type names, the unit in a trailing bracket, cost rows.
 */
import { compact } from '../text';
import { COST_LEVEL2, NOT_RATE_WORDS, REVERSE_NAME_WORDS } from '../glossary/target-vocabulary';

/** Trailing bracket groups, after NFKC: (…) and the bracket kinds NFKC leaves alone. */
const TRAILING_BRACKET = /(?:\([^()]*\)|【[^【】]*】|\[[^[\]]*\]|〔[^〔〕]*〕)$/;

/** Removes every trailing bracket group: "热线平均接答率（含…）" → "热线平均接答率". */
export function stripTrailingBrackets(name: string): string {
  let t = compact(name);
  for (let i = 0; i < 8; i++) {
    const next = t.replace(TRAILING_BRACKET, '');
    if (next === t) break;
    t = next;
  }
  return t;
}

export function isRateIndicator(level3: string, level2Canonical: string | null): boolean {
  const name = compact(level3 ?? '');
  if (NOT_RATE_WORDS.some((w) => name.includes(w))) return false;
  if (level2Canonical === '服务对象满意度指标') return true;
  const core = stripTrailingBrackets(name);
  return core.endsWith('率') || core.endsWith('满意度') || core.includes('比例') || core.includes('占比');
}

export function isReverseName(level3: string): boolean {
  const name = compact(level3 ?? '');
  return REVERSE_NAME_WORDS.some((w) => name.includes(w));
}

/**
 * The unit in a trailing bracket of the 三级 name: "培训人数（人）" → "人", "（万元）" → "万元".
 * 1–4 chars, no digit, not beginning with 含, 注 or 计算.
 */
export function unitFromName(level3: string): string | null {
  const name = compact(level3 ?? '');
  const m = /\(([^()]*)\)$/.exec(name) ?? /【([^【】]*)】$/.exec(name) ?? /\[([^[\]]*)\]$/.exec(name);
  if (!m) return null;
  const inner = m[1];
  const len = [...inner].length;
  if (len < 1 || len > 4) return null;
  if (/\d/.test(inner)) return null;
  if (/^(含|注|计算)/.test(inner)) return null;
  if (/[≥≤<>=,、;:]/.test(inner)) return null;
  return inner;
}

/** A cost row: 二级 成本指标 / 经济成本指标 / 社会成本指标 / 生态环境成本指标, or 一级 成本指标. */
export function isCostRow(level1Canonical: string | null, level2Canonical: string | null): boolean {
  if (level2Canonical !== null && COST_LEVEL2.includes(level2Canonical)) return true;
  return level1Canonical === '成本指标';
}

/** A satisfaction row: 二级 服务对象满意度指标, or a 三级 name ending in 满意度 (not 不满意度). */
export function isSatisfactionRow(level3: string, level2Canonical: string | null): boolean {
  if (level2Canonical === '服务对象满意度指标') return true;
  const core = stripTrailingBrackets(level3 ?? '');
  return core.endsWith('满意度') && !core.includes('不满意');
}
