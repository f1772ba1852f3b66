#!/usr/bin/env node
/**
 * Builds every transcription in test/corpus/specs/<id>.json into test/corpus/xlsx/<id>.xlsx.
 *
 *   node test/corpus/build.js            build the workbooks that are missing or out of date (others untouched)
 *   node test/corpus/build.js a-01 b-03  only these ids
 *   node test/corpus/build.js --force    rewrite every workbook
 *   node test/corpus/build.js --check    exit 1 if any workbook is missing, stale or has no spec (nothing written)
 *
 * A spec (see README.md): { id, source: {url, publisher, year, province, kind, layout, notes},
 *   sheets: [{ name, rows: [[cell…]…], merges: ["A1:H1"…], formats: {"E14": "0%"}, widths: [..] }] }
 * A cell is null (empty), a string, a number, or { "v": value, "fmt": "0%" } (optionally { "error": "#N/A" }).
 * In a merged range only the top-left cell may hold a value.
 *
 * "Out of date" compares what a reader sees — sheet names, cell values, number formats and merges — never bytes,
 * so rebuilding does not churn committed files.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const ExcelJS = require('exceljs');

const ROOT = __dirname;
const SPECS = path.join(ROOT, 'specs');
const XLSX = path.join(ROOT, 'xlsx');

const KINDS = ['declaration', 'self-evaluation', 'approval', 'list'];

// ---------- A1 helpers ----------
function colName(n) {
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
function parseAddr(a) {
  const m = /^([A-Z]+)(\d+)$/.exec(a);
  if (!m) throw new Error(`bad address ${a}`);
  let c = 0;
  for (const ch of m[1]) c = c * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col: c };
}
function parseRange(r) {
  const [a, b] = r.split(':');
  const s = parseAddr(a);
  const e = parseAddr(b ?? a);
  return {
    top: Math.min(s.row, e.row),
    left: Math.min(s.col, e.col),
    bottom: Math.max(s.row, e.row),
    right: Math.max(s.col, e.col),
  };
}
function rangeText(r) {
  return `${colName(r.left)}${r.top}:${colName(r.right)}${r.bottom}`;
}

// ---------- specs ----------
function loadSpec(file) {
  const spec = JSON.parse(fs.readFileSync(file, 'utf8'));
  const id = path.basename(file, '.json');
  const problems = [];
  if (spec.id !== id) problems.push(`id "${spec.id}" differs from the file name "${id}"`);
  const s = spec.source || {};
  for (const k of ['url', 'publisher', 'year', 'province', 'kind', 'layout'])
    if (s[k] === undefined || s[k] === '') problems.push(`source.${k} missing`);
  if (s.kind !== undefined && !KINDS.includes(s.kind))
    problems.push(`source.kind "${s.kind}" is not one of ${KINDS.join('/')}`);
  if (!Array.isArray(spec.sheets) || spec.sheets.length === 0) problems.push('no sheets');
  for (const sh of spec.sheets || []) {
    if (!sh.name) problems.push('a sheet has no name');
    if (!Array.isArray(sh.rows)) problems.push(`sheet ${sh.name}: rows missing`);
    for (const m of sh.merges || []) {
      const r = parseRange(m);
      for (let row = r.top; row <= r.bottom; row++)
        for (let col = r.left; col <= r.right; col++) {
          if (row === r.top && col === r.left) continue;
          const v = ((sh.rows || [])[row - 1] || [])[col - 1];
          if (v !== null && v !== undefined && v !== '')
            problems.push(
              `sheet ${sh.name}: ${colName(col)}${row} holds a value inside merge ${m} (only the top-left cell may)`,
            );
        }
    }
    // Overlapping merges make a broken workbook.
    const rs = (sh.merges || []).map(parseRange);
    for (let i = 0; i < rs.length; i++)
      for (let j = i + 1; j < rs.length; j++) {
        const a = rs[i];
        const b = rs[j];
        if (a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom)
          problems.push(`sheet ${sh.name}: merges ${rangeText(a)} and ${rangeText(b)} overlap`);
      }
  }
  if (problems.length) throw new Error(`${path.relative(process.cwd(), file)}:\n  ${problems.join('\n  ')}`);
  return spec;
}

/** The cells a reader must see: "A1" → { v, fmt?, error? } for every non-empty cell. */
function expectedCells(sheet) {
  const out = new Map();
  (sheet.rows || []).forEach((row, r) => {
    (row || []).forEach((cell, c) => {
      if (cell === null || cell === undefined || cell === '') return;
      const addr = `${colName(c + 1)}${r + 1}`;
      if (typeof cell === 'object') {
        if (cell.error !== undefined) out.set(addr, { error: cell.error });
        else out.set(addr, { v: cell.v, fmt: cell.fmt });
      } else out.set(addr, { v: cell });
    });
  });
  for (const [addr, fmt] of Object.entries(sheet.formats || {})) {
    const e = out.get(addr);
    if (!e) throw new Error(`sheet ${sheet.name}: format for empty cell ${addr}`);
    if (e.fmt === undefined) e.fmt = fmt;
  }
  return out;
}

