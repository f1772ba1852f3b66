/** The 三级 cell as the hierarchy reads it (domain.md §1 "Placeholder rows", "Line breaks"). */
import { LEVEL3_LABEL } from '../glossary/name-notation';
import { compact, stripSpaces } from '../text';

/** Maximum length of a 三级 name (budget systems reject longer ones). */
export const MAX_LEVEL3_LENGTH = 100;

/** "……" in any ellipsis notation (after NFKC … becomes ...). */
const ELLIPSIS = /^[.…]+$/;

/** The 三级 as reported: whitespace removed, a leading "指标1" label stripped. */
export function cleanLevel3(raw: string): string {
  return stripSpaces(raw).replace(LEVEL3_LABEL, '');
}

/** Is the (cleaned) 三级 empty, a bare label or "……"? */
export function isPlaceholderLevel3(level3: string): boolean {
  const c = compact(level3);
  return c === '' || ELLIPSIS.test(c);
}
