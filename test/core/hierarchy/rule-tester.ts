/**
 * The hierarchy family of the shared rule tester (test/helpers/rule-tester.ts): a case is a small table
 * of rows [一级, 二级, 三级, value?] in one of the three layouts, run through resolveHierarchy; the findings
 * are every row's, each with its row (rows are numbered from 14, under a header on row 13) and the cell of the
 * row the engine places it on (hierarchyCell).
 */
import { resolveHierarchy, type HierarchyRowInput } from '../../../src/core/hierarchy/resolve';
import { HIERARCHY_RULES } from '../../../src/core/hierarchy/rules';
import type { ExampleCell, RuleExample } from '../../../src/core/rule-docs';
import { hierarchyCell } from '../../../src/core/form/cells';
import { type ExpectedFinding, type ReportedFinding, ROW_CELLS, ruleTesterFor } from '../../helpers/rule-tester';

/** [一级, 二级, 三级, value?]; value absent: the row has a value when its 三级 is written. */
export type Spec = [string, string, string, (boolean | string)?];

export interface HierarchyCase {
  rows: Spec[];
  /** written (default): cells as given; merged: blanks continue the merge above; repeated: every cell holds its text. */
  layout?: 'written' | 'merged' | 'repeated';
  opts?: { acceptEvaluationLevel1?: boolean };
}

export interface HierarchyInvalidCase extends HierarchyCase, ExpectedFinding {
  /** The row of the finding the case states (default: the first finding of the rule). */
  row?: number;
}

export function written(specs: Spec[], start = 14): HierarchyRowInput[] {
  return specs.map(([l1, l2, l3, v], i) => ({
    row: start + i,
    level1: l1,
    level2: l2,
    level3: l3,
    hasValue: v === undefined ? l3 !== '' : v === true || (typeof v === 'string' && v !== ''),
  }));
}

export function merged(specs: Spec[], start = 14): HierarchyRowInput[] {
  let l1 = '';
  let l2 = '';
  return written(specs, start).map((r) => {
    const out = { ...r };
    if (r.level1) {
      l1 = r.level1;
      l2 = '';
    } else if (l1) {
      out.level1 = l1;
      out.level1Merged = true;
    }
    if (r.level2) l2 = r.level2;
    else if (l2) {
      out.level2 = l2;
      out.level2Merged = true;
    }
    return out;
  });
}

export function repeated(specs: Spec[], start = 14): HierarchyRowInput[] {
  return merged(specs, start).map(({ level1Merged: _a, level2Merged: _b, ...r }) => r);
}

const LAYOUTS = { written, merged, repeated };

export function findingsFor(c: HierarchyCase): ReportedFinding[] {
  return resolveHierarchy(LAYOUTS[c.layout ?? 'written'](c.rows), c.opts).flatMap((r) =>
    r.findings.map((f) => ({ ...f, row: r.row, cell: hierarchyCell(f, ROW_CELLS) })),
  );
}

function label(c: HierarchyCase): string {
  const rows = c.rows.map(([a, b, d, v]) => [a, b, d].join('|') + (v === undefined ? '' : `|${String(v)}`)).join(' / ');
  const opts = c.opts?.acceptEvaluationLevel1 ? ' (evaluation 一级 accepted)' : '';
  return `${c.layout ?? 'written'}: ${rows}${opts}`;
}

/**
 * The case for the rule's documentation: each row's 一级, 二级, 三级 cells (and the 指标值 when the case
 * gives one); in the merged layout a blank below a name is a merged cell, shown as continuing it.
 */
function example(c: HierarchyCase): RuleExample {
  const layout = c.layout ?? 'written';
  const cells = LAYOUTS[layout](c.rows);
  return {
    rows: c.rows.map(([l1, l2, l3, v], i) => {
      const r = cells[i];
      const row: ExampleCell[] = [
        { label: null, text: layout === 'repeated' ? r.level1 : l1, ...(r.level1Merged ? { merged: true } : {}) },
        { label: null, text: layout === 'repeated' ? r.level2 : l2, ...(r.level2Merged ? { merged: true } : {}) },
        { label: null, text: l3 },
      ];
      if (typeof v === 'string') row.push({ label: null, text: v });
      return row;
    }),
  };
}

const ROW_RULE_INDEX = new Map(HIERARCHY_RULES.map((r, i) => [r.code, i] as const));

/** An earlier first-match row rule that found something on a row (it stops the later ones there). */
function stoppedBefore(code: string, findings: ReportedFinding[]): string | null {
  const rule = HIERARCHY_RULES.find((r) => r.code === code);
  if (rule?.phase !== 'row') return null;
  const at = ROW_RULE_INDEX.get(code) ?? -1;
  for (const f of findings) {
    const i = ROW_RULE_INDEX.get(f.code);
    if (i !== undefined && i < at && HIERARCHY_RULES[i].phase === 'row') return f.code;
  }
  return null;
}

export const ruleTester: (code: string, cases: { valid: HierarchyCase[]; invalid: HierarchyInvalidCase[] }) => void =
  ruleTesterFor<HierarchyInvalidCase>({
    rules: HIERARCHY_RULES,
    findingsFor,
    label,
    stoppedBefore,
    pick: (c, withCode) => (c.row === undefined ? withCode[0] : withCode.find((f) => f.row === c.row)),
    example,
  });

export const fixL1 = (text: string) => ({ text, safety: 'confirm' as const, cell: 'level1' as const });
export const fixL2 = (text: string) => ({ text, safety: 'confirm' as const, cell: 'level2' as const });
