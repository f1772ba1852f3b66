'use strict';
/**
 * Preloaded (`node -r ./bench/probe.js …`) into every measured child process, so the jixiao CLI is
 * measured exactly as shipped (bin/jixiao.js, unmodified). On exit it appends one JSON line to the
 * file named by JIXIAO_BENCH_PROBE:
 *   ms      — from this preload (before any module of the program is required) to process exit
 *   maxRssMB — peak resident set size of the process (process.resourceUsage().maxRSS, kB on Linux)
 *   mainCpuMs — CPU time of the main thread alone (Linux: /proc/self/task/<pid>/schedstat; null
 *            elsewhere). userMs/systemMs count every thread — V8's background compiler and GC helpers
 *            too — whose share swings with the machine's load; the main thread is what the user waits for.
 *   extra   — whatever the program left in globalThis.__jixiaoBench (e.g. the bare readFile time)
 */
const fs = require('fs');
const t0 = process.hrtime.bigint();
const out = process.env.JIXIAO_BENCH_PROBE;
/** ns the main thread has run, from the kernel's scheduler statistics (Linux), or null. */
function mainThreadNs() {
  try {
    return Number(fs.readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]);
  } catch {
    return null;
  }
}
const main0 = mainThreadNs();
process.on('exit', (code) => {
  if (!out) return;
  const main1 = mainThreadNs();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const ru = process.resourceUsage();
  const line = {
    ms,
    maxRssMB: ru.maxRSS / 1024,
    userMs: ru.userCPUTime / 1000,
    systemMs: ru.systemCPUTime / 1000,
    mainCpuMs: main0 === null || main1 === null ? null : (main1 - main0) / 1e6,
    exitCode: code,
    extra: globalThis.__jixiaoBench ?? null,
  };
  fs.appendFileSync(out, JSON.stringify(line) + '\n');
});