// ---------- build ----------
const thin = { style: 'thin', color: { argb: 'FF999999' } };

async function build(spec) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'jixiao test corpus';
  wb.created = new Date(Date.UTC(2026, 0, 1));
  wb.modified = new Date(Date.UTC(2026, 0, 1));
  for (const sh of spec.sheets) {
    const ws = wb.addWorksheet(sh.name);
    const cells = expectedCells(sh);
    const nCols = Math.max(1, ...(sh.rows || []).map((r) => (r || []).length));
    const nRows = (sh.rows || []).length;
    const merges = (sh.merges || []).map(parseRange);
    // The title: the first row, when it is one merged range across the sheet (or a lone cell).
    const titleRow = merges.some((m) => m.top === 1 && m.bottom === 1 && m.right - m.left >= 2) ? 1 : 0;
    for (let r = 1; r <= nRows; r++) {
      for (let c = 1; c <= nCols; c++) {
        const addr = `${colName(c)}${r}`;
        const cell = ws.getCell(addr);
        const e = cells.get(addr);
        if (e) {
          if (e.error !== undefined) cell.value = { error: e.error };
          else cell.value = e.v;
          if (e.fmt !== undefined) cell.numFmt = e.fmt;
        }
        cell.alignment = { wrapText: true, vertical: 'middle', horizontal: r === titleRow ? 'center' : undefined };
        if (r === titleRow) cell.font = { bold: true, size: 14 };
        else if (r > 1) cell.border = { top: thin, left: thin, bottom: thin, right: thin };
      }
    }
    for (const m of merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
    const widths = sh.widths || defaultWidths(sh, nCols, merges);
    widths.forEach((w, i) => {
      if (w) ws.getColumn(i + 1).width = w;
    });
  }
  fs.mkdirSync(XLSX, { recursive: true });
  const file = path.join(XLSX, `${spec.id}.xlsx`);
  const tmp = `${file}.tmp`;
  await wb.xlsx.writeFile(tmp);
  fs.renameSync(tmp, file);
}

/** Width of a column from its longest unmerged text, 6–40 characters (CJK counts double). */
function defaultWidths(sh, nCols, merges) {
  const inMerge = (r, c) =>
    merges.some((m) => m.right > m.left && r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
  const w = new Array(nCols).fill(8);
  (sh.rows || []).forEach((row, r) =>
    (row || []).forEach((cell, c) => {
      if (cell === null || cell === undefined || inMerge(r + 1, c + 1)) return;
      const text = String(typeof cell === 'object' ? (cell.v ?? cell.error ?? '') : cell);
      const longest = Math.max(
        ...text.split('\n').map((l) => [...l].reduce((n, ch) => n + (ch.charCodeAt(0) > 255 ? 2 : 1), 0)),
      );
      w[c] = Math.max(w[c], Math.min(40, longest + 2));
    }),
  );
  return w;
}

// ---------- check ----------
function cellSeen(cell) {
  let v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'object' && v.error !== undefined) return { error: v.error };
  if (typeof v === 'object' && v.richText) v = v.richText.map((t) => t.text).join('');
  if (typeof v === 'object' && 'formula' in v) v = v.result;
  if (v instanceof Date) v = v.toISOString();
  if (v === '') return null;
  const fmt = cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : undefined;
  return { v, fmt };
}

