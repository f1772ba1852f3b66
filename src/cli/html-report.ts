/**
 * `jixiao check --html 报告.html`: one self-contained HTML page for the people who read results
 * rather than fix them — the totals, per-department bars of errors and completion, the most frequent
 * findings and the worst issues first, each linked to its file and cell.
 *
 * Built from the same running aggregates as the 汇总 workbook (so the numbers are the same) and a
 * bounded list of issues — never from every report. No script, no external request (styles inline,
 * no fonts or images), every text escaped; prints to PDF from a browser (A4 landscape, bars kept).
 */
import * as path from 'node:path';
import { message, messageOf } from '../core/messages';
import type { Lang } from '../core/types';
import type { DepartmentRow, SummaryAggregate, WorstIssue } from '../workbook/summary-aggregate';
import { countOf } from '../workbook/counts';

export interface HtmlReportOptions {
  lang: Lang;
  /** Where the page is written: links to the workbooks are relative to its folder. */
  out: string;
  version: string;
  /** When the report was made (default: now). */
  date?: Date;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML content or a quoted attribute; control characters dropped. */
export function escapeHtml(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/**
 * A link from the report to `file` (and the cell, as Excel's `#'Sheet'!A1` location): a relative path,
 * every segment percent-encoded and starting with "./" or "../" — never a URL scheme, whatever the
 * file is called.
 */
export function fileHref(out: string, file: string, sheet: string, cell: string | null): string {
  const rel = path.relative(path.dirname(path.resolve(out)), path.resolve(file)).split(path.sep);
  const href = rel.map((s) => (s === '..' ? s : encodeURIComponent(s))).join('/');
  const base = href.startsWith('../') ? href : `./${href}`;
  if (!sheet) return base;
  return `${base}#${encodeURIComponent(`'${sheet.replace(/'/g, "''")}'!${cell ?? 'A1'}`)}`;
}

function displayName(out: string, file: string): string {
  const rel = path.relative(path.dirname(path.resolve(out)), path.resolve(file));
  return rel.startsWith('..') ? file : rel;
}

