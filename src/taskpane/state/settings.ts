/**
 * The pane's settings (saved with the workbook through the host): defaults, and a tolerant reader
 * that turns whatever was stored (possibly by an older version, or damaged) into valid settings.
 */
import type { WorkbookSettings } from '../../host/types';
import { DEFAULT_SCORING_OPTIONS, type Rounding, type ReverseScoring, type ScoringOptions } from '../../core/types';

export const DEFAULT_SETTINGS: WorkbookSettings = {
  scoring: DEFAULT_SCORING_OPTIONS,
  writeStatusColumn: false,
};

export const REVERSE_CHOICES: readonly ReverseScoring[] = ['ratio', 'linear'];
export const ROUNDING_CHOICES: readonly Rounding[] = ['two-decimals', 'integer', 'none'];
export const TIER_KEYS = ['met', 'partial', 'notMet'] as const;
export type TierKey = (typeof TIER_KEYS)[number];

function isTier(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1;
}

/** Stored settings merged over the defaults; any invalid field falls back to its default. */
export function normalizeSettings(stored: Partial<WorkbookSettings> | null | undefined): WorkbookSettings {
  const s = (stored ?? {}) as Partial<WorkbookSettings>;
  const sc = (s.scoring ?? {}) as Partial<ScoringOptions>;
  const d = DEFAULT_SCORING_OPTIONS;
  const tiers = (sc.qualitativeTiers ?? {}) as Partial<ScoringOptions['qualitativeTiers']>;
  const scoring: ScoringOptions = {
    ...d,
    ...sc,
    reverseScoring: REVERSE_CHOICES.includes(sc.reverseScoring as ReverseScoring)
      ? (sc.reverseScoring as ReverseScoring)
      : d.reverseScoring,
    rounding: ROUNDING_CHOICES.includes(sc.rounding as Rounding) ? (sc.rounding as Rounding) : d.rounding,
    qualitativeTiers: {
      met: isTier(tiers.met) ? tiers.met : d.qualitativeTiers.met,
      partial: isTier(tiers.partial) ? tiers.partial : d.qualitativeTiers.partial,
      notMet: isTier(tiers.notMet) ? tiers.notMet : d.qualitativeTiers.notMet,
    },
    defaultWeights: { ...d.defaultWeights, ...(sc.defaultWeights ?? {}) },
    grades: { ...d.grades, ...(sc.grades ?? {}) },
  };
  return { scoring, writeStatusColumn: s.writeStatusColumn === true };
}

/** A tier score typed in the settings form: a number from 0 to 1, or null when it is not one. */
export function parseTier(text: string): number | null {
  const t = text.trim().replace(/,/g, '.');
  if (!/^\d*(\.\d+)?$/.test(t) || t === '' || t === '.') return null;
  const n = Number(t);
  return isTier(n) ? n : null;
}