/** Differences between a spec and its built workbook (empty when up to date). */
async function differences(spec) {
  const file = path.join(XLSX, `${spec.id}.xlsx`);
  if (!fs.existsSync(file)) return ['workbook missing'];
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch (err) {
    return [`unreadable: ${err.message}`];
  }
  const diffs = [];
  const names = wb.worksheets.map((w) => w.name);
  const want = spec.sheets.map((s) => s.name);
  if (JSON.stringify(names) !== JSON.stringify(want))
    diffs.push(`sheets ${JSON.stringify(names)} ≠ ${JSON.stringify(want)}`);
  for (const sh of spec.sheets) {
    const ws = wb.getWorksheet(sh.name);
    if (!ws) continue;
    const exp = expectedCells(sh);
    const seen = new Map();
    const mergeList = (ws.model.merges || []).map((m) => rangeText(parseRange(m))).sort();
    const masters = new Set(mergeList.map((m) => m.split(':')[0]));
    const slaves = new Set();
    for (const m of mergeList) {
      const r = parseRange(m);
      for (let row = r.top; row <= r.bottom; row++)
        for (let col = r.left; col <= r.right; col++)
          if (!(row === r.top && col === r.left)) slaves.add(`${colName(col)}${row}`);
    }
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (slaves.has(cell.address)) return;
        const s = cellSeen(cell);
        if (s) seen.set(cell.address, s);
      }),
    );
    void masters;
    for (const [addr, e] of exp) {
      const s = seen.get(addr);
      const same =
        s &&
        (e.error !== undefined ? s.error === e.error : s.v === e.v && (e.fmt ?? undefined) === (s.fmt ?? undefined));
      if (!same) diffs.push(`${sh.name}!${addr}: workbook ${JSON.stringify(s ?? null)} ≠ spec ${JSON.stringify(e)}`);
    }
    for (const addr of seen.keys())
      if (!exp.has(addr))
        diffs.push(`${sh.name}!${addr}: workbook has ${JSON.stringify(seen.get(addr))}, spec has nothing`);
    const wantMerges = (sh.merges || []).map((m) => rangeText(parseRange(m))).sort();
    if (JSON.stringify(mergeList) !== JSON.stringify(wantMerges)) {
      const a = new Set(mergeList);
      const b = new Set(wantMerges);
      diffs.push(
        `${sh.name}: merges differ (only in workbook: ${mergeList.filter((m) => !b.has(m)).join(' ') || '—'}; only in spec: ${wantMerges.filter((m) => !a.has(m)).join(' ') || '—'})`,
      );
    }
  }
  return diffs;
}

function listSpecs() {
  if (!fs.existsSync(SPECS)) return [];
  return fs
    .readdirSync(SPECS)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => path.join(SPECS, f));
}

async function main(argv) {
  const check = argv.includes('--check');
  const force = argv.includes('--force');
  const only = argv.filter((a) => !a.startsWith('--'));
  let files = listSpecs();
  if (only.length) files = files.filter((f) => only.includes(path.basename(f, '.json')));
  let failed = 0;
  let built = 0;
  for (const f of files) {
    let spec;
    try {
      spec = loadSpec(f);
    } catch (err) {
      console.error(err.message);
      failed++;
      continue;
    }
    const diffs = force ? ['forced'] : await differences(spec);
    if (diffs.length === 0) continue;
    if (check) {
      console.error(
        `${spec.id}: out of date with its spec — run node test/corpus/build.js\n  ${diffs.slice(0, 10).join('\n  ')}`,
      );
      failed++;
      continue;
    }
    await build(spec);
    const after = await differences(spec);
    if (after.length) {
      console.error(
        `${spec.id}: built, but the workbook does not read back as the spec:\n  ${after.slice(0, 10).join('\n  ')}`,
      );
      failed++;
    } else {
      built++;
      console.log(`built xlsx/${spec.id}.xlsx`);
    }
  }
  if (check && fs.existsSync(XLSX)) {
    const ids = new Set(listSpecs().map((f) => path.basename(f, '.json')));
    for (const x of fs.readdirSync(XLSX).filter((f) => f.endsWith('.xlsx'))) {
      if (!ids.has(x.replace(/\.xlsx$/, ''))) {
        console.error(`xlsx/${x} has no spec in specs/`);
        failed++;
      }
    }
  }
  if (!check) console.log(`${built} built, ${files.length - built - failed} up to date, ${failed} failed`);
  return failed ? 1 : 0;
}

module.exports = {
  loadSpec,
  differences,
  listSpecs,
  expectedCells,
  colName,
  parseAddr,
  parseRange,
  SPECS,
  XLSX,
  KINDS,
};

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
