#!/usr/bin/env node
'use strict';
/**
 * `npm run bench`: how long `jixiao check` takes on a big workbook, against a bare exceljs load.
 *
 *   (a) bare exceljs load:  node bench/load-exceljs.js <file>      (new ExcelJS.Workbook().xlsx.readFile)
 *   (a′) the same, lean:     node bench/load-exceljs.js --lean <file>  (exceljs/lib/doc/workbook: the
 *                            document model alone, as jixiao loads it — for reading b/a honestly)
 *   (b) full check:         node bin/jixiao.js check <file> --format json   (read + engine + report)
 *   (c) engine alone:       dist/core/analyze.js analyzeWorkbook over the snapshot of dist/workbook/node.js
 *
 * (a) and (b) run in a fresh child process per iteration (1 warm-up, then N, interleaved a,b,a,b… so
 * drift on a busy 2-core machine hits both alike): a fresh process is the only fair way to get each
 * one's peak RSS, and it is how the CLI is really used. Both children are preloaded with
 * bench/probe.js, which times from before any program module is required to process exit and reads
 * process.resourceUsage().maxRSS — the same yardstick for both, so b/a compares like with like
 * (node's own boot, ~40 ms, is outside it; the parent's spawn-to-exit wall time is printed too).
 * (b)'s stdout (the JSON report) goes to bench/out/check-report.json and is parsed for the counts.
 *
 * (c) runs in one child (see engine-child.js for why in-process there).
 *
 * Requires the COMPILED code: run `npm run build:cli` first (npm run bench does).
 * Options: --iterations N (7), --forms N (300), --seed N (1), --regenerate,
 *          --baseline DIR: also run DIR/bin/jixiao.js (another checkout, built) as (b0), interleaved
 *          with the others, so a change is compared with its base in the same machine state.
 * The order of the children is rotated from one iteration to the next.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { generate } = require('./generate');

const ROOT = path.join(__dirname, '..');
const OUT = path.join(__dirname, 'out');
const PROBE = path.join(__dirname, 'probe.js');

function arg(name, dflt) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? Number(process.argv[i + 1]) : dflt;
}
const ITERATIONS = arg('iterations', 7);
const WARMUP = 1;
const FORMS = arg('forms', 300);
const SEED = arg('seed', 1);
const BASELINE = (() => {
  const i = process.argv.indexOf('--baseline');
  return i >= 0 && process.argv[i + 1] ? path.resolve(process.argv[i + 1]) : null;
})();

const median = (xs) => {
  const s = [...xs].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const r1 = (x) => Math.round(x * 10) / 10;
const tty = Boolean(process.stdout.isTTY);
/** Progress on one line for a terminal; nothing when piped, so logs stay clean. */
const progress = (text) => {
  if (tty) process.stdout.write('\r' + text.padEnd(48) + (text === '' ? '\r' : ''));
};
const r2 = (x) => Math.round(x * 100) / 100;

