/**
 * Every string the pane shows comes from the one message catalog (src/core/messages.ts).
 * `translator(lang)` gives a function limited to the pane's and the shared UI's codes.
 */
import { message, type MessageCode } from '../core/messages';
import type { Lang } from '../core/types';

export type PaneCode = Extract<MessageCode, `pane.${string}` | `ui.${string}`>;
export type Translate = (code: PaneCode, params?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  return (code, params = {}) => message(code, lang, params);
}
