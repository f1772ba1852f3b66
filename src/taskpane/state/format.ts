/**
 * Number and label formatting for the pane (locale by the host's language).
 */
import type { Grade, Lang, Severity, Verdict } from '../../core/types';
import type { Layout } from '../../core/model';
import type { PaneCode } from '../i18n';

const locale = (lang: Lang) => (lang === 'zh' ? 'zh-CN' : 'en-US');

/** An amount in yuan with thousands separators and two decimals: 1,280,000.00 */
export function formatYuan(yuan: number, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(yuan);
}

/** A completion ratio (1 = 100%) as a percentage with at most one decimal. */
export function formatRatio(ratio: number, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang), { style: 'percent', maximumFractionDigits: 1 }).format(ratio);
}

/** A score or weight: as computed (already rounded by the engine), without trailing zeros. */
export function formatNumber(n: number, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 4, useGrouping: false }).format(n);
}

export const LAYOUT_CODE: Record<Layout, PaneCode> = {
  declaration: 'ui.layout.declaration',
  'declaration-split': 'ui.layout.declaration-split',
  'self-evaluation': 'ui.layout.self-evaluation',
  'self-evaluation-split': 'ui.layout.self-evaluation-split',
};

export const GRADE_CODE: Record<Grade, PaneCode> = {
  优: 'pane.grade.excellent',
  良: 'pane.grade.good',
  中: 'pane.grade.fair',
  差: 'pane.grade.poor',
};

export const VERDICT_CODE: Record<Verdict, PaneCode> = {
  ok: 'pane.verdict.ok',
  warning: 'pane.verdict.warning',
  error: 'pane.verdict.error',
};

export const SEVERITY_GROUP_CODE: Record<Severity, PaneCode> = {
  error: 'pane.issues.group.error',
  warning: 'pane.issues.group.warning',
  info: 'pane.issues.group.info',
};
