/**
 * Where a workbook keeps its jixiao settings, the same for every host (Excel, the browser preview,
 * the command line): a very hidden sheet SETTINGS_SHEET whose cell SETTINGS_CELL holds JSON.
 * A workbook moved between hosts keeps its scoring options.
 */
import { message } from './messages';
import {
  DEFAULT_CHECK_OPTIONS,
  DEFAULT_SCORING_OPTIONS,
  type CheckOptions,
  type Lang,
  type Rounding,
  type ReverseScoring,
  type ScoringOptions,
} from './types';

export const SETTINGS_SHEET = '_jixiao_settings';
export const SETTINGS_CELL = 'A1';

export interface StoredSettings {
  scoring: ScoringOptions;
  /** Write a status column when filling completion. */
  writeStatusColumn: boolean;
  /**
   * Accept 投入指标/过程指标/决策指标 as 一级 (domain.md §2: evaluation frameworks, unknown by default, configurable):
   * for units whose local templates use them. Absent means no.
   */
  acceptEvaluationLevel1?: boolean;
  /** target.missing-unit as an error (some budget systems refuse a blank 计量单位; domain.md §3.4: configurable). */
  missingUnitError?: boolean;
  /** A 满意度 target below this percentage gives target.low-satisfaction (domain.md: 80, configurable). */
  lowSatisfactionPercent?: number;
}

/** The default of lowSatisfactionPercent. */
export const LOW_SATISFACTION_PERCENT = DEFAULT_CHECK_OPTIONS.lowSatisfactionPercent;

/** A percentage a person may set as the 满意度 floor: a number from 0 to 100. */
export function isPercent(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 100;
}

/** The check options a workbook's settings set: what every host passes to the engine with them. */
export function checkOptionsOf(
  settings: StoredSettings,
): Pick<CheckOptions, 'scoring' | 'acceptEvaluationLevel1' | 'missingUnitSeverity' | 'lowSatisfactionPercent'> {
  return {
    scoring: settings.scoring,
    acceptEvaluationLevel1: settings.acceptEvaluationLevel1 === true,
    missingUnitSeverity: settings.missingUnitError === true ? 'error' : DEFAULT_CHECK_OPTIONS.missingUnitSeverity,
    lowSatisfactionPercent: isPercent(settings.lowSatisfactionPercent)
      ? settings.lowSatisfactionPercent
      : LOW_SATISFACTION_PERCENT,
  };
}

/** The optional check settings as stored: only those that differ from the defaults are kept. */
function optionalChecks(s: Partial<StoredSettings>): Partial<StoredSettings> {
  return {
    ...(s.acceptEvaluationLevel1 === true ? { acceptEvaluationLevel1: true } : {}),
    ...(s.missingUnitError === true ? { missingUnitError: true } : {}),
    ...(isPercent(s.lowSatisfactionPercent) && s.lowSatisfactionPercent !== LOW_SATISFACTION_PERCENT
      ? { lowSatisfactionPercent: s.lowSatisfactionPercent }
      : {}),
  };
}

export function serializeSettings(settings: StoredSettings): string {
  return JSON.stringify(settings);
}

/**
 * The stored settings, or null when there are none or they cannot be read. Field-level validation
 * (and the fall back to defaults) is the caller's: the pane merges what it finds over the defaults.
 */
export function parseSettings(text: unknown): StoredSettings | null {
  if (typeof text !== 'string' || text.trim() === '') return null;
  try {
    const v = JSON.parse(text) as Partial<StoredSettings>;
    if (!v || typeof v !== 'object' || !v.scoring || typeof v.scoring !== 'object') return null;
    return { scoring: v.scoring, writeStatusColumn: v.writeStatusColumn === true, ...optionalChecks(v) };
  } catch {
    return null;
  }
}

export const REVERSE_CHOICES: readonly ReverseScoring[] = ['ratio', 'linear'];
export const ROUNDING_CHOICES: readonly Rounding[] = ['two-decimals', 'integer', 'none'];

/** A qualitative tier score: a number from 0 to 1. */
export function isTier(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1;
}

/** A stored value where it has the default's kind (a finite number, a boolean, the same word); else the default. */
function sameKind<T>(v: unknown, fallback: T): T {
  if (typeof fallback === 'number') return (typeof v === 'number' && Number.isFinite(v) ? v : fallback) as T;
  if (typeof fallback === 'boolean') return (typeof v === 'boolean' ? v : fallback) as T;
  return (v === fallback ? v : fallback) as T;
}

