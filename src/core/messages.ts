/**
 * The message catalog, the one entry point to every text a user sees, by stable code, in Chinese and
 * English. Its data is in two files: the findings catalog (./messages/findings.ts — target.*, hierarchy.*,
 * completion.*, form.*, file.* and their sub-entries) and the UI strings (./messages/ui.ts — pane, preview,
 * Excel add-in, command line, reason.* and every other code). Rule modules refer to codes; they never hold
 * message text themselves. Placeholders are written {name} and filled from a finding's params.
 */
import type { Entry } from './messages/entry';
import { FINDING_MESSAGES } from './messages/findings';
import { UI_MESSAGES } from './messages/ui';
import type { Lang } from './types';

/** The two catalogs as one; a code in both does not compile (the second would silently win). */
function merge<A extends Record<string, Entry>, B extends Record<string, Entry>>(
  a: A,
  b: B & Record<keyof A & keyof B, never>,
): A & B {
  return { ...a, ...b };
}

const catalog = merge(FINDING_MESSAGES, UI_MESSAGES);

export type MessageCode = keyof typeof catalog;

const REASON_PREFIX = 'reason.';

export function hasMessage(code: string): code is MessageCode {
  return Object.prototype.hasOwnProperty.call(catalog, code);
}

/** Renders a message in the given language, filling {placeholders} from params. */
export function message(code: MessageCode, lang: Lang = 'zh', params: Record<string, string | number> = {}): string {
  return render(code, lang, params);
}

/**
 * A message for a code known only at run time (a finding's or an error's code): the code itself when
 * the catalog has no entry, so an unexpected code is shown rather than lost.
 */
export function messageOf(code: string, lang: Lang = 'zh', params: Record<string, string | number> = {}): string {
  return render(code, lang, params);
}

function render(code: string, lang: Lang, params: Record<string, string | number>): string {
  const entry: Entry | undefined = hasMessage(code) ? catalog[code] : undefined;
  const template = entry ? entry[lang] : code;
  if (template.indexOf('{') < 0) return template; // most messages take no parameter
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
    const value = String(params[name]);
    // a parameter that names a reason.* entry is itself rendered in the same language
    return value.startsWith(REASON_PREFIX) && hasMessage(value) ? catalog[value][lang] : value;
  });
}

export function allMessageCodes(): MessageCode[] {
  return Object.keys(catalog) as MessageCode[];
}
