/**
 * The development server's headers (#11): nothing readable by other origins (no
 * Access-Control-Allow-Origin), nosniff, a Content-Security-Policy without eval, and framing allowed
 * only where Office frames the pane (taskpane.html, commands.html) — everything else is never framed.
 * A real webpack-dev-server with the options `npm start` uses, over a one-line bundle, on 127.0.0.1.
 */
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';

/* eslint-disable @typescript-eslint/no-require-imports */
const { devServerOptions } = require('../scripts/dev-server.js') as {
  devServerOptions: (base: object, o: { port: number; server: object }) => Record<string, unknown>;
};
const { securityHeaders, inlineHashes } = require('../scripts/dev-headers.js') as {
  securityHeaders: (o: { port?: number; html?: string; url?: string }) => Record<string, string>;
  inlineHashes: (html: string) => string[];
};
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const WebpackDevServer = require('webpack-dev-server');
/* eslint-enable @typescript-eslint/no-require-imports */

function get(port: number, url: string, headers: Record<string, string> = {}): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    const req = http.get(
      { host: '127.0.0.1', port, path: url, headers: { host: `localhost:${port}`, ...headers } },
      (res) => {
        res.resume();
        resolve(res);
      },
    );
    req.on('error', reject);
  });
}

describe('dev server headers (a real webpack-dev-server)', () => {
  let server: { start(): Promise<void>; stop(): Promise<void> };
  let port = 0;
  let dir = '';

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-devserver-'));
    fs.writeFileSync(path.join(dir, 'entry.js'), 'console.log(1);\n');
    // a free port, then the server on it
    port = await new Promise<number>((resolve) => {
      const s = http.createServer();
      s.listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    // the pages the real build serves, as one-liners
    const pages = ['index.html', 'taskpane.html', 'commands.html', 'manifest.xml'].map(
      (filename) =>
        new HtmlWebpackPlugin({
          filename,
          inject: false,
          templateContent: `<!doctype html><title>${filename}</title>`,
        }),
    );
    const compiler = webpack({
      mode: 'development',
      devtool: false,
      context: dir,
      entry: './entry.js',
      output: { path: path.join(dir, 'out') },
      plugins: pages,
      infrastructureLogging: { level: 'error' },
    });
    const base = {
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      hot: false,
      liveReload: false,
      client: false,
      webSocketServer: false,
    };
    server = new WebpackDevServer(
      { ...devServerOptions(base, { port, server: { type: 'http' } }), host: '127.0.0.1' },
      compiler,
    );
    await server.start();
  }, 60_000);

  afterAll(async () => {
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('the bundle: no CORS for another origin, nosniff, never framed, no eval allowed', async () => {
    const res = await get(port, '/main.js', { origin: 'https://evil.invalid' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  });

  test('the task pane page may be framed by Office on the web only', async () => {
    for (const url of ['/taskpane.html', '/commands.html', '/taskpane.html?_host_Info=Excel']) {
      const res = await get(port, url);
      expect(res.statusCode).toBe(200);
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
      expect(res.headers['x-frame-options']).toBeUndefined(); // DENY would keep the pane out of Excel on the web
      const csp = String(res.headers['content-security-policy']);
      const ancestors = /frame-ancestors ([^;]*)/.exec(csp)?.[1] ?? '';
      expect(ancestors).toContain('https://*.officeapps.live.com');
      expect(ancestors).toContain("'self'");
      expect(ancestors).not.toContain('*.invalid');
      expect(ancestors.split(' ')).not.toContain('*');
      expect(csp).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com/);
    }
  });

  test('the preview page and the manifest are never framed', async () => {
    for (const url of ['/', '/index.html', '/manifest.xml']) {
      const res = await get(port, url);
      expect(res.statusCode).toBe(200);
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(String(res.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
    }
  });

  test('a foreign Host header is refused (DNS rebinding)', async () => {
    const res = await get(port, '/main.js', { host: 'evil.invalid' });
    expect(res.statusCode).toBe(403);
  });
});

describe('securityHeaders', () => {
  test("the page's inline script and handlers are allowed by hash, not by 'unsafe-inline'", () => {
    const html = fs.readFileSync(path.join(__dirname, '../src/app/page.html'), 'utf8');
    const hashes = inlineHashes(html);
    expect(hashes.length).toBeGreaterThanOrEqual(3); // the flag script, onload, onerror
    const csp = securityHeaders({ port: 3000, html, url: '/taskpane.html' })['Content-Security-Policy'];
    for (const h of hashes) expect(csp).toContain(h);
    expect(csp).toContain('ws://localhost:3000');
  });
});
