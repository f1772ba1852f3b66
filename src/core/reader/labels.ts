/**
 * Matching cell text against the glossary's labels.
 */
import { OCR_H_FOR_RI } from '../glossary/form-labels';
import type { SheetGrid } from '../grid';
import { boundedMemo } from '../memo';
import { nfkc, stripSpaces } from '../text';

/** Bracket suffix such as （万元）, (A), （B/A）, (50分) — removed before matching a header label. */
const BRACKET_SUFFIX = /[(（【[][^()（）【】[\]]*[)）】\]]$/;
const TRAILING_COLON = /[:：]+$/;
const LEADING_MARKS = /^[*＊※]+/;
/**
 * Scanned forms published as text carry OCR residue inside labels: a stray mark between two characters
 * (一*级项目名称) and 日 read as the letter H (OCR_H_FOR_RI). Only label keys are repaired, never values.
 */
const OCR_STRAY_MARK = /([\u4e00-\u9fff])[*＊](?=[\u4e00-\u9fff])/g;
/** "label：value" in one cell: a 2–12 character label before the first colon. */
// [\s\S] rather than the `s` flag: the pane must parse in Edge Legacy (ES2017 regular expressions)
const INLINE_LABEL = /^([^:：]{2,12})[:：]\s*([\s\S]+)$/;

/** The text of a label cell reduced to what we compare: compact, no trailing colon, no bracket suffixes. */
export function labelKey(text: string): string {
  return keyOfCompact(stripSpaces(nfkc(text)));
}

function keyOfCompact(compacted: string): string {
  let key = compacted.replace(LEADING_MARKS, '').replace(TRAILING_COLON, '');
  if (key.indexOf('*') >= 0 || key.indexOf('＊') >= 0) key = key.replace(OCR_STRAY_MARK, '$1');
  if (key.indexOf(OCR_H_FOR_RI.misread) >= 0) key = key.replace(OCR_H_FOR_RI.pattern, OCR_H_FOR_RI.repair);
  // Several suffixes may follow one another: "年度指标值（A）" or "项目资金（万元）（元）".
  for (let i = 0; i < 3 && BRACKET_SUFFIX.test(key); i++) key = key.replace(BRACKET_SUFFIX, '');
  return key.replace(TRAILING_COLON, '');
}

/** A "label：value" pair flattened into one cell ("项目名称：社区法律顾问服务"): the label's key and the value. */
function inlinePair(normalized: string): { key: string; value: string } | null {
  const m = INLINE_LABEL.exec(normalized.trim());
  return m ? { key: labelKey(m[1]), value: m[2].trim() } : null;
}

/** Everything the reader compares about one cell text, worked out once. */
export interface LabelText {
  /** compact(text): NFKC, no whitespace. */
  compact: string;
  /** labelKey(text). */
  key: string;
  /** A "label：value" cell: labelKey of the part before the colon, and the value after it (maybe ''). */
  inline: { key: string; value: string } | null;
}

/**
 * The reader looks at every cell's text as a possible label many times over (title, header fields,
 * table headers, 续表/总分 rows, funds block), and forms repeat the same labels sheet after sheet: each
 * distinct text is reduced once. The reduction depends on the text alone; the memo is bounded, so a
 * workbook of many distinct texts cannot grow it without end. (`grid`, the sheet being read, no longer scopes
 * the memo.)
 */
const labels = boundedMemo<LabelText>(20_000, (text) => {
  const normalized = nfkc(text);
  const compacted = stripSpaces(normalized);
  return { compact: compacted, key: keyOfCompact(compacted), inline: inlinePair(normalized) };
});

export function labelText(_grid: SheetGrid, text: string): LabelText {
  return labels(text);
}
