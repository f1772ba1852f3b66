/**
 * Naming a new sheet without clashing — the one rule every host follows (Excel, the preview's
 * workbook, the CLI's copies): the name itself when free, else "name (2)", "name (3)", …, compared
 * without regard to case as Excel compares sheet names, and cut so that it stays within Excel's 31
 * characters.
 */

/** Excel's limit on the length of a sheet name. */
const MAX_SHEET_NAME = 31;

/** A sheet name not among `taken`: "name", "name (2)", … ≤ 31 characters. */
export function uniqueSheetName(base: string, taken: Iterable<string>): string {
  const lower = new Set([...taken].map((n) => n.toLowerCase()));
  const first = base.slice(0, MAX_SHEET_NAME);
  if (!lower.has(first.toLowerCase())) return first;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

/** A sheet name quoted for a reference: 'name' with inner quotes doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
