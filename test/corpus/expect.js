#!/usr/bin/env node
/**
 * Writes expected/<id>.expected.json (the shared fixtures' format) from a transcription (specs/<id>.json) and the
 * per-row judgements a person made (judgements/<id>.json). It never runs the engine.
 *
 *   node test/corpus/expect.js            every id that has a judgement
 *   node test/corpus/expect.js a-01       only these ids
 *   node test/corpus/expect.js --check    exit 1 when an expected file is missing or differs from what it would write
 *
 * Reading rules (the common-sense reading of a transcribed table, see README.md):
 * - a cell inside a merge takes the merge's top-left value;
 * - a blank 一级 inherits the one above in the same table; a blank 二级 inherits within its 一级 block;
 * - a row is an indicator unless it is in `skip` or both its 三级 and target cells are empty;
 * - level texts have all whitespace removed, and a leading template label 指标1 (指标1：…) is dropped from 三级 names; target/actual texts are shown as Excel shows them (number formats).
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const numfmt = require('numfmt');
const { loadSpec, colName, parseAddr, parseRange, SPECS } = require('./build');

const ROOT = __dirname;
const JUDGE = path.join(ROOT, 'judgements');
const EXPECTED = path.join(ROOT, 'expected');

const VERDICTS = ['ok', 'error', 'either'];
const STATUSES = ['met', 'not_met', 'partial', 'pending', 'invalid', 'na'];

function colNum(letters) {
  return parseAddr(`${letters}1`).col;
}

/** A sheet as a lookup: value(row, col) with merges resolved to their top-left cell. */
function sheetView(sheet) {
  const merges = (sheet.merges || []).map(parseRange);
  const raw = (r, c) => {
    const v = ((sheet.rows || [])[r - 1] || [])[c - 1];
    return v === undefined ? null : v;
  };
  const value = (r, c) => {
    const m = merges.find((x) => r >= x.top && r <= x.bottom && c >= x.left && c <= x.right);
    return m ? raw(m.top, m.left) : raw(r, c);
  };
  const format = (r, c) => {
    const v = value(r, c);
    if (v && typeof v === 'object' && v.fmt) return v.fmt;
    return (sheet.formats || {})[`${colName(c)}${r}`];
  };
  return { value, format, merges };
}

/** What a person sees in a cell. */
function display(v, fmt) {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') {
    if (v.error !== undefined) return v.error;
    fmt = v.fmt ?? fmt;
    v = v.v;
  }
  if (typeof v === 'number') return numfmt.format(fmt || 'General', v);
  return String(v);
}
const squeeze = (s) => s.replace(/\s+/g, '');

function rawNumber(v) {
  if (v && typeof v === 'object') v = v.v;
  return typeof v === 'number' ? v : typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v) ? Number(v) : undefined;
}

