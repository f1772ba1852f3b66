/**
 * The numeric limits the completion wiring and the completion rules share (domain.md §4, §5): the
 * comparison tolerance, the weight tolerance, and the score bands of the qualitative tiers.
 */

/** Relative tolerance of a comparison: 1e-9 · max(1, |x|…) (0.1 + 0.2 equals 0.3). */
export function tolerance(...xs: number[]): number {
  return 1e-9 * Math.max(1, ...xs.map(Math.abs));
}

/** How far weights (分值) may be off and still count as equal. */
export const WEIGHT_TOLERANCE = 0.005;

export type Tier = 'met' | 'partial' | 'not_met';

/** Score bands of the qualitative tiers, as fractions of w: [low, high]. high is exclusive below 达成. */
export const TIER_BAND: Record<Tier, [number, number]> = {
  met: [0.8, 1],
  partial: [0.6, 0.8],
  not_met: [0, 0.6],
};
