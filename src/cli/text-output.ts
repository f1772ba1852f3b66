/**
 * The human-readable report: per file and form, the project, the counts, and every issue with its cell.
 */
import { message } from '../core/messages';
import type { Report, ReportFile, ReportForm, ReportIssue } from '../core/report';
import type { Lang } from '../core/types';
import { safeLine } from './safe-text';

function formatYuan(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

function issueLine(i: ReportIssue, lang: Lang): string {
  const where = i.cell ? `${i.sheet}!${i.cell}` : i.sheet || '-';
  const severity = message(`ui.severity.${i.severity}`, lang);
  const suggestion = i.suggestion ? `  ${message('ui.suggestion', lang, { text: i.suggestion })}` : '';
  return `    ${where.padEnd(14)} ${severity}  ${i.message}  [${i.code}]${suggestion}`;
}

function formHeading(f: ReportForm, lang: Lang): string[] {
  const p = f.project;
  const lines = [`  ${message('ui.form', lang)} ${f.sheet}!${f.range}  ${message(`ui.layout.${f.layout}`, lang)}`];
  const unique = [...new Set([p.department, p.implementingUnit].filter((x): x is string => !!x))];
  const who = unique.length ? message('ui.parenthesis', lang, { text: unique.join(message('ui.list-separator', lang)) }) : '';
  lines.push(`    ${message('ui.field', lang, { label: message('ui.project', lang), value: (p.name ?? '—') + who })}`);
  if (p.totalFunds !== null) {
    const funds = `${formatYuan(p.totalFunds)} ${message('ui.yuan', lang)}`;
    lines.push(`    ${message('ui.field', lang, { label: message('ui.funds', lang), value: funds })}`);
  }
  lines.push(
    '    ' +
      message('ui.summary', lang, {
        indicators: f.counts.indicators,
        errors: f.counts.errors,
        warnings: f.counts.warnings,
        infos: f.counts.infos,
      }),
  );
  if (f.layout.startsWith('self-evaluation')) {
    lines.push('    ' + message('ui.completion', lang, f.counts.completion));
    if (f.score && f.score.total !== null) {
      lines.push(
        '    ' +
          (f.score.complete
            ? message('ui.score', lang, { total: f.score.total, grade: f.score.grade ?? '—' })
            : message('ui.score-incomplete', lang, { total: f.score.total })),
      );
    }
  }
  return lines;
}

/** Running totals of a text report: updated by formatTextFile, printed by formatTextTotals. */
export interface TextTotals {
  files: number;
  forms: number;
  errors: number;
  warnings: number;
  unreadable: number;
}

export function textTotals(): TextTotals {
  return { files: 0, forms: 0, errors: 0, warnings: 0, unreadable: 0 };
}

/** One file's block of the text report (ending with its blank line); adds the file to `totals`. */
export function formatTextFile(file: ReportFile, lang: Lang, totals: TextTotals): string {
  const out: string[] = [];
  totals.files++;
  out.push(`${message('ui.file', lang)} ${file.file}`);
  if (file.error) {
    totals.unreadable++;
    out.push(`  ${message('ui.severity.error', lang)}  ${file.error.message}  [${file.error.code}]`, '');
    return lines(out);
  }
  const placed = new Set<ReportIssue>();
  for (const form of file.forms) {
    totals.forms++;
    for (const line of formHeading(form, lang)) out.push(line);
    const [top, bottom] = rowsOf(form.range);
    const mine = file.issues.filter((i) => i.sheet === form.sheet && i.row !== null && i.row >= top && i.row <= bottom && !placed.has(i));
    // errors and warnings first, in sheet order; then the advice (提示), so the problems lead
    for (const i of [...mine.filter((x) => x.severity !== 'info'), ...mine.filter((x) => x.severity === 'info')]) {
      placed.add(i);
      out.push(issueLine(i, lang));
    }
  }
  const rest = file.issues.filter((i) => !placed.has(i));
  for (const i of rest) out.push(issueLine(i, lang));
  totals.errors += file.issues.filter((i) => i.severity === 'error').length;
  totals.warnings += file.issues.filter((i) => i.severity === 'warning').length;
  if (file.forms.length > 0 && file.issues.every((i) => i.severity === 'info')) out.push(`    ${message('ui.no-issues', lang)}`);
  out.push('');
  return lines(out);
}

/**
 * The lines joined for the terminal: file names and cell texts are printed with their control
 * characters escaped, so a cell cannot recolour the terminal and a name with a newline cannot forge
 * a report line.
 */
function lines(out: string[]): string {
  let s = '';
  for (const line of out) s += safeLine(line) + '\n';
  return s;
}

/** The last line of the text report. */
export function formatTextTotals(totals: TextTotals, lang: Lang): string {
  const { files, forms, errors, warnings, unreadable } = totals;
  return message('ui.totals', lang, { files, forms, errors, warnings, unreadable }) + '\n';
}

export function formatTextReport(r: Report, lang: Lang): string {
  const totals = textTotals();
  let out = '';
  for (const file of r.files) out += formatTextFile(file, lang, totals);
  return out + formatTextTotals(totals, lang);
}

function rowsOf(range: string): [number, number] {
  const nums = range.match(/\d+/g)?.map(Number) ?? [0];
  let lo = Infinity;
  let hi = -Infinity;
  for (const n of nums) {
    if (n < lo) lo = n;
    if (n > hi) hi = n;
  }
  return [lo, hi];
}