function makeExpected(spec, judged) {
  const problems = [];
  const firstSheet = spec.sheets[0].name;
  const keyOf = (sheet, addr) => (sheet === firstSheet ? addr : `${sheet}!${addr}`);
  const usedRows = new Set();
  const usedCompletion = new Set();
  const forms = [];
  const indicators = [];
  for (const f of judged.forms) {
    const sheet = spec.sheets.find((s) => s.name === f.sheet);
    if (!sheet) {
      problems.push(`form on unknown sheet ${f.sheet}`);
      continue;
    }
    const view = sheetView(sheet);
    let count = 0;
    for (const t of f.tables) {
      const c = {};
      for (const role of ['level1', 'level2', 'level3', 'target', 'actual', 'weight'])
        if (t[role]) c[role] = colNum(t[role]);
      let l1 = '';
      let l2 = '';
      for (let r = t.rows[0]; r <= t.rows[1]; r++) {
        const txt = (role) => (c[role] ? squeeze(display(view.value(r, c[role]), view.format(r, c[role]))) : '');
        const w1 = txt('level1');
        const w2 = txt('level2');
        if (w1) {
          if (w1 !== l1) l2 = '';
          l1 = w1;
        }
        if (w2) l2 = w2;
        // A leading template label 指标1/指标2… is not part of the name (domain.md §1, placeholder rows).
        const level3 = txt('level3').replace(/^指标\d+[:：、.]?(?=.)/, '');
        const targetAddr = `${colName(c.target)}${r}`;
        const target = display(view.value(r, c.target), view.format(r, c.target));
        if ((t.skip || []).includes(r)) continue;
        if (!level3 && !target.trim()) continue;
        count++;
        const key = keyOf(f.sheet, targetAddr);
        const j = (judged.rows || {})[key] || {};
        usedRows.add(key);
        const verdict = j.verdict || 'ok';
        if (!VERDICTS.includes(verdict)) problems.push(`${key}: verdict ${verdict}`);
        if (verdict !== 'ok' && !j.note) problems.push(`${key}: a ${verdict} row needs a note`);
        const e = { sheet: f.sheet, cell: targetAddr, row: r, level1: l1, level2: l2, level3, target, verdict };
        if (c.actual) {
          const av = view.value(r, c.actual);
          const at = display(av, view.format(r, c.actual));
          e.actual = at.trim() === '' ? null : at;
          e.actualCell = `${colName(c.actual)}${r}`;
          const st = (judged.completion || {})[key];
          usedCompletion.add(key);
          if (!STATUSES.includes(st))
            problems.push(`${key}: completion ${JSON.stringify(st)} (judge every self-evaluation row)`);
          e.completion = st ?? null;
        } else {
          e.actual = null;
          e.completion = null;
        }
        if (c.weight) {
          const w = rawNumber(view.value(r, c.weight));
          if (w !== undefined) e.weight = w;
        }
        if (j.note) e.note = j.note;
        indicators.push(e);
      }
    }
    const form = { sheet: f.sheet, projectName: f.projectName, totalFunds: f.totalFunds };
    for (const k of [
      'category',
      'department',
      'implementingUnit',
      'startDate',
      'endDate',
      'titleCell',
      'projectNameCell',
      'totalFundsCell',
    ])
      if (f[k] !== undefined) form[k] = f[k];
    form.layout = f.layout;
    form.headerRow = f.headerRow;
    form.indicatorCount = count;
    if (f.executedFunds !== undefined) form.executedFunds = f.executedFunds;
    forms.push(form);
  }
  for (const k of Object.keys(judged.rows || {}))
    if (!usedRows.has(k)) problems.push(`rows.${k} is not an indicator row of any table`);
  for (const k of Object.keys(judged.completion || {}))
    if (!usedCompletion.has(k)) problems.push(`completion.${k} is not a self-evaluation row`);
  if (problems.length) throw new Error(`${spec.id}:\n  ${problems.join('\n  ')}`);
  const hierarchyErrors = judged.hierarchyErrors || [];
  const tally = (key, keys) =>
    Object.fromEntries(keys.map((k) => [k, indicators.filter((i) => i[key] === k).length]).filter(([, n]) => n > 0));
  return {
    file: `${spec.id}.xlsx`,
    forms,
    indicators,
    hierarchyErrors,
    mergedRanges: spec.sheets.flatMap((s) => (s.merges || []).map((range) => ({ sheet: s.name, range }))),
    counts: {
      forms: forms.length,
      indicators: indicators.length,
      verdicts: tally('verdict', VERDICTS),
      completion: tally('completion', STATUSES),
      hierarchyErrors: hierarchyErrors.length,
    },
  };
}

function ids() {
  if (!fs.existsSync(JUDGE)) return [];
  return fs
    .readdirSync(JUDGE)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''))
    .sort();
}

function expectedFor(id) {
  const spec = loadSpec(path.join(SPECS, `${id}.json`));
  const judged = JSON.parse(fs.readFileSync(path.join(JUDGE, `${id}.json`), 'utf8'));
  return `${JSON.stringify(makeExpected(spec, judged), null, 2)}\n`;
}

function main(argv) {
  const check = argv.includes('--check');
  const only = argv.filter((a) => !a.startsWith('--'));
  let failed = 0;
  for (const id of ids().filter((i) => !only.length || only.includes(i))) {
    let text;
    try {
      text = expectedFor(id);
    } catch (err) {
      console.error(err.message);
      failed++;
      continue;
    }
    const file = path.join(EXPECTED, `${id}.expected.json`);
    const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
    if (old === text) continue;
    if (check) {
      console.error(
        `expected/${id}.expected.json is ${old === null ? 'missing' : 'stale'} — run node test/corpus/expect.js ${id}`,
      );
      failed++;
    } else {
      fs.mkdirSync(EXPECTED, { recursive: true });
      fs.writeFileSync(file, text);
      console.log(`wrote expected/${id}.expected.json`);
    }
  }
  return failed ? 1 : 0;
}

module.exports = { makeExpected, expectedFor, ids };

if (require.main === module) process.exit(main(process.argv.slice(2)));
