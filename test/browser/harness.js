/**
 * The browser tests' harness (plain CommonJS, shared by the jest tests and the screenshot script):
 *  - builds the production web bundle into dist/web when it is missing or older than the sources;
 *  - serves dist/web on 127.0.0.1 (plain http) with a tiny static server;
 *  - launches Debian's Chromium through playwright-core — never a downloaded browser. If Chromium
 *    cannot be launched this throws, so the tests fail rather than skip.
 */
'use strict';
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.resolve(__dirname, '..', '..');
const webDir = path.join(root, 'dist', 'web');
const fixturesDir = path.resolve(__dirname, '../../../shared/fixtures');

/** CHROMIUM_PATH, when set, is the only browser tried. */
const CHROMIUM_CANDIDATES = process.env.CHROMIUM_PATH
  ? [process.env.CHROMIUM_PATH]
  : ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Flags for a root user on a closed network (see the machine notes): no sandbox, no background traffic. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider',
  '--no-default-browser-check',
  '--password-store=basic',
];

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

function isFresh() {
  const index = path.join(webDir, 'index.html');
  if (!fs.existsSync(index) || !fs.existsSync(path.join(webDir, 'bundle-size.json'))) return false;
  if (process.env.JIXIAO_SKIP_WEB_BUILD) return true;
  const built = fs.statSync(index).mtimeMs;
  const sources = Math.max(
    newestMtime(path.join(root, 'src')),
    newestMtime(path.join(root, 'assets')),
    fs.statSync(path.join(root, 'webpack.config.js')).mtimeMs,
  );
  return built >= sources;
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Builds dist/web unless it is newer than every source it is made from. Test files run in parallel
 * workers: a lock directory makes one of them build while the others wait for it.
 */
function ensureBuild() {
  if (isFresh()) return;
  const lock = path.join(root, 'dist', '.web-build.lock');
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
      // a lock older than the deadline is left over from a killed run
      if (Date.now() - fs.statSync(lock).mtimeMs > 10 * 60_000) fs.rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error('timed out waiting for another web build');
      sleep(500);
    }
  }
  try {
    if (isFresh()) return;
    const res = spawnSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (res.status !== 0) throw new Error(`web build failed:\n${res.stdout}\n${res.stderr}`);
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Serves dir on 127.0.0.1 on a free port. Resolves { url, close }. */
function serve(dir = webDir) {
  const server = http.createServer((req, res) => {
    let rel;
    try {
      rel = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.join(dir, path.normalize(rel));
    if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] || 'application/octet-stream',
      'cache-control': 'no-store',
    });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}/`,
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}

function chromiumPath() {
  const found = CHROMIUM_CANDIDATES.find((p) => fs.existsSync(p));
  if (!found) {
    throw new Error(
      `Chromium not found (looked at ${CHROMIUM_CANDIDATES.join(', ')}): install it with "apt-get install -y chromium"`,
    );
  }
  return found;
}

/** Launches Chromium with a fresh profile. Throws (never skips) when it cannot start. */
async function launch() {
  const { chromium } = require('playwright-core');
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
    locale: 'zh-CN',
    acceptDownloads: true,
    viewport: { width: 1400, height: 900 },
    timeout: 60_000,
  });
  return {
    context,
    async close() {
      await context.close().catch(() => undefined);
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Every fixture workbook with its expected answers. */
function fixtures() {
  if (!fs.existsSync(fixturesDir)) return [];
  return fs
    .readdirSync(fixturesDir)
    .filter((f) => f.endsWith('.xlsx'))
    .sort()
    .map((f) => {
      const expectedFile = path.join(fixturesDir, f.replace(/\.xlsx$/, '.expected.json'));
      return {
        name: f,
        xlsx: path.join(fixturesDir, f),
        expected: fs.existsSync(expectedFile) ? JSON.parse(fs.readFileSync(expectedFile, 'utf8')) : null,
      };
    })
    .filter((f) => f.expected);
}

/**
 * The one setup of a browser suite: builds the web bundle if stale, serves it and launches Chromium
 * before the suite (handing both to `ready`), closes them after it (then runs `cleanup`). Chromium that
 * cannot be started fails beforeAll, so every test of the suite fails — never a skip.
 */
function useBrowser(ready, cleanup) {
  let server;
  let browser;
  beforeAll(async () => {
    ensureBuild();
    server = await serve();
    browser = await launch();
    ready(server, browser);
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    cleanup?.();
  });
}

module.exports = {
  root,
  webDir,
  fixturesDir,
  ensureBuild,
  serve,
  launch,
  useBrowser,
  fixtures,
  chromiumPath,
  CHROMIUM_ARGS,
};
