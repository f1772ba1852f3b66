/**
 * 一级/二级 name normalisation, canonical lookup and misspelling suggestions (domain.md §2).
 */
import {
  EVALUATION_SYNONYMS,
  LEVEL1,
  LEVEL2,
  NON_INDICATOR_LABELS,
  SYNONYMS,
  type Synonym,
  isEvaluationLevel1Name,
  isLevel1Name,
  isLevel2Name,
  isValidPair,
} from '../glossary/framework';
import {
  ENUMERATOR_NUMERALS as CN_NUM,
  ETC_WORD,
  INDICATOR_WORD,
  SCORE_SUFFIX,
  SCORE_WORD,
  TEMPLATE_NOTE,
  TRAILING_ETC,
} from '../glossary/name-notation';
import { boundedMemo } from '../memo';
import { compact } from '../text';

export interface NormalizedLevelName {
  /** The name after steps 1–3: NFKC, no whitespace, no leading enumerator, no trailing (N分). */
  name: string;
  /** N from a trailing "(N分)" / "（N分）", else null. */
  headingWeight: number | null;
  /** The enumerator that was stripped (NFKC form), e.g. "一、", "(一)", "1.", "(7)"; '' if none. */
  prefix: string;
  /** The score suffix that was stripped (NFKC form), e.g. "(50分)"; '' if none. */
  suffix: string;
}

export interface LevelOptions {
  /** Accept 投入/过程/决策指标 as 一级 (evaluation frameworks). Default false. */
  acceptEvaluationLevel1?: boolean;
}

/** Step 2: 一、 (一) 1. (7) — also 1、 and 一. which real forms use. */
const ENUMERATOR = new RegExp(`^(?:[${CN_NUM}]+[、.]|\\([${CN_NUM}]+\\)[、.]?|\\d+[.、](?!\\d)|\\(\\d+\\)[、.]?)`);
// Step 3: a trailing score (SCORE_SUFFIX), a template note (TEMPLATE_NOTE), a trailing 等 (TRAILING_ETC).

/** Names repeat row after row: each is normalised once (bounded, so odd names cannot grow the cache). */
const normalized = boundedMemo<NormalizedLevelName>(4096, normalizeUncached);

/** Steps 1–3 of §2 "Normalising a name" (and a trailing 等 after 指标, which real templates print). */
export function normalizeLevelName(name: string): Readonly<NormalizedLevelName> {
  return normalized(name);
}

function normalizeUncached(name: string): NormalizedLevelName {
  let s = compact(name);
  let prefix = '';
  let suffix = '';
  let headingWeight: number | null = null;
  const e = ENUMERATOR.exec(s);
  if (e && e[0].length < s.length) {
    prefix = e[0];
    s = s.slice(e[0].length);
  }
  // A trailing 等 after a full name (服务对象满意度指标等): "and the like", not part of the name.
  const etc = s.endsWith(ETC_WORD) ? TRAILING_ETC.exec(s) : null;
  if (etc) {
    suffix = etc[1];
    s = s.slice(0, s.length - etc[1].length);
  }
  const note = s.endsWith(')') ? TEMPLATE_NOTE.exec(s) : null;
  if (note && note.index > 0) {
    suffix = note[0] + suffix;
    s = s.slice(0, note.index);
  }
  // a score ends with 分 or a bracket: other names need no score test
  const m = s.endsWith(')') || s.endsWith(SCORE_WORD) ? SCORE_SUFFIX.exec(s) : null;
  if (m && (m[5] === SCORE_WORD || m[4] === ')' || m[6] === ')')) {
    suffix = m[0] + suffix;
    headingWeight = m[3] === undefined ? Number(m[2]) : null;
    s = s.slice(0, s.length - m[0].length);
  }
  return { name: s, headingWeight, prefix, suffix };
}

function lookup(table: readonly Synonym[], level: 1 | 2, name: string): string | null {
  for (const s of table) if (s.level === level && s.variant === name) return s.canonical;
  return null;
}

/**
 * The canonical 一级 for a written name (steps 1–5), or null when it is not a known 一级.
 * 投入/过程/决策指标 are known only with `acceptEvaluationLevel1`.
 */