const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(2)}%`);
const num = (x: number) => x.toLocaleString('en-US');
const score = (x: number | null) => (x === null ? '—' : x.toFixed(2));

const STYLE = `
:root { color-scheme: light; --ink: #1f1f1f; --muted: #595959; --line: #d0d0d0; --err: #a4262c; --warn: #8a5a00; --ok: #0e6b0e; --bar: #edebe9; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif; color: var(--ink); background: #fff; }
main { max-width: 1180px; margin: 0 auto; padding: 24px 28px 40px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 28px 0 8px; padding-bottom: 4px; border-bottom: 2px solid var(--ink); }
.meta, .note { color: var(--muted); margin: 0 0 8px; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(112px, 1fr)); gap: 10px; margin: 12px 0 0; padding: 0; }
.cards div { border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; }
.cards dt { color: var(--muted); font-size: 13px; }
.cards dd { margin: 0; font-size: 22px; font-weight: 600; font-variant-numeric: tabular-nums; }
.cards .err dd { color: var(--err); }
.cards .warn dd { color: var(--warn); }
table { width: 100%; border-collapse: collapse; font-variant-numeric: tabular-nums; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
thead th { background: #f3f2f1; border-bottom: 2px solid var(--ink); font-weight: 600; }
td.n, th.n { text-align: right; white-space: nowrap; }
tfoot td, tfoot th { font-weight: 700; border-top: 2px solid var(--ink); background: #faf9f8; }
.barcell { min-width: 170px; }
.bar { display: flex; align-items: center; gap: 8px; }
.track { flex: 1; height: 12px; background: var(--bar); border-radius: 3px; overflow: hidden; min-width: 80px; }
.fill { display: block; height: 100%; }
.fill.err { background: var(--err); }
.fill.ok { background: var(--ok); }
.bar .v { min-width: 64px; text-align: right; }
.sev { font-weight: 600; white-space: nowrap; }
.sev.error { color: var(--err); }
.sev.warning { color: var(--warn); }
.sev.info { color: var(--muted); }
code { font: 12px/1.4 ui-monospace, "Cascadia Mono", Consolas, monospace; color: #3b3a39; }
a { color: #0f5ba7; }
ol.worst { padding-left: 0; list-style: none; margin: 0; }
.more { color: var(--muted); margin-top: 8px; }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body { font-size: 11px; }
  main { max-width: none; padding: 0; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2 { break-after: avoid; }
  tr, .cards div { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
}
`;

function bar(value: number, max: number, cls: 'err' | 'ok', label: string): string {
  const w = max > 0 ? Math.max(0, Math.min(100, (value / max) * 100)) : 0;
  return `<div class="bar"><span class="track" aria-hidden="true"><span class="fill ${cls}" style="width:${w.toFixed(1)}%"></span></span><span class="v">${escapeHtml(label)}</span></div>`;
}

function departmentName(r: DepartmentRow, lang: Lang): string {
  return r.name ?? message(r.noForm ? 'cli.department.no-form' : 'cli.department.none', lang);
}

function departmentsTable(agg: SummaryAggregate, lang: Lang): string {
  const rows = agg.departmentRows();
  const total = agg.totalRow();
  const maxErrors = Math.max(0, ...rows.map((r) => r.errors));
  const col = (c: string) => escapeHtml(messageOf(`cli.col.${c}`, lang));
  const head = `<tr><th scope="col" class="n">${col('rank')}</th><th scope="col">${col('department')}</th><th scope="col" class="n">${col('forms')}</th><th scope="col" class="n">${col('indicators')}</th><th scope="col">${col('errors')}</th><th scope="col" class="n">${col('warnings')}</th><th scope="col">${col('forms-ok-rate')}</th><th scope="col">${col('completion-rate')}</th><th scope="col" class="n">${col('average-score')}</th></tr>`;
  const line = (r: DepartmentRow, cellTag: 'td' | 'th', rank: string) =>
    `<td class="n">${rank}</td><${cellTag}${cellTag === 'th' ? ' scope="row"' : ''}>${escapeHtml(departmentName(r, lang))}</${cellTag}>` +
    `<td class="n">${num(r.forms)}</td><td class="n">${num(r.indicators)}</td>` +
    `<td class="barcell">${bar(r.errors, maxErrors, 'err', num(r.errors))}</td><td class="n">${num(r.warnings)}</td>` +
    `<td class="barcell">${r.errorFreeRate === null ? '—' : bar(r.errorFreeRate, 1, 'ok', pct(r.errorFreeRate))}</td>` +
    `<td class="barcell">${r.completionRate === null ? '—' : bar(r.completionRate, 1, 'ok', pct(r.completionRate))}</td>` +
    `<td class="n">${score(r.averageScore)}</td>`;
  const body = rows.map((r) => `<tr>${line(r, 'th', r.rank === null ? '' : String(r.rank))}</tr>`).join('\n');
  const foot = `<tr>${line({ ...total, name: message('cli.total', lang) }, 'th', '')}</tr>`;
  return `<table class="departments"><thead>${head}</thead><tbody>\n${body}\n</tbody><tfoot>${foot}</tfoot></table>`;
}

function codesTable(agg: SummaryAggregate, lang: Lang): string {
  const codes = agg
    .codeCounts()
    .filter((c) => c.severity !== 'info')
    .slice(0, 15);
  if (codes.length === 0) return `<p>${escapeHtml(message('cli.html.none', lang))}</p>`;
  const col = (c: string) => escapeHtml(messageOf(c, lang));
  const rows = codes
    .map(
      (c) =>
        `<tr><td class="n">${num(c.count)}</td><td><span class="sev ${c.severity}">${escapeHtml(message(`ui.severity.${c.severity}`, lang))}</span></td><td>${escapeHtml(c.example)}</td><td><code>${escapeHtml(c.code)}</code></td></tr>`,
    )
    .join('\n');
  return `<table class="codes"><thead><tr><th scope="col" class="n">${col('cli.html.count')}</th><th scope="col">${col('cli.col.severity')}</th><th scope="col">${col('cli.col.message')}</th><th scope="col">${col('cli.col.code')}</th></tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

function worstTable(agg: SummaryAggregate, opts: HtmlReportOptions): string {
  const { lang, out } = opts;
  const { issues, more } = agg.worstIssues();
  if (issues.length === 0) return `<p>${escapeHtml(message('cli.html.none', lang))}</p>`;
  const col = (c: string) => escapeHtml(messageOf(c, lang));
  const where = (i: WorstIssue) => {
    const name = displayName(out, i.file);
    const at = i.sheet ? `${i.sheet}!${i.cell ?? 'A1'}` : '';
    const text = at ? `${name} › ${at}` : name;
    return `<a href="${escapeHtml(fileHref(out, i.file, i.sheet, i.cell))}">${escapeHtml(text)}</a>`;
  };
  const rows = issues
    .map(
      (i, k) =>
        `<tr><td class="n">${k + 1}</td><td><span class="sev ${i.severity}">${escapeHtml(message(`ui.severity.${i.severity}`, lang))}</span></td><td>${where(i)}</td><td>${escapeHtml(i.department ?? '')}</td><td>${escapeHtml(i.message)}</td><td><code>${escapeHtml(i.code)}</code></td></tr>`,
    )
    .join('\n');
  const note = more > 0 ? `<p class="more">${escapeHtml(message('cli.html.worst-more', lang, { n: more }))}</p>` : '';
  return `<table class="worst"><thead><tr><th scope="col" class="n">#</th><th scope="col">${col('cli.col.severity')}</th><th scope="col">${col('cli.html.where')}</th><th scope="col">${col('cli.col.department')}</th><th scope="col">${col('cli.col.message')}</th><th scope="col">${col('cli.col.code')}</th></tr></thead><tbody>\n${rows}\n</tbody></table>${note}`;
}

/** The whole page. */
export function renderHtmlReport(agg: SummaryAggregate, opts: HtmlReportOptions): string {
  const { lang } = opts;
  const t = agg.totalRow();
  const title = message('cli.html.title', lang);
  const date = (opts.date ?? new Date()).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
  const card = (label: string, value: string, cls = '') =>
    `<div${cls ? ` class="${cls}"` : ''}><dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd></div>`;
  const col = (c: string) => messageOf(`cli.col.${c}`, lang);
  const cards = [
    card(message('cli.col.file', lang), num(agg.totals.files)),
    card(col('forms'), num(t.forms)),
    card(col('indicators'), num(t.indicators)),
    card(col('errors'), num(t.errors), t.errors > 0 ? 'err' : ''),
    card(col('warnings'), num(t.warnings), t.warnings > 0 ? 'warn' : ''),
    card(col('forms-ok-rate'), pct(t.errorFreeRate)),
    card(col('completion-rate'), pct(t.completionRate)),
    card(col('average-score'), score(t.averageScore)),
    card(
      message('cli.html.unreadable-files', lang),
      num(agg.totals.unreadable),
      agg.totals.unreadable > 0 ? 'err' : '',
    ),
  ].join('');
  const summary = [
    countOf('files', agg.totals.files, lang),
    countOf('forms', t.forms, lang),
    countOf('errors', t.errors, lang),
    countOf('warnings', t.warnings, lang),
  ].join(message('ui.list-separator', lang));
  return `<!DOCTYPE html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p class="meta">${escapeHtml(message('cli.html.generated', lang, { date, version: opts.version }))} · ${escapeHtml(summary)}</p>
<section aria-labelledby="h-overview">
<h2 id="h-overview">${escapeHtml(message('cli.html.overview', lang))}</h2>
<dl class="cards">${cards}</dl>
</section>
<section aria-labelledby="h-departments">
<h2 id="h-departments">${escapeHtml(message('cli.html.departments', lang))}</h2>
<p class="note">${escapeHtml(message('cli.html.departments-note', lang))}</p>
${departmentsTable(agg, lang)}
</section>
<section aria-labelledby="h-worst">
<h2 id="h-worst">${escapeHtml(message('cli.html.worst', lang))}</h2>
${worstTable(agg, opts)}
</section>
<section aria-labelledby="h-codes">
<h2 id="h-codes">${escapeHtml(message('cli.html.codes', lang))}</h2>
${codesTable(agg, lang)}
</section>
</main>
</body>
</html>
`;
}