/** Runs `node -r probe.js <args>` once; returns the probe line plus the parent's wall time. */
function runProbed(args, stdoutFile) {
  const probeFile = path.join(OUT, `probe-${process.pid}.jsonl`);
  fs.rmSync(probeFile, { force: true });
  const fd = stdoutFile ? fs.openSync(stdoutFile, 'w') : 'ignore';
  const t = process.hrtime.bigint();
  const res = spawnSync(process.execPath, ['-r', PROBE, ...args], {
    cwd: ROOT,
    stdio: ['ignore', fd, 'pipe'],
    env: { ...process.env, JIXIAO_BENCH_PROBE: probeFile },
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = Number(process.hrtime.bigint() - t) / 1e6;
  if (typeof fd === 'number') fs.closeSync(fd);
  if (res.error) throw res.error;
  if (!fs.existsSync(probeFile)) throw new Error(`no probe output from ${args.join(' ')}: ${res.stderr}`);
  const probe = JSON.parse(fs.readFileSync(probeFile, 'utf8').trim().split('\n').pop());
  fs.rmSync(probeFile, { force: true });
  return { ...probe, wallMs, status: res.status, stderr: String(res.stderr || '') };
}

async function main() {
  for (const f of ['cli/main.js', 'core/analyze.js', 'workbook/node.js']) {
    if (!fs.existsSync(path.join(ROOT, 'dist', f))) {
      console.error(`dist/${f} is missing: run \`npm run build:cli\` first (or \`npm run bench\`).`);
      process.exit(2);
    }
  }
  fs.mkdirSync(OUT, { recursive: true });
  const file = path.join(OUT, `bench-${FORMS}.xlsx`);
  const manifestFile = `${file}.json`;
  let manifest;
  if (process.argv.includes('--regenerate') || !fs.existsSync(file) || !fs.existsSync(manifestFile)) {
    manifest = await generate({ forms: FORMS, seed: SEED, file });
    console.log(`generated ${path.relative(ROOT, file)} (${FORMS} forms, seed ${SEED})`);
  } else {
    manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
  }
  const rel = path.relative(ROOT, file);
  const reportFile = path.join(OUT, 'check-report.json');

  const loadBefore = os.loadavg()[0];
  // Node's own start-up, for context only.
  const boot = [];
  for (let i = 0; i < 3; i++) boot.push(runProbed(['-e', '0']).wallMs);

  // (a), (a′), (b) [and (b0)], interleaved, fresh process each, the order rotated every iteration.
  const a = [];
  const aLean = [];
  const b = [];
  const b0 = [];
  const checkArgs = (root) => [path.join(root, 'bin', 'jixiao.js'), 'check', rel, '--format', 'json'];
  const kinds = [
    { into: a, args: [path.join('bench', 'load-exceljs.js'), rel], what: 'bare exceljs load' },
    { into: aLean, args: [path.join('bench', 'load-exceljs.js'), '--lean', rel], what: 'lean exceljs load' },
    { into: b, args: checkArgs(ROOT), what: 'jixiao check', out: reportFile, check: true },
  ];
  if (BASELINE)
    kinds.push({
      into: b0,
      args: checkArgs(BASELINE),
      what: 'baseline jixiao check',
      out: path.join(OUT, 'check-report-baseline.json'),
      check: true,
    });
  for (let i = 0; i < WARMUP + ITERATIONS; i++) {
    progress(`iteration ${i + 1 - WARMUP}/${ITERATIONS}${i < WARMUP ? ' (warm-up)' : ''}`);
    for (let k = 0; k < kinds.length; k++) {
      const kind = kinds[(i + k) % kinds.length];
      const r = runProbed(kind.args, kind.out);
      const ok = kind.check ? r.status === 0 || r.status === 1 : r.status === 0;
      if (!ok) throw new Error(`${kind.what} exited ${r.status}: ${r.stderr}`);
      if (i >= WARMUP) kind.into.push(r);
    }
  }
  progress('');

  // Counts from the CLI's own JSON report.
  const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
  const rf = report.files[0];
  const cliForms = rf.forms.length;
  const cliIndicators = rf.forms.reduce((s, f) => s + f.indicators.length, 0);
  const cliIssues = rf.issues.length;

  // (c) the engine alone.
  progress('(c) engine …');
  const ce = spawnSync(
    process.execPath,
    ['--expose-gc', path.join(__dirname, 'engine-child.js'), file, String(WARMUP), String(ITERATIONS)],
    {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (ce.status !== 0) throw new Error(`engine child failed: ${ce.stderr}`);
  const engine = JSON.parse(ce.stdout.trim().split('\n').pop());
  progress('');
  const loadAfter = os.loadavg()[0];

  const aMs = median(a.map((x) => x.ms));
  const bMs = median(b.map((x) => x.ms));
  const aWall = median(a.map((x) => x.wallMs));
  const bWall = median(b.map((x) => x.wallMs));
  const aRead = median(a.map((x) => x.extra.readFileMs));
  const engineMs = median(engine.runsMs);
  const perK = (engineMs / engine.indicators) * 1000;
  const steadyMs = median(engine.steadyRunsMs);
  const steadyPerK = (steadyMs / engine.indicators) * 1000;
  const coldPerK = (engine.coldMs / engine.indicators) * 1000;
  const engineCpu = median(engine.cpuMs);
  const perKCpu = (engineCpu / engine.indicators) * 1000;
  const aCpu = median(a.map((x) => x.userMs + x.systemMs));
  const bCpu = median(b.map((x) => x.userMs + x.systemMs));
  const mainOf = (xs) => (xs.every((x) => typeof x.mainCpuMs === 'number') ? median(xs.map((x) => x.mainCpuMs)) : null);
  const summary = (xs) =>
    xs.length === 0
      ? null
      : {
          medianMs: r1(median(xs.map((x) => x.ms))),
          medianWallMs: r1(median(xs.map((x) => x.wallMs))),
          medianCpuMs: r1(median(xs.map((x) => x.userMs + x.systemMs))),
          medianMainCpuMs: mainOf(xs) === null ? null : r1(mainOf(xs)),
          peakRssMB: r1(Math.max(...xs.map((x) => x.maxRssMB))),
          runsMs: xs.map((x) => r1(x.ms)),
        };
  const ratios = (num, den) =>
    num && den
      ? {
          ms: r2(num.medianMs / den.medianMs),
          wall: r2(num.medianWallMs / den.medianWallMs),
          cpu: r2(num.medianCpuMs / den.medianCpuMs),
          mainCpu: num.medianMainCpuMs && den.medianMainCpuMs ? r2(num.medianMainCpuMs / den.medianMainCpuMs) : null,
        }
      : null;
  const sA = summary(a);
  const sLean = summary(aLean);
  const sB = summary(b);
  const sB0 = summary(b0);
  const figures = {
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpu: os.cpus()[0] ? os.cpus()[0].model : '',
      memGB: r1(os.totalmem() / 2 ** 30),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      loadAvg1mBefore: r2(loadBefore),
      loadAvg1mAfter: r2(loadAfter),
    },
    file: rel,
    bytes: fs.statSync(file).size,
    iterations: ITERATIONS,
    warmup: WARMUP,
    expected: {
      forms: manifest.forms,
      indicators: manifest.indicators,
      malformed: manifest.malformed,
      sheets: manifest.sheets,
    },
    nodeBootMs: r1(median(boot)),
    a_exceljsLoad: {
      medianMs: r1(aMs),
      medianWallMs: r1(aWall),
      medianReadFileMs: r1(aRead),
      peakRssMB: r1(Math.max(...a.map((x) => x.maxRssMB))),
      medianCpuMs: r1(aCpu),
      medianMainCpuMs: sA.medianMainCpuMs,
      runsMs: a.map((x) => r1(x.ms)),
    },
    a_lean_exceljsLoad: sLean,
    b0_baselineCheck: sB0 ? { root: BASELINE, ...sB0 } : null,
    b_fullCheck: {
      medianMs: r1(bMs),
      medianWallMs: r1(bWall),
      peakRssMB: r1(Math.max(...b.map((x) => x.maxRssMB))),
      medianCpuMs: r1(bCpu),
      medianMainCpuMs: sB.medianMainCpuMs,
      runsMs: b.map((x) => r1(x.ms)),
      exitCode: b[b.length - 1].status,
      reportBytes: fs.statSync(reportFile).size,
      forms: cliForms,
      indicators: cliIndicators,
      issues: cliIssues,
    },
    ratio_b_over_a: r2(bMs / aMs),
    ratio_b_over_a_wall: r2(bWall / aWall),
    ratio_b_over_a_cpu: r2(bCpu / aCpu),
    ratio_b_over_a_mainCpu: ratios(sB, sA).mainCpu,
    ratio_b_over_aLean: ratios(sB, sLean),
    ratio_b0_over_a: ratios(sB0, sA),
    c_engine: {
      medianMs: r1(engineMs),
      coldMs: r1(engine.coldMs),
      coldMsPer1000Indicators: r1(coldPerK),
      steadyMedianMs: r1(steadyMs),
      steadyMsPer1000Indicators: r1(steadyPerK),
      steadyRunsMs: engine.steadyRunsMs.map(r1),
      runsMs: engine.runsMs.map(r1),
      msPer1000Indicators: r1(perK),
      medianCpuMs: r1(engineCpu),
      coldCpuMs: r1(engine.coldCpuMs),
      cpuMsPer1000Indicators: r1(perKCpu),
      adapterReadMs: r1(engine.readMs),
      reportRenderMs: r1(engine.reportMs),
      sheets: engine.sheets,
      cells: engine.cells,
      forms: engine.forms,
      indicators: engine.indicators,
      verdicts: engine.verdicts,
      issues: engine.issues,
      issuesBySeverity: engine.issuesBySeverity,
      topIssueCodes: Object.entries(engine.issuesByCode)
        .sort((x, y) => y[1] - x[1])
        .slice(0, 8),
      layouts: engine.layouts,
    },
    aims: { ratio: 1.3, engineMsPer1000Indicators: 50 },
  };
  fs.writeFileSync(path.join(OUT, 'check-bench.json'), JSON.stringify(figures, null, 2) + '\n');

  const ok = (cond) => (cond ? 'ok' : 'OVER');
  const same = (cond) => (cond ? 'ok' : 'MISMATCH');
  const lines = [
    `jixiao check benchmark — ${figures.date.slice(0, 10)}, ${figures.machine.cpus} cores, ${figures.machine.cpu}, node ${figures.machine.node}`,
    `file: ${rel} (${(figures.bytes / 1024).toFixed(0)} KB, ${manifest.sheets} sheets, ${manifest.forms} forms, ${manifest.indicators} indicators written, ${manifest.malformed} malformed)`,
    `load average (1 min) ${r2(loadBefore)} before, ${r2(loadAfter)} after — other work on the machine inflates every figure`,
    `median of ${ITERATIONS} runs after ${WARMUP} warm-up; (a),(b): fresh process each, timed preload→exit; node boot ≈ ${figures.nodeBootMs} ms not included`,
    '',
    `                                   (a) exceljs load   (b) jixiao check`,
    `  median ms                        ${pad(figures.a_exceljsLoad.medianMs)}   ${pad(figures.b_fullCheck.medianMs)}`,
    `  median wall ms (spawn→exit)      ${pad(figures.a_exceljsLoad.medianWallMs)}   ${pad(figures.b_fullCheck.medianWallMs)}`,
    `  median CPU ms (user+sys)         ${pad(figures.a_exceljsLoad.medianCpuMs)}   ${pad(figures.b_fullCheck.medianCpuMs)}`,
    `  peak RSS MB                      ${pad(figures.a_exceljsLoad.peakRssMB)}   ${pad(figures.b_fullCheck.peakRssMB)}`,
    '',
    `  main-thread CPU ms               ${pad(sA.medianMainCpuMs)}   ${pad(sB.medianMainCpuMs)}`,
    '',
    `  ratio b/a                        ${figures.ratio_b_over_a}  (wall ${figures.ratio_b_over_a_wall}, CPU ${figures.ratio_b_over_a_cpu}, main-thread CPU ${figures.ratio_b_over_a_mainCpu}; aim ≤ 1.3: ${ok(figures.ratio_b_over_a <= 1.3)})`,
    `  (a′) lean exceljs load           ${sLean.medianMs} ms, wall ${sLean.medianWallMs}, CPU ${sLean.medianCpuMs}, main ${sLean.medianMainCpuMs}, ${sLean.peakRssMB} MB`,
    `  ratio b/a′ (over what jixiao loads of exceljs)  ${JSON.stringify(figures.ratio_b_over_aLean)}`,
    ...(sB0
      ? [
          `  (b0) baseline ${BASELINE}: ${sB0.medianMs} ms, wall ${sB0.medianWallMs}, CPU ${sB0.medianCpuMs}, main ${sB0.medianMainCpuMs}, ${sB0.peakRssMB} MB`,
          `  ratio b0/a (the baseline, same runs)            ${JSON.stringify(figures.ratio_b0_over_a)}`,
        ]
      : []),
    `  (a) readFile alone, ms           ${figures.a_exceljsLoad.medianReadFileMs}`,
    `  (c) engine median ms             ${figures.c_engine.medianMs}  (cold first run ${figures.c_engine.coldMs})`,
    `  (c) engine ms / 1,000 indicators ${figures.c_engine.msPer1000Indicators} after a forced GC (aim ≤ 50: ${ok(perK <= 50)}); ${figures.c_engine.steadyMsPer1000Indicators} warm, no forced GC (${ok(steadyPerK <= 50)}); ${figures.c_engine.coldMsPer1000Indicators} cold, first run in a process (JIT warm-up; part of (b), judged there)`,
    `  (c) engine CPU ms, per 1,000     ${figures.c_engine.medianCpuMs}, ${figures.c_engine.cpuMsPer1000Indicators}  (cold first run ${figures.c_engine.coldCpuMs})`,
    `  adapter read (dist) ms           ${figures.c_engine.adapterReadMs}  (${engine.cells} cells; first read in its process)`,
    `  report + JSON render ms          ${figures.c_engine.reportRenderMs}`,
    '',
    `  forms found        engine ${engine.forms}, CLI ${cliForms}, written ${manifest.forms}  ${same(engine.forms === manifest.forms && cliForms === manifest.forms)}`,
    `  indicators found   engine ${engine.indicators}, CLI ${cliIndicators}, written ${manifest.indicators}  ${same(engine.indicators === manifest.indicators && cliIndicators === manifest.indicators)}`,
    `  verdicts           ${JSON.stringify(engine.verdicts)} (malformed written: ${manifest.malformed})`,
    `  issues             ${engine.issues} ${JSON.stringify(engine.issuesBySeverity)}; CLI exit ${figures.b_fullCheck.exitCode}, report ${(figures.b_fullCheck.reportBytes / 2 ** 20).toFixed(1)} MB`,
    `  top issue codes    ${figures.c_engine.topIssueCodes.map(([c, n]) => `${c} ${n}`).join(', ')}`,
    '',
    `figures written to ${path.relative(ROOT, path.join(OUT, 'check-bench.json'))}`,
  ];
  console.log(lines.join('\n'));
}

function pad(x) {
  return String(x).padStart(16);
}

main().catch((err) => {
  console.error(err && err.stack ? err.stack : err);
  process.exitCode = 1;
});
