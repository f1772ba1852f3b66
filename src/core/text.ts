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

/** Is the character a CJK ideograph? */
const HAN = /\p{Script=Han}/u;

function isCjk(ch: string): boolean {
  return HAN.test(ch);
}

export function countCjk(text: string): number {
  let n = 0;
  for (const ch of text) if (isCjk(ch)) n++;
  return n;
}
