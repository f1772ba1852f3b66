/**
 * §3.2 Row classification from the 三级 name and the canonical 一级/二级:
 * rate indicators, reverse-type names, the unit in a trailing bracket, cost rows.
 */
import { compact } from '../text';
import { LEVEL1, LEVEL2 } from '../glossary/framework';
import {
  COST_LEVEL2,
  DISSATISFACTION_WORD,
  NAME_BRACKET_NOT_UNIT,
  NOT_RATE_WORDS,
  RATE_NAME_ENDINGS,
  RATE_NAME_WORDS,
  REVERSE_NAME_WORDS,
  SATISFACTION_NAME_ENDING,
} from '../glossary/target-vocabulary';

/** Trailing bracket groups, after NFKC: (…) and the bracket kinds NFKC leaves alone. */
const TRAILING_BRACKET = /(?:\([^()]*\)|【[^【】]*】|\[[^[\]]*\]|〔[^〔〕]*〕)$/;

/** Removes every trailing bracket group: "热线平均接答率（含…）" → "热线平均接答率". */
function stripTrailingBrackets(name: string): string {
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
  if (level2Canonical === LEVEL2.serviceSatisfaction) return true;
  const core = stripTrailingBrackets(name);
  return RATE_NAME_ENDINGS.some((w) => core.endsWith(w)) || RATE_NAME_WORDS.some((w) => core.includes(w));
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
  if (NAME_BRACKET_NOT_UNIT.some((w) => inner.startsWith(w))) return null;
  if (/[≥≤<>=,、;:]/.test(inner)) return null;
  return inner;
}

/** A cost row: 二级 成本指标 / 经济成本指标 / 社会成本指标 / 生态环境成本指标, or 一级 成本指标. */
export function isCostRow(level1Canonical: string | null, level2Canonical: string | null): boolean {
  if (level2Canonical !== null && COST_LEVEL2.includes(level2Canonical)) return true;
  return level1Canonical === LEVEL1.cost;
}

/** A satisfaction row: 二级 服务对象满意度指标, or a 三级 name ending in 满意度 (not 不满意度). */
export function isSatisfactionRow(level3: string, level2Canonical: string | null): boolean {
  if (level2Canonical === LEVEL2.serviceSatisfaction) return true;
  const core = stripTrailingBrackets(level3 ?? '');
  return core.endsWith(SATISFACTION_NAME_ENDING) && !core.includes(DISSATISFACTION_WORD);
}
