/**
 * Text helpers shared by every part of the core.
 */

const INVISIBLE = /[\s\u200B-\u200D\uFEFF]+/g;
const HAS_INVISIBLE = /[\s\u200B-\u200D\uFEFF]/;
/**
 * Text made only of these characters is unchanged by NFKC: ASCII, the CJK unified ideographs and
 * CJK punctuation without a compatibility mapping (none of them decomposes, combines or composes).
 * Most cell texts are such, and the test is cheaper than the normaliser.
 */
// eslint-disable-next-line no-control-regex -- the ASCII range \x00-\x7F, control characters included, is NFKC-stable
const NFKC_STABLE = /^[\x00-\x7F\u4E00-\u9FFF≥≤、。“”‘’《》—【】〔〕]*$/;

/** `text.normalize('NFKC')`, skipping the normaliser when the text cannot change. */
export function nfkc(text: string): string {
  return NFKC_STABLE.test(text) ? text : text.normalize('NFKC');
}

/** NFKC (full-width → ASCII: ＞＝％９（）～) and every whitespace / zero-width character removed. */
export function compact(text: string): string {
  return stripSpaces(nfkc(text));
}

/** Whitespace and zero-width characters removed, without NFKC (keeps the user's own characters for display). */
export function stripSpaces(text: string): string {
  return HAS_INVISIBLE.test(text) ? text.replace(INVISIBLE, '') : text;
}

/** Removes literal HTML paragraph/break tags that some systems export into goal texts. */
export function stripParagraphTags(text: string): string {
  return text
    .replace(/<\/?p\s*\/?>/gi, '\n')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

// The code points of \p{Script=Han} (Unicode 17), spelled out: Unicode property escapes are ES2018
// and Edge Legacy, the webview of Office 2019, cannot parse them. test/core/regex-level.test.ts checks
// the ranges against \p{Script=Han} in Node. (The lint's misleading-class rule takes two adjacent
// ranges for a combined character; the class holds code-point ranges only.)
export const HAN =
  // eslint-disable-next-line no-misleading-character-class
  /[\u2E80-\u2E99\u2E9B-\u2EF3\u2F00-\u2FD5\u3005\u3007\u3021-\u3029\u3038-\u303B\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFA6D\uFA70-\uFAD9\u{16FE2}-\u{16FE3}\u{16FF0}-\u{16FF6}\u{20000}-\u{2A6DF}\u{2A700}-\u{2B81D}\u{2B820}-\u{2CEAD}\u{2CEB0}-\u{2EBE0}\u{2EBF0}-\u{2EE5D}\u{2F800}-\u{2FA1D}\u{30000}-\u{3134A}\u{31350}-\u{33479}]/u;

/** Is the character a CJK ideograph? */
export function isCjk(ch: string): boolean {
  return HAN.test(ch);
}

export function countCjk(text: string): number {
  let n = 0;
  for (const ch of text) if (isCjk(ch)) n++;
  return n;
}
