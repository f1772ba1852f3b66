/**
 * "Is this cell empty?" — the one answer every host gives before a write that must not replace what a
 * person typed (WorkbookHost.writeCells with onlyIfEmpty, value ops of a sheet patch).
 */

/**
 * Whether a cell holds nothing a person put there, so that a write "only into empty cells" may fill
 * it: no formula, and no value other than blank text. A formula counts as content whatever it shows;
 * so do numbers (0 included), booleans, dates and errors.
 */
export function isEmptyContent(value: unknown, formula?: string | null): boolean {
  if (formula) return false;
  if (value === null || value === undefined) return true;
  return typeof value === 'string' && value.trim() === '';
}
