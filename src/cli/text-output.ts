/**
 * The human-readable report: per file a one-line summary first, then per form the project, the counts
 * and every error and warning with its cell; notes (提示) only with --notes (their counts always).
 * English counts take the right plural ("1 error", "2 errors").
 */
import { message, messageOf } from '../core/messages';
import type { Report, ReportFile, ReportForm, ReportIssue } from '../core/report';
import { issueLines, rowSpan, type IssueLine } from '../core/issue-lines';
import type { Lang } from '../core/types';
import { countOf } from '../workbook/counts';
import { safeLine } from './safe-text';

export interface TextOptions {
  /** List the notes (提示) too; by default only their counts are shown. */
  notes?: boolean;
}

function formatYuan(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

function issueLine({ issue: i, rows }: IssueLine<ReportIssue>, lang: Lang): string {
  const where = i.cell ? `${i.sheet}!${i.cell}` : i.sheet || '-';
  const severity = message(`ui.severity.${i.severity}`, lang);
  const suggestion = i.suggestion ? `  ${message('ui.suggestion', lang, { text: i.suggestion })}` : '';
  const rowList = rowSpan(rows, message('ui.list-separator', lang));
  const onRows =
    rows.length > 1
      ? `  ${message('ui.parenthesis', lang, {
          text: message('ui.issue.rows', lang, { count: rows.length, rows: rowList }),
        }).trim()}`
      : '';
  return `    ${where.padEnd(14)} ${severity}  ${i.message}  [${i.code}]${suggestion}${onRows}`;
}

/** The listed issues as lines: the same finding on the same cell for several rows is one line. */
function issueLinesOf(issues: ReportIssue[], lang: Lang): string[] {
  return issueLines(issues).map((line) => issueLine(line, lang));
}

function formHeading(f: ReportForm, lang: Lang): string[] {
  const p = f.project;
  const lines = [`  ${message('ui.form', lang)} ${f.sheet}!${f.range}  ${messageOf(`ui.layout.${f.layout}`, lang)}`];
  const unique = [...new Set([p.department, p.implementingUnit].filter((x): x is string => !!x))];
  const who = unique.length
    ? message('ui.parenthesis', lang, { text: unique.join(message('ui.list-separator', lang)) })
    : '';
  lines.push(`    ${message('ui.field', lang, { label: message('ui.project', lang), value: (p.name ?? '—') + who })}`);
  if (p.totalFunds !== null) {
    const funds = `${formatYuan(p.totalFunds)} ${message('ui.yuan', lang)}`;
    lines.push(`    ${message('ui.field', lang, { label: message('ui.funds', lang), value: funds })}`);
  }
  lines.push(
    '    ' +
      message('cli.text.form-summary', lang, {
        indicators: countOf('indicators', f.counts.indicators, lang),
        errors: countOf('errors', f.counts.errors, lang),
        warnings: countOf('warnings', f.counts.warnings, lang),
        notes: countOf('notes', f.counts.infos, lang),
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
  notes: number;
  /** Notes counted but not listed (without --notes). */
  hiddenNotes: number;
  unreadable: number;
}

export function textTotals(): TextTotals {
  return { files: 0, forms: 0, errors: 0, warnings: 0, notes: 0, hiddenNotes: 0, unreadable: 0 };
}

const bySeverity = (issues: ReportIssue[], s: string) => issues.filter((i) => i.severity === s).length;

/** The first line of a file's block: the file and its counts. */
function fileLine(file: ReportFile, lang: Lang): string {
  const errors = countOf('errors', bySeverity(file.issues, 'error'), lang);
  const warnings = countOf('warnings', bySeverity(file.issues, 'warning'), lang);
  let summary: string;
  if (file.error) summary = message('cli.text.file-unreadable', lang);
  else if (file.forms.length === 0) summary = message('cli.text.file-no-form', lang, { errors, warnings });
  else {
    summary = message('cli.text.file-summary', lang, {
      forms: countOf('forms', file.forms.length, lang),
      indicators: countOf(
        'indicators',
        file.forms.reduce((n, f) => n + f.counts.indicators, 0),
        lang,
      ),
      errors,
      warnings,
      notes: countOf('notes', bySeverity(file.issues, 'info'), lang),
    });
  }
  return message('cli.text.file', lang, { file: file.file, summary });
}

/** One file's block of the text report (ending with its blank line); adds the file to `totals`. */
export function formatTextFile(file: ReportFile, lang: Lang, totals: TextTotals, options: TextOptions = {}): string {
  const out: string[] = [fileLine(file, lang)];
  totals.files++;
  if (file.error) {
    totals.unreadable++;
    out.push(`  ${message('ui.severity.error', lang)}  ${file.error.message}  [${file.error.code}]`, '');
    return lines(out);
  }
  const listed = (i: ReportIssue) => options.notes || i.severity !== 'info';
  const placed = new Set<ReportIssue>();
  for (const form of file.forms) {
    totals.forms++;
    for (const line of formHeading(form, lang)) out.push(line);
    const [top, bottom] = rowsOf(form.range);
    const mine = file.issues.filter(
      (i) => i.sheet === form.sheet && i.row !== null && i.row >= top && i.row <= bottom && !placed.has(i),
    );
    // errors and warnings first, in sheet order; then the notes (提示), so the problems lead
    const ordered = [...mine.filter((x) => x.severity !== 'info'), ...mine.filter((x) => x.severity === 'info')];
    for (const i of ordered) placed.add(i);
    for (const line of issueLinesOf(ordered.filter(listed), lang)) out.push(line);
  }
  const rest = file.issues.filter((i) => !placed.has(i));
  for (const line of issueLinesOf(rest.filter(listed), lang)) out.push(line);
  const notes = bySeverity(file.issues, 'info');
  totals.errors += bySeverity(file.issues, 'error');
  totals.warnings += bySeverity(file.issues, 'warning');
  totals.notes += notes;
  if (!options.notes) totals.hiddenNotes += notes;
  if (file.forms.length > 0 && file.issues.every((i) => i.severity === 'info'))
    out.push(`    ${message('ui.no-issues', lang)}`);
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

/** The last line of the text report (and how many notes were not listed). */
export function formatTextTotals(totals: TextTotals, lang: Lang): string {
  let text =
    message('cli.text.totals', lang, {
      files: countOf('files', totals.files, lang),
      forms: countOf('forms', totals.forms, lang),
      errors: countOf('errors', totals.errors, lang),
      warnings: countOf('warnings', totals.warnings, lang),
      notes: countOf('notes', totals.notes, lang),
      unreadable: totals.unreadable
        ? message('cli.text.totals-unreadable', lang, { unreadable: countOf('unreadable', totals.unreadable, lang) })
        : '',
    }) + '\n';
  if (totals.hiddenNotes > 0)
    text += message('cli.text.notes-hidden', lang, { notes: countOf('notes', totals.hiddenNotes, lang) }) + '\n';
  return text;
}

export function formatTextReport(r: Report, lang: Lang, options: TextOptions = {}): string {
  const totals = textTotals();
  let out = '';
  for (const file of r.files) out += formatTextFile(file, lang, totals, options);
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
