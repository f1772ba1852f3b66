'use strict';
/**
 * Child for measurement (c): the engine alone. Reads the workbook once with the compiled adapter
 * (dist/workbook/node.js), then runs the compiled engine (dist/core/analyze.js analyzeWorkbook) over
 * that same snapshot `1 + warmup + iterations` times, with a forced GC before each run
 * (run with --expose-gc), then `iterations` times more without (steady state). Prints one JSON object on stdout.
 *
 * In-process on purpose: the engine is pure synchronous computation on an in-memory snapshot, so the
 * repeated runs measure the same work; a fresh process per run would mostly measure reading the file
 * and JIT warm-up. The first (cold) run is reported separately — that is what one CLI run pays.
 */
const path = require('path');
const dist = path.join(__dirname, '..', 'dist');
const { readWorkbookFile } = require(path.join(dist, 'workbook', 'node.js'));
const { analyzeWorkbook } = require(path.join(dist, 'core', 'analyze.js'));
const { report, reportFile } = require(path.join(dist, 'core', 'report.js'));
const { renderReport } = require(path.join(dist, 'cli', 'check.js'));

const [file, warmupArg, iterArg] = process.argv.slice(2);
const warmup = Number(warmupArg ?? 1);
const iterations = Number(iterArg ?? 7);
const gc = typeof global.gc === 'function' ? global.gc : () => {};

(async () => {
  let t = process.hrtime.bigint();
  const snapshot = await readWorkbookFile(file);
  const readMs = Number(process.hrtime.bigint() - t) / 1e6;
  const cells = snapshot.sheets.reduce((s, sh) => s + sh.cells.length, 0);

  // Wall time and CPU time (user+system of the whole process) per run: on a shared machine the CPU
  // time is the steadier of the two, since waiting for a core does not count.
  const runs = [];
  const cpu = [];
  let model = null;
  for (let i = 0; i < 1 + warmup + iterations; i++) {
    gc();
    const c = process.cpuUsage();
    t = process.hrtime.bigint();
    model = analyzeWorkbook(snapshot, { lang: 'zh' });
    runs.push(Number(process.hrtime.bigint() - t) / 1e6);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  // The same runs without a forced GC before each (steady state: the heap as the previous run left it, which is how
  // an engine that checks sheet after sheet — the pane's live re-check, a folder of files — runs).
  const steady = [];
  for (let i = 0; i < iterations; i++) {
    t = process.hrtime.bigint();
    model = analyzeWorkbook(snapshot, { lang: 'zh' });
    steady.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  // The CLI's last step, for the breakdown of (b): the report model and its JSON text (once, cold-ish).
  t = process.hrtime.bigint();
  const json = renderReport(report([reportFile(file, model)]), { format: 'json', lang: 'zh' });
  const reportMs = Number(process.hrtime.bigint() - t) / 1e6;

  const indicators = model.forms.reduce((s, f) => s + f.indicators.length, 0);
  const verdicts = {};
  for (const f of model.forms) for (const ind of f.indicators) verdicts[ind.verdict] = (verdicts[ind.verdict] ?? 0) + 1;
  const issuesBySeverity = {};
  const issuesByCode = {};
  for (const i of model.issues) {
    issuesBySeverity[i.severity] = (issuesBySeverity[i.severity] ?? 0) + 1;
    issuesByCode[i.code] = (issuesByCode[i.code] ?? 0) + 1;
  }
  const layouts = {};
  for (const f of model.forms) layouts[f.layout] = (layouts[f.layout] ?? 0) + 1;
  process.stdout.write(
    JSON.stringify({
      readMs,
      reportMs,
      reportBytes: Buffer.byteLength(json),
      sheets: snapshot.sheets.length,
      cells,
      coldMs: runs[0],
      warmupMs: runs.slice(1, 1 + warmup),
      runsMs: runs.slice(1 + warmup),
      steadyRunsMs: steady,
      coldCpuMs: cpu[0],
      cpuMs: cpu.slice(1 + warmup),
      forms: model.forms.length,
      indicators,
      verdicts,
      issues: model.issues.length,
      issuesBySeverity,
      issuesByCode,
      layouts,
    }) + '\n',
  );
})().catch((err) => {
  console.error(err);
  process.exitCode = 2;
});
