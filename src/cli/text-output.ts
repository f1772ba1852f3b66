/**
 * The human-readable report: per file and form, the project, the counts, and every issue with its cell.
 */
import { message } from '../core/messages';
import type { Report, ReportForm, ReportIssue } from '../core/report';
import type { Lang } from '../core/types';

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

export function formatTextReport(r: Report, lang: Lang): string {
  const out: string[] = [];
  let forms = 0;
  let errors = 0;
  let warnings = 0;
  let unreadable = 0;
  for (const file of r.files) {
    out.push(`${message('ui.file', lang)} ${file.file}`);
    if (file.error) {
      unreadable++;
      out.push(`  ${message('ui.severity.error', lang)}  ${file.error.message}  [${file.error.code}]`, '');
      continue;
    }
    const placed = new Set<ReportIssue>();
    for (const form of file.forms) {
      forms++;
      out.push(...formHeading(form, lang));
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
    errors += file.issues.filter((i) => i.severity === 'error').length;
    warnings += file.issues.filter((i) => i.severity === 'warning').length;
    if (file.forms.length > 0 && file.issues.every((i) => i.severity === 'info')) out.push(`    ${message('ui.no-issues', lang)}`);
    out.push('');
  }
  out.push(message('ui.totals', lang, { files: r.files.length, forms, errors, warnings, unreadable }));
  return out.join('\n') + '\n';
}

function rowsOf(range: string): [number, number] {
  const nums = range.match(/\d+/g)?.map(Number) ?? [0];
  return [Math.min(...nums), Math.max(...nums)];
}
