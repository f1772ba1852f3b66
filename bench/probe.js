'use strict';
/**
 * Preloaded (`node -r ./bench/probe.js …`) into every measured child process, so the jixiao CLI is
 * measured exactly as shipped (bin/jixiao.js, unmodified). On exit it appends one JSON line to the
 * file named by JIXIAO_BENCH_PROBE:
 *   ms      — from this preload (before any module of the program is required) to process exit
 *   maxRssMB — peak resident set size of the process (process.resourceUsage().maxRSS, kB on Linux)
 *   extra   — whatever the program left in globalThis.__jixiaoBench (e.g. the bare readFile time)
 */
const fs = require('fs');
const t0 = process.hrtime.bigint();
const out = process.env.JIXIAO_BENCH_PROBE;
process.on('exit', (code) => {
  if (!out) return;
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const ru = process.resourceUsage();
  const line = { ms, maxRssMB: ru.maxRSS / 1024, userMs: ru.userCPUTime / 1000, systemMs: ru.systemCPUTime / 1000, exitCode: code, extra: globalThis.__jixiaoBench ?? null };
  fs.appendFileSync(out, JSON.stringify(line) + '\n');
});
