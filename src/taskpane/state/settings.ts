/**
 * The pane's settings (saved with the workbook through the host): defaults and the settings form's tier parsing.
 * The tolerant reader of what was stored (core/settings-store.ts normalizeSettings) is shared with the command line.
 */
import type { WorkbookSettings } from '../../host/types';
import { isPercent, isTier } from '../../core/settings-store';
import { DEFAULT_SCORING_OPTIONS } from '../../core/types';

export const DEFAULT_SETTINGS: WorkbookSettings = {
  scoring: DEFAULT_SCORING_OPTIONS,
  writeStatusColumn: false,
};

export const TIER_KEYS = ['met', 'partial', 'notMet'] as const;
export type TierKey = (typeof TIER_KEYS)[number];

/** A tier score typed in the settings form: a number from 0 to 1, or null when it is not one. */
export function parseTier(text: string): number | null {
  const t = text.trim().replace(/,/g, '.');
  if (!/^\d*(\.\d+)?$/.test(t) || t === '' || t === '.') return null;
  const n = Number(t);
  return isTier(n) ? n : null;
}

/** A percentage typed in the settings form (the 满意度 floor): a number from 0 to 100, or null when it is not one. */
export function parsePercent(text: string): number | null {
  const t = text.trim().replace(/[%％]$/, '');
  if (!/^\d+(\.\d+)?$/.test(t)) return null;
  const n = Number(t);
  return isPercent(n) ? n : null;
}
