#!/usr/bin/env node
/**
 * The generated parts of test/corpus/README.md: the table of sources and the corpus figures, from the specs'
 * `source` blocks and the expected answers. `node test/corpus/readme.js` rewrites them in place (between the
 * <!-- sources --> and <!-- figures --> markers); `--check` exits 1 when README.md is not current.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { listSpecs, loadSpec } = require('./build');

const README = path.join(__dirname, 'README.md');
const EXPECTED = path.join(__dirname, 'expected');

/** 一级 text → is it a 成本 一级 (成本指标, 成本指标(20分), 三、成本指标 …). */
function isCostLevel1(text) {
  const t = String(text || '')
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/^([一二三四五六七八九十]+、|\(\S\)|\d+\.)/, '')
    .replace(/\(\d+(\.\d+)?(-\d+(\.\d+)?)?分?\)分?$/, ''); // (50分), (0-20)分, (40-50分)
  return t === '成本指标' || t === '成本';
}

function corpus() {
  return listSpecs().map((f) => {
    const spec = loadSpec(f);
    const ef = path.join(EXPECTED, `${spec.id}.expected.json`);
    const expected = fs.existsSync(ef) ? JSON.parse(fs.readFileSync(ef, 'utf8')) : null;
    return { spec, expected };
  });
}

function figures(items) {
  const sources = items.map((i) => i.spec.source);
  const years = sources.map((s) => Number(s.year));
  const f = {
    forms: items.length,
    projects: items.reduce((n, i) => n + (i.expected ? i.expected.forms.length : 0), 0),
    indicators: items.reduce((n, i) => n + (i.expected ? i.expected.indicators.length : 0), 0),
    provinces: [...new Set(sources.map((s) => s.province))].sort(),
    yearFrom: Math.min(...years),
    yearTo: Math.max(...years),
    selfEvaluations: sources.filter((s) => s.kind === 'self-evaluation').length,
    split: sources.filter((s) => /split/.test(s.layout)).length,
    approvalOrList: sources.filter((s) => s.kind === 'approval' || s.kind === 'list').length,
    costLevel1: items.filter((i) => i.expected && i.expected.indicators.some((x) => isCostLevel1(x.level1))).length,
  };
  return f;
}

const esc = (s) =>
  String(s ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ');

function sourcesTable(items) {
  const lines = ['| id | province | year | kind | layout | publisher | address |', '|---|---|---|---|---|---|---|'];
  for (const { spec } of items) {
    const s = spec.source;
    lines.push(
      `| ${spec.id} | ${esc(s.province)} | ${s.year} | ${s.kind} | ${s.layout} | ${esc(s.publisher)} | ${esc(s.url)} |`,
    );
  }
  return lines.join('\n');
}

function figuresText(f) {
  return [
    `- published forms (workbooks): **${f.forms}**; projects (forms the engine must find): ${f.projects}; indicator rows: ${f.indicators}`,
    `- provinces: **${f.provinces.length}** (${f.provinces.join('、')})`,
    `- years: ${f.yearFrom}–${f.yearTo}`,
    `- self-evaluations: **${f.selfEvaluations}**; split layouts: **${f.split}**; 批复表 / list-style tables: **${f.approvalOrList}**; with 成本指标 as a 一级: **${f.costLevel1}**`,
  ].join('\n');
}

function render(text, items) {
  const f = figures(items);
  const put = (t, name, body) => {
    const re = new RegExp(`(<!-- ${name} -->)[\\s\\S]*?(<!-- /${name} -->)`);
    if (!re.test(t)) throw new Error(`README.md has no <!-- ${name} --> … <!-- /${name} --> block`);
    return t.replace(re, (_, a, b) => `${a}\n${body}\n${b}`);
  };
  return put(put(text, 'sources', sourcesTable(items)), 'figures', figuresText(f));
}

module.exports = { corpus, figures, render, isCostLevel1, README };

if (require.main === module) {
  const items = corpus();
  const old = fs.readFileSync(README, 'utf8');
  const text = render(old, items);
  if (process.argv.includes('--check')) {
    if (text !== old) {
      console.error('test/corpus/README.md is not current — run node test/corpus/readme.js');
      process.exit(1);
    }
  } else if (text !== old) {
    fs.writeFileSync(README, text);
    console.log('README.md updated');
  }
}
