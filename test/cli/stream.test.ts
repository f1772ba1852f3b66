/**
 * `jixiao check` streams its output: each file's report is written as soon as it and every earlier
 * file are done, in input order, and only running totals are kept. The streamed bytes equal the
 * whole-report rendering (JSON and text), the order survives files finishing out of order,
 * the reorder window stays bounded, and the exit code comes from the running totals.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as ExcelJS from 'exceljs';
import {
  exitCodeFor,
  renderReport,
  reportStream,
  runCheck,
  streamCheck,
  SummarySpool,
  writeSummaryFile,
} from '../../src/cli/check';
import { schedule } from '../../src/cli/pool';
import { report, type Report, type ReportFile, type ReportIssue } from '../../src/core/report';
import { FIXTURES_DIR } from '../helpers/shared';
import { jixiao } from './run';

jest.setTimeout(120_000);

let dir: string;
let folder: string;
let missing: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-stream-'));
  folder = path.join(dir, '返回表');
  fs.mkdirSync(path.join(folder, '区县'), { recursive: true });
  fs.copyFileSync(path.join(FIXTURES_DIR, 'seed-2021-sfj.xlsx'), path.join(folder, '司法局.xlsx'));
  fs.copyFileSync(path.join(FIXTURES_DIR, 'malformed-targets.xlsx'), path.join(folder, '区县', '徐汇区.xlsx'));
  fs.copyFileSync(path.join(FIXTURES_DIR, 'seed-2021-sfj-selfeval.xlsx'), path.join(folder, '自评.xlsx'));
  fs.writeFileSync(path.join(folder, '坏文件.xlsx'), 'a,b,c\n1,2,3\n');
  fs.writeFileSync(path.join(folder, '空文件.xlsx'), '');
  missing = path.join(dir, '没有这个文件.xlsx');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('good, unreadable and missing files', () => {
  let whole: Report;
  let wholeCode: number;
  beforeAll(async () => {
    // the collected report, in-process (the reference)
    const r = await runCheck([missing, folder], { format: 'json', lang: 'zh' });
    whole = r.report;
    wholeCode = r.exitCode;
    expect(whole.files.map((f) => f.error?.code ?? null)).toEqual([
      'file.not-found',
      'file.csv',
      'file.empty',
      null,
      null,
      null,
    ]);
  });

  test('the streamed JSON (worker threads) is the same document, byte for byte, as the whole report', async () => {
    const r = await jixiao(['check', missing, folder, '--format', 'json', '--jobs', '3']);
    expect(r.code).toBe(2);
    expect(r.code).toBe(wholeCode);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(whole)));
    expect(r.stdout).toBe(JSON.stringify(whole, null, 2) + '\n');
    expect(r.stderr).toBe('');
  });

  test('the streamed JSON in-process (--jobs 1) is the same too', async () => {
    const r = await jixiao(['check', missing, folder, '--format', 'json', '--jobs', '1']);
    expect(r.stdout).toBe(renderReport(whole, { format: 'json', lang: 'zh' }));
  });

  test('the streamed text is the whole-report text, in Chinese and in English, with and without --notes', async () => {
    const zh = await jixiao(['check', missing, folder, '--jobs', '2']);
    expect(zh.code).toBe(2);
    expect(zh.stdout).toBe(renderReport(whole, { format: 'text', lang: 'zh' }));
    const notes = await jixiao(['check', missing, folder, '--jobs', '2', '--notes']);
    expect(notes.stdout).toBe(renderReport(whole, { format: 'text', lang: 'zh', notes: true }));
    expect(notes.stdout.length).toBeGreaterThan(zh.stdout.length);
    const en = await runCheck([missing, folder], { format: 'text', lang: 'en' });
    const enCli = await jixiao(['check', missing, folder, '--jobs', '2', '--lang', 'en']);
    expect(enCli.stdout).toBe(renderReport(en.report, { format: 'text', lang: 'en' }));
  });

  test('the summary fed file by file (spooled) has the same cells as the one written from the whole report', async () => {
    const a = path.join(dir, 'whole.xlsx');
    const b = path.join(dir, 'spooled.xlsx');
    await writeSummaryFile(whole, a, 'zh');
    const spool = await SummarySpool.create(b, 'zh');
    for (const f of whole.files) await spool.add(f);
    expect(fs.readdirSync(spool.dir).sort()).toEqual(['indicators.jsonl', 'issues.jsonl', 'summary.jsonl']);
    await spool.write();
    expect(fs.existsSync(spool.dir)).toBe(false);
    const load = async (file: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      return wb.worksheets.map((ws) => ({
        name: ws.name,
        autoFilter: ws.autoFilter,
        rows: ws.getSheetValues().map((row) => JSON.stringify(row)),
        fonts: (() => {
          const colors: string[] = [];
          ws.eachRow((r) =>
            r.eachCell((c) => colors.push(`${c.address}:${c.font?.color?.argb ?? ''}:${c.numFmt ?? ''}`)),
          );
          return colors;
        })(),
      }));
    };
    const [x, y] = await Promise.all([load(a), load(b)]);
    expect(y.map((s) => s.name)).toEqual(['汇总', '部门汇总', '问题清单', '指标明细']);
    expect(y).toEqual(x);
  });
});

function fake(file: string, kind: 'ok' | 'error' | 'warning' | 'unreadable'): ReportFile {
  if (kind === 'unreadable') return { file, error: { code: 'file.csv', message: 'CSV' }, forms: [], issues: [] };
  const issues: ReportIssue[] =
    kind === 'ok'
      ? []
      : [{ code: `x.${kind}`, severity: kind, sheet: 'S', cell: 'E14', row: 14, message: kind, suggestion: null }];
  return { file, error: null, forms: [], issues };
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('order and bounds with several workers', () => {
  let many: string;
  const N = 24;
  beforeAll(() => {
    many = path.join(dir, 'many');
    fs.mkdirSync(many);
    for (let i = 0; i < N; i++) fs.writeFileSync(path.join(many, `f${String(i).padStart(2, '0')}.xlsx`), '');
  });

  test('later files finishing first are held back and written in input order', async () => {
    const completed: number[] = [];
    const emitted: number[] = [];
    const pieces: string[] = [];
    const stream = reportStream({ format: 'json', lang: 'zh' });
    pieces.push(stream.begin());
    let inFlight = 0;
    let maxInFlight = 0;
    let maxAhead = 0;
    const { exitCode, totals } = await streamCheck([many], {
      format: 'json',
      lang: 'zh',
      jobs: 3,
      check: async (file, i) => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        // the first file of every four is slow: the files after it finish first
        await delay(i % 4 === 0 ? 60 : 2);
        inFlight--;
        completed.push(i);
        maxAhead = Math.max(maxAhead, completed.length - emitted.length);
        return fake(file, i === 5 ? 'error' : 'ok');
      },
      onResult: (r, i) => {
        emitted.push(i);
        pieces.push(stream.file(r));
      },
    });
    pieces.push(stream.end());
    expect(completed).not.toEqual([...completed].sort((a, b) => a - b));
    expect(emitted).toEqual(Array.from({ length: N }, (_, i) => i));
    expect(maxInFlight).toBe(3);
    // never more than the window (2 × 3 workers) checked beyond the last file written
    expect(maxAhead).toBeLessThanOrEqual(6);
    const doc = JSON.parse(pieces.join('')) as Report;
    expect(doc.files.map((f) => path.basename(f.file))).toEqual(fs.readdirSync(many).sort());
    expect(pieces.join('')).toBe(renderReport(doc, { format: 'json', lang: 'zh' }));
    expect(exitCode).toBe(1);
    expect(totals).toEqual({ files: N, forms: 0, issues: 1, unreadable: 0, withErrors: 1, noWorkbooks: 0 });
  });

  test('a slow first file stops the dispatch at the window; a slow consumer holds it back too', async () => {
    const started: number[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const order: number[] = [];
    const done = schedule(
      50,
      2,
      4,
      async (i) => {
        started.push(i);
        if (i === 0) await gate;
        return fake(`f${i}`, 'ok');
      },
      async (_r, i) => {
        order.push(i);
        await delay(1);
      },
    );
    await delay(50);
    // file 0 still running: files 1–3 done and held, nothing further dispatched
    expect(started).toEqual([0, 1, 2, 3]);
    expect(order).toEqual([]);
    release();
    await done;
    expect(order).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(started.sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });

  test('a failing consumer rejects the check', async () => {
    await expect(
      schedule(
        5,
        2,
        4,
        async (i) => fake(`f${i}`, 'ok'),
        (_r, i) => {
          if (i === 2) throw new Error('stdout closed');
        },
      ),
    ).rejects.toThrow('stdout closed');
  });
});

describe('exit codes from the running totals', () => {
  let few: string;
  beforeAll(() => {
    few = path.join(dir, 'few');
    fs.mkdirSync(few);
    for (const n of ['a', 'b', 'c']) fs.writeFileSync(path.join(few, `${n}.xlsx`), '');
  });

  const run = async (kinds: Record<string, 'ok' | 'error' | 'warning' | 'unreadable'>, paths = [few]) => {
    const files: ReportFile[] = [];
    const r = await streamCheck(paths, {
      format: 'text',
      lang: 'zh',
      jobs: 2,
      check: async (file) => fake(file, kinds[path.basename(file, '.xlsx')] ?? 'ok'),
      onResult: (f) => void files.push(f),
    });
    expect(r.exitCode).toBe(exitCodeFor(report(files)));
    return r.exitCode;
  };

  test('0 without errors (warnings do not count), 1 with an error, 2 with an unreadable file', async () => {
    expect(await run({})).toBe(0);
    expect(await run({ b: 'warning' })).toBe(0);
    expect(await run({ c: 'error' })).toBe(1);
    expect(await run({ a: 'unreadable', b: 'error' })).toBe(2);
    expect(await run({}, [few, missing])).toBe(2);
    expect(await run({}, [])).toBe(0);
  });

  test('the command line: 0, 1 and 2', async () => {
    expect((await jixiao(['check', path.join(folder, '司法局.xlsx'), '--jobs', '2'])).code).toBe(0);
    expect(
      (await jixiao(['check', path.join(folder, '司法局.xlsx'), path.join(folder, '区县'), '--jobs', '2'])).code,
    ).toBe(1);
    expect((await jixiao(['check', path.join(folder, '区县'), missing, '--format', 'json'])).code).toBe(2);
  });
});
