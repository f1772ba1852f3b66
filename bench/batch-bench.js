#!/usr/bin/env node
'use strict';
/**
 * Batch benchmark: `jixiao check <folder> --out 汇总.xlsx` over many small generated workbooks.
 *
 *   node bench/batch-bench.js [--files 2000] [--regenerate]
 *
 * Generates (once) bench/out/batch/<n>/ with n workbooks of 3 small declaration forms each
 * (bench/generate.js, seed = file number), then runs the compiled CLI (bin/jixiao.js) in a fresh
 * process, each measured by probe.js (wall time, CPU, peak RSS of the main thread — worker threads
 * share the process, so peak RSS covers them too):
 *   (a) 2,000 files at --jobs 1 and at --jobs <all cores>;
 *   (b) 200 / 1,000 / 2,000 files at all cores: ms per workbook, to show the cost is linear.
 * Writes bench/out/batch-bench.json and prints the table.
 */
const { execFileSync, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { generate } = require('./generate');

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(__dirname, 'out', 'batch');
const BIN = path.join(ROOT, 'bin', 'jixiao.js');
const PROBE = path.join(__dirname, 'probe.js');

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const MAX = Number(opt('files', 2000));
const SIZES = [200, 1000, 2000].filter((n) => n <= MAX);
if (!SIZES.includes(MAX)) SIZES.push(MAX);
const REGENERATE = args.includes('--regenerate');
const CORES = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;

async function ensureFiles() {
  // one pool of MAX files; the folder for n files holds hard links to the first n
  const pool = path.join(OUT, 'all');
  fs.mkdirSync(pool, { recursive: true });
  const t0 = Date.now();
  let made = 0;
  for (let i = 1; i <= MAX; i++) {
    const file = path.join(pool, `单位${String(i).padStart(4, '0')}.xlsx`);
    if (!REGENERATE && fs.existsSync(file)) continue;
    await generate({ forms: 3, seed: i, file, single: 3 });
    fs.rmSync(`${file}.json`, { force: true });
    made++;
  }
  if (made) process.stderr.write(`generated ${made} workbooks in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
  for (const n of SIZES) {
    const dir = path.join(OUT, String(n));
    if (fs.existsSync(dir) && fs.readdirSync(dir).length === n && !made) continue;
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    for (let i = 1; i <= n; i++) {
      const name = `单位${String(i).padStart(4, '0')}.xlsx`;
      try {
        fs.linkSync(path.join(pool, name), path.join(dir, name));
      } catch {
        fs.copyFileSync(path.join(pool, name), path.join(dir, name));
      }
    }
  }
}

function runCli(n, jobs) {
  const dir = path.join(OUT, String(n));
  const summary = path.join(__dirname, 'out', `batch-summary-${n}-${jobs}.xlsx`);
  const probeOut = path.join(__dirname, 'out', `batch-probe-${n}-${jobs}.jsonl`);
  fs.rmSync(probeOut, { force: true });
  const t0 = process.hrtime.bigint();
  const r = spawnSync(
    process.execPath,
    ['-r', PROBE, BIN, 'check', dir, '--format', 'json', '--jobs', String(jobs), '--out', summary],
    {
      env: { ...process.env, JIXIAO_BENCH_PROBE: probeOut },
      maxBuffer: 1024 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`jixiao exited ${r.status}: ${r.stderr}`);
  const report = JSON.parse(r.stdout.toString('utf8'));
  const probe = JSON.parse(fs.readFileSync(probeOut, 'utf8').trim().split('\n').pop());
  const forms = report.files.reduce((s, f) => s + f.forms.length, 0);
  const unreadable = report.files.filter((f) => f.error).length;
  return {
    n,
    jobs,
    wallMs: Math.round(wall),
    cpuMs: Math.round(probe.userMs + probe.systemMs),
    peakRssMb: Math.round(probe.maxRssMB),
    files: report.files.length,
    forms,
    unreadable,
    msPerWorkbook: +(wall / n).toFixed(2),
  };
}

async function main() {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'cli', 'check-worker.js')))
    execFileSync('npm', ['run', 'build:cli'], { cwd: ROOT, stdio: 'inherit' });
  await ensureFiles();
  const results = {
    date: new Date().toISOString(),
    node: process.version,
    cores: CORES,
    cpu: os.cpus()[0]?.model,
    memGb: +(os.totalmem() / 2 ** 30).toFixed(1),
    loadavg: os.loadavg().map((x) => +x.toFixed(2)),
    runs: [],
  };
  // warm the file cache
  runCli(SIZES[0], CORES);
  const runs = [];
  runs.push(runCli(MAX, 1));
  runs.push(runCli(MAX, CORES));
  for (const n of SIZES) if (n !== MAX) runs.push(runCli(n, CORES));
  results.runs = runs;
  results.loadavgAfter = os.loadavg().map((x) => +x.toFixed(2));
  fs.writeFileSync(path.join(__dirname, 'out', 'batch-bench.json'), JSON.stringify(results, null, 2) + '\n');

  const line = (cells) => `| ${cells.join(' | ')} |`;
  console.log(
    `batch bench — ${results.cpu}, ${CORES} cores, node ${process.version}, load ${results.loadavg.join(' ')} → ${results.loadavgAfter.join(' ')}`,
  );
  console.log(line(['workbooks', 'jobs', 'wall s', 'CPU s', 'peak RSS MB', 'ms / workbook', 'forms']));
  console.log(line(['---:', '---:', '---:', '---:', '---:', '---:', '---:']));
  for (const r of runs.sort((a, b) => a.n - b.n || a.jobs - b.jobs)) {
    console.log(
      line([
        r.n.toLocaleString('en-US'),
        r.jobs,
        (r.wallMs / 1000).toFixed(1),
        (r.cpuMs / 1000).toFixed(1),
        r.peakRssMb,
        r.msPerWorkbook,
        r.forms.toLocaleString('en-US'),
      ]),
    );
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
