/**
 * Matching cell text against the glossary's labels.
 */
import { compact } from '../text';

/** Bracket suffix such as （万元）, (A), （B/A）, (50分) — removed before matching a header label. */
const BRACKET_SUFFIX = /[(（【\[][^()（）【】\[\]]*[)）】\]]$/;
const TRAILING_COLON = /[:：]+$/;
const LEADING_MARKS = /^[*＊※]+/;

/** The text of a label cell reduced to what we compare: compact, no trailing colon, no bracket suffixes. */
export function labelKey(text: string): string {
  let key = compact(text).replace(LEADING_MARKS, '').replace(TRAILING_COLON, '');
  // Several suffixes may follow one another: "年度指标值（A）" or "项目资金（万元）（元）".
  for (let i = 0; i < 3 && BRACKET_SUFFIX.test(key); i++) key = key.replace(BRACKET_SUFFIX, '');
  return key.replace(TRAILING_COLON, '');
}

/** Does the cell text name one of the labels (exactly, after labelKey)? */
export function isLabel(text: string, labels: readonly string[]): boolean {
  if (!text) return false;
  const key = labelKey(text);
  return labels.includes(key);
}

/**
 * A "label：value" pair flattened into one cell ("项目名称：社区法律顾问服务").
 * Returns the value part when the cell starts with one of the labels followed by a colon.
 */
export function inlineLabelValue(text: string, labels: readonly string[]): string | null {
  const normalized = text.normalize('NFKC').trim();
  const m = /^([^:：]{2,12})[:：]\s*(.+)$/s.exec(normalized);
  if (!m) return null;
  if (!labels.includes(labelKey(m[1]))) return null;
  return m[2].trim();
}
