/**
 * Where a workbook keeps its jixiao settings, the same for every host (Excel, the browser preview,
 * the command line): a very hidden sheet SETTINGS_SHEET whose cell SETTINGS_CELL holds JSON.
 * A workbook moved between hosts keeps its scoring options.
 */
import type { ScoringOptions } from './types';

export const SETTINGS_SHEET = '_jixiao_settings';
export const SETTINGS_CELL = 'A1';

export interface StoredSettings {
  scoring: ScoringOptions;
  /** Write a status column when filling completion. */
  writeStatusColumn: boolean;
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
    return { scoring: v.scoring, writeStatusColumn: v.writeStatusColumn === true };
  } catch {
    return null;
  }
}
