/**
 * Parses the text of an actual value into a ParsedTarget ("read the actual the same way as the target").
 *
 * This is a small private grammar (quantity, range, date, period) used until the target module's
 * parseValue is wired in; it is the only place that knows how an actual's text is parsed.
 */
import type { Op, ParsedTarget } from '../types';

const OPS: Record<string, Op> = { '≥': '>=', '≤': '<=', '>': '>', '<': '<', '=': '=' };
const NUM = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
const MULT_UNITS = /^(米|克|瓦|伏|帕)/;
const UNIT = /^(?:%|‰|[^\d≥≤<>=.,]{1,8})$/u;

/** Removes float noise from a product (16.8 × 1e4). */
function clean(n: number): number {
  return Number(n.toPrecision(15));
}

function toNumber(s: string): number {
  return Number(s.replace(/,/g, ''));
}

function base(normalized: string): ParsedTarget {
  return {
    kind: 'invalid',
    normalized,
    op: null,
    value: null,
    writtenNumber: null,
    multiplier: 1,
    unit: '',
    displayUnit: '',
    unitSource: 'none',
  };
}

/** Splits "万元" into multiplier and base unit. */
export function splitUnit(written: string): { multiplier: number; unit: string; displayUnit: string } {
  const m = /^(万|亿|千)(.*)$/u.exec(written);
  if (m && !MULT_UNITS.test(m[2])) {
    const multiplier = m[1] === '万' ? 1e4 : m[1] === '亿' ? 1e8 : 1e3;
    return { multiplier, unit: m[2], displayUnit: written };
  }
  return { multiplier: 1, unit: written, displayUnit: written };
}

function quantity(s: string): { op: Op | null; n: number; mult: number; unit: string; display: string } | null {
  const m = new RegExp(`^([≥≤<>=])?${NUM}(.*)$`, 'u').exec(s);
  if (!m) return null;
  const rest = m[3];
  if (rest !== '' && !UNIT.test(rest)) return null;
  const { multiplier, unit, displayUnit } = splitUnit(rest);
  if (unit !== '' && !UNIT.test(unit)) return null;
  return { op: m[1] ? OPS[m[1]] : null, n: toNumber(m[2]), mult: multiplier, unit, display: displayUnit };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function iso(y: number, m: number, d: number | null): string | null {
  if (m < 1 || m > 12) return null;
  const last = lastDay(y, m);
  const day = d ?? last;
  if (day < 1 || day > last) return null;
  return `${y}-${pad(m)}-${pad(day)}`;
}

/** One date (no operator suffix): returns the ISO date (end of month when the day is missing). */
function dateOnly(s: string, year: number | null): string | null {
  let m = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})日?$/.exec(s);
  if (m) return iso(+m[1], +m[2], +m[3]);
  m = /^(\d{4})年(\d{1,2})月(?:(\d{1,2})日|底|末)?$/.exec(s);
  if (m) return iso(+m[1], +m[2], m[3] ? +m[3] : null);
  m = /^(\d{4})[-./](\d{1,2})$/.exec(s);
  if (m) return iso(+m[1], +m[2], null);
  m = /^(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})日|底|末)$/.exec(s);
  if (m) {
    const y = m[1] ? +m[1] : year;
    return y === null ? null : iso(y, +m[2], m[3] ? +m[3] : null);
  }
  m = /^(?:(\d{4})年)?(年底|年末|年内|下半年|上半年|年中)$/.exec(s);
  if (m) {
    const y = m[1] ? +m[1] : year;
    if (y === null) return null;
    return /上半年|年中/.test(m[2]) ? `${y}-06-30` : `${y}-12-31`;
  }
  m = /^(\d{4})年?$/.exec(s);
  if (m && +m[1] >= 1900 && +m[1] <= 2200 && s.endsWith('年')) return `${m[1]}-12-31`;
  return null;
}

function date(s: string, year: number | null): { end: string; op: '<=' | '>=' } | null {
  const m = /^([≥≤])?(.+?)(之前|以前|以后|前|内|后)?(完成)?$/u.exec(s);
  if (!m) return null;
  const end = dateOnly(m[2], year);
  if (!end) return null;
  const op: '<=' | '>=' = m[1] === '≥' || m[3] === '后' || m[3] === '以后' ? '>=' : '<=';
  return { end, op };
}

const SEP = /^(.+?)(?:至|到|~|〜|—|–|-)(.+)$/u;

/** Parses a normalised actual text (see normalizeTarget). */
export function parseActualText(normalized: string, year: number | null = null): ParsedTarget {
  const out = base(normalized);
  if (normalized === '') return { ...out, kind: 'empty' };
  // period
  const sep = SEP.exec(normalized);
  if (sep) {
    const a = dateOnly(sep[1], year);
    const b = dateOnly(sep[2].replace(/(完成)$/u, ''), year);
    if (a && b) return { ...out, kind: 'date', date: { start: a, end: b, op: '<=' } };
  }
  const d = date(normalized, year);
  if (d) return { ...out, kind: 'date', date: { end: d.end, op: d.op } };
  if (sep) {
    const lo = quantity(sep[1]);
    const hi = quantity(sep[2]);
    if (lo && hi && lo.op === null && hi.op === null) {
      const unit = hi.unit || lo.unit;
      const display = hi.display || lo.display;
      const mult = hi.mult !== 1 ? hi.mult : lo.mult;
      const loMult = lo.display ? lo.mult : mult;
      return {
        ...out,
        kind: 'range',
        unit,
        displayUnit: display,
        multiplier: mult,
        unitSource: unit || display ? 'cell' : 'none',
        range: { low: clean(lo.n * loMult), high: clean(hi.n * hi.mult) },
      };
    }
  }
  const q = quantity(normalized);
  if (q) {
    return {
      ...out,
      kind: 'quantitative',
      op: q.op,
      value: clean(q.n * q.mult),
      writtenNumber: q.n,
      multiplier: q.mult,
      unit: q.unit,
      displayUnit: q.display,
      unitSource: q.display ? 'cell' : 'none',
    };
  }
  if (!/\d/.test(normalized)) return { ...out, kind: 'qualitative', text: normalized };
  return out;
}
