/** Findings placed on the sheet as the model's issues (message in the display language), in sheet order. */
import { hasMessage, messageOf } from '../messages';
import type { FormCounts, IndicatorModel } from '../model';
import type { CheckOptions, Finding, Issue, Severity } from '../types';

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function placeIssue(
  f: Finding,
  sheet: string,
  cell: string | null,
  row: number | null,
  opts: Pick<CheckOptions, 'lang'>,
): Issue {
  const fix = f.fix ?? null;
  return {
    code: f.code,
    severity: f.severity,
    sheet,
    cell,
    row,
    // a finding may name a more specific wording of its message in params.hint
    message: messageOf(
      typeof f.params?.hint === 'string' && hasMessage(f.params.hint) ? f.params.hint : f.code,
      opts.lang,
      f.params ?? {},
    ),
    suggestion: fix ? fix.text : null,
    fix,
    ...(f.params ? { params: f.params } : {}),
  };
}

/** Sheet order: by row, then errors before warnings before notes, then by code (stable otherwise). */
export function compareIssues(a: Issue, b: Issue): number {
  return (
    (a.row ?? 0) - (b.row ?? 0) || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.code.localeCompare(b.code)
  );
}

/** The row of an A1 address (null for none). */
export function rowNumber(a1: string | null): number | null {
  const m = a1 ? /(\d+)$/.exec(a1) : null;
  return m ? Number(m[1]) : null;
}

export function countForm(indicators: IndicatorModel[], issues: Issue[]): FormCounts {
  const completion: FormCounts['completion'] = { met: 0, not_met: 0, partial: 0, pending: 0, invalid: 0, na: 0 };
  for (const i of indicators) if (i.completion?.status) completion[i.completion.status]++;
  return {
    indicators: indicators.length,
    errors: issues.filter((i) => i.severity === 'error').length,
    warnings: issues.filter((i) => i.severity === 'warning').length,
    infos: issues.filter((i) => i.severity === 'info').length,
    completion,
  };
}

/**
 * Appends `items` to `target` one by one: `target.push(...items)` passes every item as an argument,
 * and an array of 130,000 rows overflows the call stack ("Maximum call stack size exceeded").
 */
export function append<T>(target: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) target.push(items[i]);
}
