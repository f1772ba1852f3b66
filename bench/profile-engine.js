#!/usr/bin/env node
'use strict';
/**
 * CPU profile of the engine alone (compiled dist/core), summarised by self time.
 *
 *   node bench/profile-engine.js [file=bench/out/bench-300.xlsx] [runs=5] [top=25]
 *   node bench/profile-engine.js --read [file] [runs=3] [top=25]   # the adapter instead: readWorkbookFile
 *
 * With --read every sample of the read runs counts (exceljs parses in stream callbacks, outside any
 * one frame of ours), and files under node_modules are shown as node_modules/<package>/….
 *
 * Spawns itself under `node --cpu-prof`: the child reads the workbook once (dist/workbook/node.js),
 * runs one untimed warm-up, then starts the profiler's interesting part — analyzeWorkbook `runs` times.
 * The reading itself is in the profile too but is reported apart (exceljs / node internals).
 * Prints the top functions by self time (% of the samples taken while the engine ran) as
 * file:line function, plus self time summed per source file. Writes bench/out/engine.cpuprofile
 * and bench/out/engine-profile.txt.
 */
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.join(__dirname, '..');
const OUT = path.join(__dirname, 'out');

async function childRead(file, runs) {
  const { readWorkbookFile } = require(path.join(ROOT, 'dist', 'workbook', 'node.js'));
  await readWorkbookFile(file);
  globalThis.__profileStart = 1;
  const start = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) await readWorkbookFile(file);
  const end = process.hrtime.bigint();
  process.stdout.write(JSON.stringify({ engineMs: Number(end - start) / 1e6 / runs }) + '\n');
}

async function child(file, runs) {
  const { readWorkbookFile } = require(path.join(ROOT, 'dist', 'workbook', 'node.js'));
  const { analyzeWorkbook } = require(path.join(ROOT, 'dist', 'core', 'analyze.js'));
  const snapshot = await readWorkbookFile(file);
  analyzeWorkbook(snapshot, { lang: 'zh' });
  // Mark the window: the parent keeps only samples between these two timestamps.
  const start = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) analyzeWorkbook(snapshot, { lang: 'zh' });
  const end = process.hrtime.bigint();
  process.stdout.write(JSON.stringify({ engineMs: Number(end - start) / 1e6 / runs }) + '\n');
}

function summarise(profile, top, all = false) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // Samples attributed to the engine: any sample whose stack contains analyzeWorkbook.
  const inEngine = new Map();
  const isEngine = (id) => {
    if (all) {
      const fn = byId.get(id).callFrame.functionName;
      return fn !== '(idle)' && fn !== '(program)';
    }
    if (inEngine.has(id)) return inEngine.get(id);
    const n = byId.get(id);
    let v = n.callFrame.functionName === 'analyzeWorkbook' && n.callFrame.url.includes('/dist/core/analyze.js');
    if (!v && parent.has(id)) v = isEngine(parent.get(id));
    inEngine.set(id, v);
    return v;
  };
  const rel = (url) => (url ? url.replace(/^file:\/\//, '').replace(ROOT + '/', '') : '(native)');
  const self = new Map();
  const inclusive = new Map();
  const frameKey = (id) => {
    const cf = byId.get(id).callFrame;
    return `${rel(cf.url)}:${cf.lineNumber + 1} ${cf.functionName || '(anonymous)'}`;
  };
  let total = 0;
  const deltas = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    if (!isEngine(id)) continue;
    const dt = deltas[i + 1] ?? deltas[i] ?? 0;
    self.set(id, (self.get(id) ?? 0) + dt);
    total += dt;
    // total (inclusive) time: each function once per sample, however deep it recurses
    const seen = new Set();
    for (let n = id; n !== undefined; n = parent.get(n)) {
      const k = frameKey(n);
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + dt);
    }
  }
  const byFn = new Map();
  const byFile = new Map();
  for (const [id, us] of self) {
    const cf = byId.get(id).callFrame;
    const key = `${rel(cf.url)}:${cf.lineNumber + 1} ${cf.functionName || '(anonymous)'}`;
    byFn.set(key, (byFn.get(key) ?? 0) + us);
    const f = rel(cf.url) || '(native)';
    byFile.set(f, (byFile.get(f) ?? 0) + us);
  }
  const pct = (us) => ((100 * us) / total).toFixed(1).padStart(5) + '%';
  const ms = (us) => (us / 1000).toFixed(0).padStart(6) + ' ms';
  const lines = [
    `${all ? 'all non-idle' : 'engine'} samples: ${(total / 1000).toFixed(0)} ms total self time`,
    '',
    'top functions by self time:',
  ];
  for (const [k, us] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, top)) lines.push(`  ${pct(us)} ${ms(us)}  ${k}`);
  lines.push('', 'top functions by total (inclusive) time, dist/ only:');
  for (const [k, us] of [...inclusive]
    .filter(([k]) => k.startsWith('dist/') || (all && k.includes('node_modules/')))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top))
    lines.push(`  ${pct(us)} ${ms(us)}  ${k}`);
  lines.push('', 'self time per file:');
  for (const [k, us] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 15))
    lines.push(`  ${pct(us)} ${ms(us)}  ${k}`);
  return lines.join('\n');
}

function main() {
  const read = process.argv[2] === '--read';
  const args = process.argv.slice(read ? 3 : 2);
  const file = path.resolve(args[0] ?? path.join(OUT, 'bench-300.xlsx'));
  const runs = Number(args[1] ?? (read ? 3 : 5));
  const top = Number(args[2] ?? 25);
  if (!fs.existsSync(file)) {
    console.error(`${file} is missing: run \`node bench/generate.js\` first.`);
    process.exit(2);
  }
  const dir = path.join(OUT, 'prof');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const res = spawnSync(
    process.execPath,
    [
      '--cpu-prof',
      '--cpu-prof-dir',
      dir,
      '--cpu-prof-interval',
      '200',
      __filename,
      read ? '--child-read' : '--child',
      file,
      String(runs),
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  if (res.status !== 0) process.exit(res.status ?? 1);
  const { engineMs } = JSON.parse(res.stdout.trim());
  const profFile = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  const profile = JSON.parse(fs.readFileSync(path.join(dir, profFile), 'utf8'));
  const name = read ? 'read' : 'engine';
  fs.copyFileSync(path.join(dir, profFile), path.join(OUT, `${name}.cpuprofile`));
  const text =
    `${name}: ${engineMs.toFixed(0)} ms per run (under the profiler), ${runs} runs (+1 warm-up, also sampled)\n` +
    summarise(profile, top, read);
  fs.writeFileSync(path.join(OUT, `${name}-profile.txt`), text + '\n');
  console.log(text);
}

if (process.argv[2] === '--child-read') {
  childRead(process.argv[3], Number(process.argv[4])).catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
} else if (process.argv[2] === '--child') {
  child(process.argv[3], Number(process.argv[4])).catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
} else {
  main();
}
