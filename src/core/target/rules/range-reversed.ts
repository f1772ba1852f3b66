/** target.range-reversed — the lower bound is greater than the upper bound: 95%-90% (§3.4). Fix (safe): swap. */
import { findSeparator, parseUnitSpec } from '../grammar';
import type { Fix } from '../../types';
import { NO_FINDINGS } from '../../types';
import type { TargetRule } from './types';

const NUM = /^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(.*)$/;

/**
 * "95%-90%" → "90%-95%"; "95-90%" → "90-95%"; "2万-1万人" → "1万-2万人": the numbers swap and a unit stays
 * where it was written, unless the two sides have different multipliers (then the sides swap whole).
 */
function swapRange(text: string, year: number | null): string | null {
  const sep = findSeparator(text, { year });
  if (!sep || sep.kind !== 'range') return null;
  const a = NUM.exec(sep.left);
  const b = NUM.exec(sep.right);
  if (!a || !b) return null;
  const aSpec = parseUnitSpec(a[2]);
  const bSpec = parseUnitSpec(b[2]);
  if (!aSpec || !bSpec) return null;
  if (a[2] === '' || b[2] === '' || aSpec.multiplier === bSpec.multiplier)
    return `${b[1]}${a[2]}${sep.sep}${a[1]}${b[2]}`;
  return `${sep.right}${sep.sep}${sep.left}`;
}

export const rangeReversed: TargetRule = {
  meta: {
    code: 'target.range-reversed',
    severity: 'warning',
    description: 'A range whose lower bound is greater than its upper bound; the fix swaps them',
    fixable: 'safe',
    docs: 'docs/rules/target.range-reversed.md',
  },
  code: 'target.range-reversed',
  severity: 'warning',
  phase: 'post',
  check(ctx, state) {
    if (state.target.kind !== 'range' || !state.rawRange || !(state.rawRange.low > state.rawRange.high))
      return NO_FINDINGS;
    const swapped = swapRange(state.valueCore, ctx.year);
    let fix: Fix | undefined;
    if (swapped !== null) {
      const text =
        state.split && state.valueCore !== state.valueClean
          ? swapped + state.valueClean.slice(state.valueCore.length)
          : swapped;
      fix = { text, safety: 'safe', cell: 'value' };
    }
    return [fix ? { code: this.code, severity: this.severity, fix } : { code: this.code, severity: this.severity }];
  },
};