export function canonicalLevel1(name: string, opts: LevelOptions = {}): string | null {
  const n = normalizeLevelName(name).name;
  if (!n) return null;
  if (isLevel1Name(n)) return n;
  const syn = lookup(SYNONYMS, 1, n);
  if (syn) return syn;
  if (opts.acceptEvaluationLevel1) {
    if (isEvaluationLevel1Name(n)) return n;
    const ev = lookup(EVALUATION_SYNONYMS, 1, n);
    if (ev) return ev;
  }
  if (isLevel1Name(n + INDICATOR_WORD)) return n + INDICATOR_WORD;
  return null;
}

/**
 * The canonical 二级 for a written name (steps 1–5), or null when it is not a known 二级.
 * 满意度指标 / 满意度 used as a 二级 give 服务对象满意度指标. The result is known anywhere in the
 * frameworks; whether it may sit under `level1Canonical` is a separate question (isValidPair).
 * Under an evaluation-framework 一级 (accepted only with the option) every non-empty name is
 * accepted and returned normalised.
 */
export function canonicalLevel2(name: string, level1Canonical: string | null): string | null {
  const n = normalizeLevelName(name).name;
  if (!n) return null;
  let out: string | null = null;
  if (isLevel2Name(n)) out = n;
  else out = lookup(SYNONYMS, 2, n) ?? (isLevel2Name(n + INDICATOR_WORD) ? n + INDICATOR_WORD : null);
  if (out === null && level1Canonical !== null && isEvaluationLevel1Name(level1Canonical)) return n;
  return out;
}

/** 预算执行率, 预算执行情况, 绩效指标 (with enumerator/score stripped, e.g. "绩效指标(90分)"). */
export function isNonIndicatorLabel(name: string): boolean {
  const n = normalizeLevelName(name).name;
  return (NON_INDICATOR_LABELS as readonly string[]).includes(n);
}

/** Levenshtein distance over code points. */
export function levenshtein(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[y.length];
}

interface Candidate {
  text: string;
  canonical: string;
}

function candidates(level: 1 | 2, opts: LevelOptions): Candidate[] {
  const out: Candidate[] = [];
  const names: readonly string[] = level === 1 ? Object.values(LEVEL1) : Object.values(LEVEL2);
  for (const n of names) out.push({ text: n, canonical: n });
  for (const s of SYNONYMS) if (s.level === level) out.push({ text: s.variant, canonical: s.canonical });
  if (level === 1 && opts.acceptEvaluationLevel1) {
    for (const s of EVALUATION_SYNONYMS) {
      out.push({ text: s.canonical, canonical: s.canonical }, { text: s.variant, canonical: s.canonical });
    }
  }
  return out;
}

/**
 * The one canonical name nearest to `name`, or null. Nearest among canonical names and variants,
 * within distance 1 for names of at most 4 characters and 2 for longer ones; all the nearest
 * candidates must map to one canonical name. Single-character names are never suggested.
 */
function nearest(name: string, pool: readonly Candidate[]): { canonical: string | null; found: boolean } {
  const len = [...name].length;
  const max = len <= 4 ? 1 : 2;
  let best = Infinity;
  let hits = new Set<string>();
  for (const c of pool) {
    const d = levenshtein(name, c.text);
    if (d > max) continue;
    if (d < best) {
      best = d;
      hits = new Set([c.canonical]);
    } else if (d === best) hits.add(c.canonical);
  }
  if (hits.size === 0) return { canonical: null, found: false };
  return { canonical: hits.size === 1 ? [...hits][0] : null, found: true };
}

/**
 * hierarchy.misspelled: the canonical name that an unknown `name` most likely means, or null.
 * Known names give null (they are not misspelled). For a 二级 with a known framework 一级, only
 * the 二级 valid under that 一级 are considered first; all 二级 are considered only when none of
 * those is within reach (an ambiguous first pass gives null, it does not fall through).
 */
export function suggestMisspelling(
  name: string,
  level: 1 | 2,
  level1Canonical?: string | null,
  opts: LevelOptions = {},
): string | null {
  const n = normalizeLevelName(name).name;
  if ([...n].length < 2) return null;
  if (level === 1 ? canonicalLevel1(n, opts) !== null : canonicalLevel2(n, level1Canonical ?? null) !== null)
    return null;
  if (isNonIndicatorLabel(n)) return null;
  const pool = candidates(level, opts);
  if (level === 2 && level1Canonical && isLevel1Name(level1Canonical)) {
    const first = nearest(
      n,
      pool.filter((c) => isValidPair(level1Canonical, c.canonical)),
    );
    if (first.found) return first.canonical;
  }
  return nearest(n, pool).canonical;
}
