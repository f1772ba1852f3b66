/**
 * Derived views of the model for the pane: issues by severity, the 一级 → 二级 → 三级 tree,
 * the completion table. Pure functions, no React.
 */
import type { FormModel, IndicatorModel } from '../../core/model';
import type { Issue, Severity } from '../../core/types';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export function groupBySeverity(issues: Issue[]): Record<Severity, Issue[]> {
  const out: Record<Severity, Issue[]> = { error: [], warning: [], info: [] };
  for (const i of issues) out[i.severity].push(i);
  return out;
}

/** A stable key for an issue in lists. */
export function issueKey(issue: Issue, index: number): string {
  return `${issue.sheet}!${issue.cell ?? ''}#${issue.code}#${index}`;
}

export interface HierarchyLeaf {
  indicator: IndicatorModel;
  /** The row's hierarchy findings (with their suggested names). */
  hierarchyIssues: Issue[];
}

export interface HierarchyLevel2 {
  name: string;
  leaves: HierarchyLeaf[];
}

export interface HierarchyLevel1 {
  name: string;
  level2: HierarchyLevel2[];
}

export interface HierarchyView {
  tree: HierarchyLevel1[];
  /** Hierarchy findings on rows that are not indicators (e.g. a 二级 with no 三级 under it). */
  other: Issue[];
}

const isHierarchy = (i: Issue) => i.code.startsWith('hierarchy.');

/** Indicators grouped by their 一级 then 二级, in sheet order. */
export function hierarchyView(form: FormModel): HierarchyView {
  const tree: HierarchyLevel1[] = [];
  for (const indicator of form.indicators) {
    let l1 = tree[tree.length - 1];
    if (!l1 || l1.name !== indicator.level1) {
      l1 = { name: indicator.level1, level2: [] };
      tree.push(l1);
    }
    let l2 = l1.level2[l1.level2.length - 1];
    if (!l2 || l2.name !== indicator.level2) {
      l2 = { name: indicator.level2, leaves: [] };
      l1.level2.push(l2);
    }
    l2.leaves.push({ indicator, hierarchyIssues: indicator.issues.filter(isHierarchy) });
  }
  const indicatorRows = new Set(form.indicators.map((i) => i.row));
  const other = form.issues.filter((i) => isHierarchy(i) && (i.row === null || !indicatorRows.has(i.row)));
  return { tree, other };
}

export function isSelfEvaluation(form: FormModel): boolean {
  return form.layout === 'self-evaluation' || form.layout === 'self-evaluation-split';
}
