/**
 * completion.deviation-reason-missing — a row not met or partly met whose 偏差原因 / 未完成原因分析 is blank
 * (§4 "Status").
 */
import { compact } from '../../text';
import type { CompletionRule } from './types';

export const deviationReasonMissing: CompletionRule<'status'> = {
  meta: {
    code: 'completion.deviation-reason-missing',
    severity: 'warning',
    description: 'An indicator not met or partly met without a reason for the deviation',
    fixable: null,
    docs: 'docs/rules/completion.deviation-reason-missing.md',
  },
  code: 'completion.deviation-reason-missing',
  severity: 'warning',
  phase: 'status',
  check({ status, row }) {
    if (status !== 'not_met' && status !== 'partial') return [];
    return compact(row.reason) === '' ? [{ code: this.code, severity: this.severity }] : [];
  },
};
