/**
 * completion.level1-weight-mismatch — the 分值 filled in under a 一级 do not add up to the N of its heading
 * "产出指标(N分)" (§5 "Weights"): one finding per such 一级. Only when some 分值 is filled in.
 */
import { WEIGHT_TOLERANCE } from '../limits';
import { formatNumber, roundDecimal } from '../round';
import type { Finding } from '../../types';
import type { CompletionRule } from './types';

export const level1WeightMismatch: CompletionRule<'weights'> = {
  meta: {
    code: 'completion.level1-weight-mismatch',
    severity: 'warning',
    description: 'The weights under a level-1 heading do not add up to the points it states',
    fixable: null,
    docs: 'docs/rules/completion.level1-weight-mismatch.md',
  },
  code: 'completion.level1-weight-mismatch',
  severity: 'warning',
  phase: 'weights',
  check({ rows }) {
    const findings: Finding[] = [];
    if (!rows.some((r) => r.filled !== null)) return findings;
    const seen = new Set<string>();
    for (const r of rows) {
      if (r.level1 === null || r.level1HeadingWeight === null || seen.has(r.level1)) continue;
      seen.add(r.level1);
      const level1 = r.level1;
      const total = roundDecimal(
        rows.filter((x) => x.level1 === level1).reduce((s, x) => s + (x.filled ?? 0), 0),
        6,
      );
      if (Math.abs(total - r.level1HeadingWeight) > WEIGHT_TOLERANCE) {
        findings.push({
          code: this.code,
          severity: this.severity,
          params: { level1, sum: formatNumber(total), expected: formatNumber(r.level1HeadingWeight) },
        });
      }
    }
    return findings;
  },
};
