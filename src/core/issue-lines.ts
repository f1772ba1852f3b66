/**
 * Issues as a person reads them in a list (the task pane, the command line's text report): issues that say the same
 * thing about the same cell are one line. The model keeps one issue per row — the fixtures' contract (`hierarchyErrors`
 * has each row) — so a misspelt 一级 merged over five rows is five issues, all on the one cell it is written in.
 */
import type { Issue } from './types';

/** What a line needs of an issue (the model's Issue and the report's ReportIssue both have it). */
export type LineIssue = Pick<Issue, 'sheet' | 'cell' | 'code' | 'severity' | 'message' | 'suggestion' | 'row'>;

/** One line of the issue list: an issue, and the rows of the identical issues it stands for. */
export interface IssueLine<T extends LineIssue = LineIssue> {
  issue: T;
  /** Rows of every issue on this line, in order (one entry for most lines). */
  rows: number[];
}

/**
 * Issues that say the same thing about the same cell (a misspelt 一级 merged over five rows is an error on each of
 * the five rows, all placed on the one cell it is written in) as one line, with the rows they cover.
 */
export function issueLines<T extends LineIssue>(issues: readonly T[]): IssueLine<T>[] {
  const lines: IssueLine<T>[] = [];
  const byKey = new Map<string, IssueLine<T>>();
  for (const issue of issues) {
    const key =
      issue.cell === null
        ? null
        : [issue.sheet, issue.cell, issue.code, issue.severity, issue.message, issue.suggestion ?? ''].join('\u0000');
    const same = key === null ? undefined : byKey.get(key);
    if (same) {
      if (issue.row !== null) same.rows.push(issue.row);
      continue;
    }
    const line = { issue, rows: issue.row === null ? [] : [issue.row] };
    lines.push(line);
    if (key !== null) byKey.set(key, line);
  }
  return lines;
}

/** "3–5" for three or more consecutive rows, else the rows joined by `separator` ("3、7、9"; the rows of an IssueLine). */
export function rowSpan(rows: number[], separator: string): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const consecutive = sorted.every((r, i) => i === 0 || r === sorted[i - 1] + 1);
  return consecutive && sorted.length > 2 ? `${sorted[0]}–${sorted[sorted.length - 1]}` : sorted.join(separator);
}
