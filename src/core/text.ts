/**
 * Text helpers shared by every part of the core.
 */

const INVISIBLE = /[\s\u200B-\u200D\uFEFF]+/g;

/** NFKC (full-width → ASCII: ＞＝％９（）～) and every whitespace / zero-width character removed. */
export function compact(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '');
}

/** Whitespace and zero-width characters removed, without NFKC (keeps the user's own characters for display). */
export function stripSpaces(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** Collapses runs of whitespace to one space and trims: for showing long cell text on one line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
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
export function isCjk(ch: string): boolean {
  return /\p{Script=Han}/u.test(ch);
}

export function countCjk(text: string): number {
  let n = 0;
  for (const ch of text) if (isCjk(ch)) n++;
  return n;
}
