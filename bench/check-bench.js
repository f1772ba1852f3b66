#!/usr/bin/env node
'use strict';
/**
 * `npm run bench`: how long `jixiao check` takes on a big workbook, against a bare exceljs load.
 *
 *   (a) bare exceljs load:  node bench/load-exceljs.js <file>      (new ExcelJS.Workbook().xlsx.readFile)
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
 * Options: --iterations N (7), --forms N (300), --seed N (1), --regenerate.
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

  // (a) and (b), interleaved, fresh process each.
  const a = [];
  const b = [];
  for (let i = 0; i < WARMUP + ITERATIONS; i++) {
    progress(`(a)/(b) iteration ${i + 1 - WARMUP}/${ITERATIONS}${i < WARMUP ? ' (warm-up)' : ''}`);
    const ra = runProbed([path.join('bench', 'load-exceljs.js'), rel]);
    if (ra.status !== 0) throw new Error(`bare exceljs load failed: ${ra.stderr}`);
    const rb = runProbed([path.join('bin', 'jixiao.js'), 'check', rel, '--format', 'json'], reportFile);
    if (rb.status !== 0 && rb.status !== 1) throw new Error(`jixiao check exited ${rb.status}: ${rb.stderr}`);
    if (i >= WARMUP) {
      a.push(ra);
      b.push(rb);
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
  const ce = spawnSync(process.execPath, ['--expose-gc', path.join(__dirname, 'engine-child.js'), file, String(WARMUP), String(ITERATIONS)], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
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
  const engineCpu = median(engine.cpuMs);
  const perKCpu = (engineCpu / engine.indicators) * 1000;
  const aCpu = median(a.map((x) => x.userMs + x.systemMs));
  const bCpu = median(b.map((x) => x.userMs + x.systemMs));
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
    expected: { forms: manifest.forms, indicators: manifest.indicators, malformed: manifest.malformed, sheets: manifest.sheets },
    nodeBootMs: r1(median(boot)),
    a_exceljsLoad: {
      medianMs: r1(aMs),
      medianWallMs: r1(aWall),
      medianReadFileMs: r1(aRead),
      peakRssMB: r1(Math.max(...a.map((x) => x.maxRssMB))),
      medianCpuMs: r1(aCpu),
      runsMs: a.map((x) => r1(x.ms)),
    },
    b_fullCheck: {
      medianMs: r1(bMs),
      medianWallMs: r1(bWall),
      peakRssMB: r1(Math.max(...b.map((x) => x.maxRssMB))),
      medianCpuMs: r1(bCpu),
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
    c_engine: {
      medianMs: r1(engineMs),
      coldMs: r1(engine.coldMs),
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
      topIssueCodes: Object.entries(engine.issuesByCode).sort((x, y) => y[1] - x[1]).slice(0, 8),
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
    `  ratio b/a                        ${figures.ratio_b_over_a}  (wall ${figures.ratio_b_over_a_wall}, CPU ${figures.ratio_b_over_a_cpu}; aim ≤ 1.3: ${ok(figures.ratio_b_over_a <= 1.3)})`,
    `  (a) readFile alone, ms           ${figures.a_exceljsLoad.medianReadFileMs}`,
    `  (c) engine median ms             ${figures.c_engine.medianMs}  (cold first run ${figures.c_engine.coldMs})`,
    `  (c) engine ms / 1,000 indicators ${figures.c_engine.msPer1000Indicators}  (aim ≤ 50: ${ok(perK <= 50)})`,
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
