/**
 * completion.score-out-of-band — a typed 得分 of a row scored by tiers (qualitative, date) outside the band
 * of its tier: 达成 [0.8w, w], 部分达成 [0.6w, 0.8w), 未达成 [0, 0.6w) (§5). Not raised when the score is
 * above the weight (completion.score-over-weight says so).
 */
import { TIER_NAMES } from '../../glossary/completion-vocabulary';
import { TIER_BAND, tolerance } from '../limits';
import { formatNumber } from '../round';
import { isOverWeight } from './score-over-weight';
import type { CompletionRule } from './types';

export const scoreOutOfBand: CompletionRule<'score'> = {
  meta: {
    code: 'completion.score-out-of-band',
    severity: 'warning',
    description: 'A typed score outside the band of the qualitative tier of its row',
    fixable: null,
    docs: 'docs/rules/completion.score-out-of-band.md',
  },
  code: 'completion.score-out-of-band',
  severity: 'warning',
  phase: 'score',
  check({ userScore, weight, tier }) {
    if (tier === null || isOverWeight(userScore, weight)) return [];
    const [lo, hi] = TIER_BAND[tier];
    const low = weight * lo;
    const high = weight * hi;
    const tol = tolerance(weight) + 1e-9;
    const inside =
      tier === 'met'
        ? userScore >= low - tol && userScore <= high + tol
        : userScore >= low - tol && userScore < high - tol;
    if (inside) return [];
    return [
      {
        code: this.code,
        severity: this.severity,
        params: {
          score: formatNumber(userScore),
          tier: TIER_NAMES[tier],
          low: formatNumber(low),
          high: formatNumber(high),
        },
      },
    ];
  },
};