/** Each field of a stored object checked by sameKind against the default's (unknown fields dropped). */
function sameKinds<T extends object>(v: unknown, fallback: T): T {
  const stored = (v !== null && typeof v === 'object' ? v : {}) as Record<string, unknown>;
  const out = { ...fallback } as Record<string, unknown>;
  for (const [k, def] of Object.entries(fallback)) {
    // 成本指标's weight: a number, or shared with 产出 ('share-output')
    const value = stored[k];
    out[k] = typeof value === 'number' && Number.isFinite(value) ? value : sameKind(value, def);
  }
  return out as T;
}

/**
 * Stored settings merged over the defaults; any invalid field falls back to its default. What every host scores
 * with: the pane (its settings panel), the browser preview and the command line (a file's saved settings).
 */
export function normalizeSettings(stored: Partial<StoredSettings> | null | undefined): StoredSettings {
  const s = (stored ?? {}) as Partial<StoredSettings>;
  const sc = (s.scoring ?? {}) as Partial<ScoringOptions>;
  const d = DEFAULT_SCORING_OPTIONS;
  const tiers = (sc.qualitativeTiers ?? {}) as Partial<ScoringOptions['qualitativeTiers']>;
  // only the fields the engine knows, each of the default's type: a file's settings are untrusted input
  const scoring: ScoringOptions = {
    ...d,
    rescaleNotApplicable: sameKind(sc.rescaleNotApplicable, d.rescaleNotApplicable),
    farExceededRatio: sameKind(sc.farExceededRatio, d.farExceededRatio),
    lowExecutionRate: sameKind(sc.lowExecutionRate, d.lowExecutionRate),
    reverseScoring: REVERSE_CHOICES.includes(sc.reverseScoring as ReverseScoring)
      ? (sc.reverseScoring as ReverseScoring)
      : d.reverseScoring,
    rounding: ROUNDING_CHOICES.includes(sc.rounding as Rounding) ? (sc.rounding as Rounding) : d.rounding,
    qualitativeTiers: {
      met: isTier(tiers.met) ? tiers.met : d.qualitativeTiers.met,
      partial: isTier(tiers.partial) ? tiers.partial : d.qualitativeTiers.partial,
      notMet: isTier(tiers.notMet) ? tiers.notMet : d.qualitativeTiers.notMet,
    },
    defaultWeights: sameKinds(sc.defaultWeights, d.defaultWeights),
    grades: sameKinds(sc.grades, d.grades),
  };
  return { scoring, writeStatusColumn: s.writeStatusColumn === true, ...optionalChecks(s) };
}

/**
 * What a workbook's saved settings change in checking and scoring from the defaults, in words (得分取舍：取整数，…),
 * or null when nothing: the command line says so for each file it checks with saved settings (form.saved-settings).
 */
export function savedSettingsDifferences(settings: StoredSettings, lang: Lang): string | null {
  const scoring = settings.scoring;
  const d = DEFAULT_SCORING_OPTIONS;
  const parts: string[] = [];
  const pair = (label: string, value: string) => (lang === 'zh' ? `${label}：${value}` : `${label}: ${value}`);
  if (settings.acceptEvaluationLevel1 === true) parts.push(message('settings.evaluation-level1', lang));
  if (settings.missingUnitError === true) parts.push(message('settings.missing-unit-error', lang));
  const floor = checkOptionsOf(settings).lowSatisfactionPercent;
  if (floor !== LOW_SATISFACTION_PERCENT) parts.push(message('settings.low-satisfaction', lang, { percent: floor }));
  if (scoring.rounding !== d.rounding)
    parts.push(
      pair(message('pane.settings.rounding', lang), message(`pane.settings.rounding.${scoring.rounding}`, lang)),
    );
  if (scoring.reverseScoring !== d.reverseScoring)
    parts.push(
      pair(message('pane.settings.reverse', lang), message(`pane.settings.reverse.${scoring.reverseScoring}`, lang)),
    );
  const t = scoring.qualitativeTiers;
  if (JSON.stringify(t) !== JSON.stringify(d.qualitativeTiers))
    parts.push(pair(message('pane.settings.tiers', lang), `${t.met}/${t.partial}/${t.notMet}`));
  const named: (keyof ScoringOptions)[] = ['rounding', 'reverseScoring', 'qualitativeTiers'];
  const others = (Object.keys(d) as (keyof ScoringOptions)[]).filter((k) => !named.includes(k));
  if (others.some((k) => JSON.stringify(scoring[k]) !== JSON.stringify(d[k])))
    parts.push(message('settings.other-scoring', lang));
  return parts.length === 0 ? null : parts.join(lang === 'zh' ? '，' : '; ');
}
