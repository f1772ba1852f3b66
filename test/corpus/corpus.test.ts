/**
 * The corpus of real published forms (test/corpus/README.md): every transcription is built, every workbook is read
 * through the real adapter and engine, and every check of test/helpers/compare-expected.ts is held against the
 * expected answer — as a strict ratchet: a check fails exactly when known-gaps.json says it does. A listed gap
 * that now passes fails the test too, until it is removed from known-gaps.json.
 *
 * UPDATE_KNOWN_GAPS=1 npx jest test/corpus   rewrites known-gaps.json from the current engine (review the diff!).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeWorkbook } from '../../src/core/analyze';
import { readWorkbookFile } from '../../src/workbook/node';
import { CHECKS, compareAll, type CheckName } from '../helpers/compare-expected';
import type { Expected } from '../helpers/shared';

/* eslint-disable @typescript-eslint/no-require-imports */
const build = require('./build.js') as {
  listSpecs(): string[];
  loadSpec(file: string): Spec;
  differences(spec: Spec): Promise<string[]>;
  XLSX: string;
};
const expect_ = require('./expect.js') as { expectedFor(id: string): string; ids(): string[] };
const readme = require('./readme.js') as {
  corpus(): { spec: Spec; expected: Expected | null }[];
  figures(items: { spec: Spec; expected: Expected | null }[]): Figures;
  render(text: string, items: { spec: Spec; expected: Expected | null }[]): string;
  README: string;
};

interface Spec {
  id: string;
  source: {
    url: string;
    publisher: string;
    year: number;
    province: string;
    kind: string;
    layout: string;
    notes?: string;
  };
  sheets: unknown[];
}
interface Figures {
  forms: number;
  projects: number;
  indicators: number;
  provinces: string[];
  yearFrom: number;
  yearTo: number;
  selfEvaluations: number;
  split: number;
  approvalOrList: number;
  costLevel1: number;
}

const DIR = __dirname;
const GAPS_FILE = path.join(DIR, 'known-gaps.json');
/** The pseudo-id under which the corpus's own promises (counts) may be listed while the corpus grows. */
const CORPUS = '_corpus';

type Gaps = Record<string, Record<string, string>>;
const knownGaps: Gaps = fs.existsSync(GAPS_FILE) ? (JSON.parse(fs.readFileSync(GAPS_FILE, 'utf8')) as Gaps) : {};
const updating = process.env.UPDATE_KNOWN_GAPS === '1';
const observed: Gaps = {};

function record(id: string, check: string, failures: string[], reasonIfNew: string): void {
  if (failures.length === 0) return;
  observed[id] ??= {};
  observed[id][check] = knownGaps[id]?.[check] ?? `TODO review: ${reasonIfNew}`;
}

/** The ratchet: the check fails exactly when it is listed. */
function ratchet(id: string, check: string, failures: string[]): void {
  const listed = knownGaps[id]?.[check] !== undefined;
  record(id, check, failures, failures[0] ?? '');
  if (updating) return;
  if (listed) {
    if (failures.length === 0) throw new Error(`${id}: "${check}" now passes — remove it from known-gaps.json`);
  } else {
    expect(failures).toEqual([]);
  }
}

const items = readme.corpus();
const ids = items.map((i) => i.spec.id);

test('every spec has its workbook, judgements and expected answer, all current', async () => {
  expect(ids.length).toBeGreaterThan(0);
  const stale: string[] = [];
  for (const { spec } of items) {
    const d = await build.differences(spec);
    if (d.length) stale.push(`${spec.id}: xlsx out of date (${d[0]}) — run node test/corpus/build.js`);
    let text: string | null = null;
    try {
      text = expect_.expectedFor(spec.id);
    } catch (err) {
      stale.push(`${spec.id}: ${(err as Error).message.split('\n').slice(0, 3).join(' ')}`);
    }
    const file = path.join(DIR, 'expected', `${spec.id}.expected.json`);
    if (text !== null && (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text))
      stale.push(`${spec.id}: expected answer stale — run node test/corpus/expect.js ${spec.id}`);
  }
  for (const x of fs.readdirSync(build.XLSX).filter((f) => f.endsWith('.xlsx')))
    if (!ids.includes(x.replace(/\.xlsx$/, ''))) stale.push(`xlsx/${x} has no spec`);
  for (const id of Object.keys(knownGaps))
    if (id !== CORPUS && !ids.includes(id)) stale.push(`known-gaps.json lists ${id}, which has no spec`);
  expect(stale).toEqual([]);
});

test('README.md lists every source and gives the current figures', () => {
  const text = fs.readFileSync(readme.README, 'utf8');
  for (const { spec } of items) expect(text).toContain(spec.source.url);
  expect(readme.render(text, items)).toBe(text);
});

describe.each(items.map((i) => ({ id: i.spec.id, expected: i.expected as Expected })))('$id', ({ id, expected }) => {
  let results: Record<CheckName, string[]>;
  beforeAll(async () => {
    const model = analyzeWorkbook(await readWorkbookFile(path.join(build.XLSX, `${id}.xlsx`)));
    results = compareAll(model, expected);
  });

  test.each(CHECKS)('%s', (check) => {
    ratchet(id, check, results[check]);
  });
});

test('the corpus keeps its promises (≥30 forms, ≥10 provinces, from 2015–2017 to recent years, ≥8 self-evaluations, ≥5 split, ≥3 批复表/list, ≥3 with 成本指标 as 一级)', () => {
  const f = readme.figures(items);
  const broken: string[] = [];
  if (f.forms < 30) broken.push(`${f.forms} forms (< 30)`);
  if (f.provinces.length < 10) broken.push(`${f.provinces.length} provinces (< 10)`);
  // "years 2015–2025" is a span to cover: forms from its early end (2015–2017, the first years of published
  // targets) through recent ones. A form of the current budget year (c-03, 2026) widens the span, it does not break it.
  if (f.yearFrom < 2015 || f.yearFrom > 2017) broken.push(`earliest form ${f.yearFrom}, not in 2015–2017`);
  if (f.yearTo < 2023) broken.push(`latest form ${f.yearTo}, nothing from 2023 on`);
  if (f.selfEvaluations < 8) broken.push(`${f.selfEvaluations} self-evaluations (< 8)`);
  if (f.split < 5) broken.push(`${f.split} split layouts (< 5)`);
  if (f.approvalOrList < 3) broken.push(`${f.approvalOrList} 批复表/list tables (< 3)`);
  if (f.costLevel1 < 3) broken.push(`${f.costLevel1} forms with 成本指标 as 一级 (< 3)`);
  ratchet(CORPUS, 'promises', broken);
});

afterAll(() => {
  if (!updating) return;
  const sorted: Gaps = {};
  for (const id of Object.keys(observed).sort()) {
    sorted[id] = {};
    for (const c of [...CHECKS, 'promises']) if (observed[id][c] !== undefined) sorted[id][c] = observed[id][c];
  }
  fs.writeFileSync(GAPS_FILE, `${JSON.stringify(sorted, null, 2)}\n`);
});
