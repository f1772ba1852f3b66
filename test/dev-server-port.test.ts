/**
 * `npm start -- --port N` (#12): the port option is read in every usual spelling, a bad one is an
 * error (never a silent 3000), the banner names the port served, and a real webpack-dev-server with
 * the options `npm start` uses listens on exactly that port.
 */
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';

/* eslint-disable @typescript-eslint/no-require-imports */
const { devServerOptions, parseArgs, banner } = require('../scripts/dev-server.js') as {
  devServerOptions: (base: object, o: { port: number; server: object }) => Record<string, unknown>;
  parseArgs: (argv: string[], env?: Record<string, string>) => { port: number; plain: boolean; production: boolean };
  banner: (o: { root: string; scheme: string; port: number; certs: null }) => string;
};
const webpack = require('webpack');
const WebpackDevServer = require('webpack-dev-server');
/* eslint-enable @typescript-eslint/no-require-imports */

test.each<[string[], Record<string, string>, number]>([
  [[], {}, 3000],
  [['--port', '3001'], {}, 3001],
  [['--port=3002', '--http'], {}, 3002],
  [['-p', '3003'], {}, 3003],
  [[], { PORT: '3004' }, 3004],
  [['--port', '3005'], { PORT: '3004' }, 3005],
])('%j with %j serves on %d', (argv, env, port) => {
  expect(parseArgs(argv, env).port).toBe(port);
});

test.each([
  [['--port']],
  [['--port', '--http']],
  [['--port', 'abc']],
  [['--port=0']],
  [['--port', '70000']],
  [['--port', '30.5']],
  [['--port', '']],
])('%j is refused with a message', (argv) => {
  expect(() => parseArgs(argv, {})).toThrow(/port/);
});

test('the banner names the port it serves and says the manifest wants 3000', () => {
  const text = banner({ root: '/repo', scheme: 'http', port: 3456, certs: null });
  expect(text).toContain('Serving on port 3456.');
  expect(text).toContain('http://localhost:3456/');
  expect(text).toContain('http://localhost:3456/taskpane.html');
  expect(text).not.toContain('localhost:3000/');
  expect(text).toMatch(/manifest\.xml names https:\/\/localhost:3000/);
  expect(banner({ root: '/repo', scheme: 'https', port: 3000, certs: null })).not.toMatch(/manifest\.xml names/);
});

test('a real dev server with the options npm start uses listens on the port asked for', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-devport-'));
  fs.writeFileSync(path.join(dir, 'entry.js'), 'console.log(1);\n');
  const port = await new Promise<number>((resolve) => {
    const s = http.createServer();
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
  const compiler = webpack({
    mode: 'development',
    devtool: false,
    context: dir,
    entry: './entry.js',
    output: { path: path.join(dir, 'out') },
    infrastructureLogging: { level: 'error' },
  });
  const { port: asked } = parseArgs(['--http', '--port', String(port)], {});
  const base = { static: false, hot: false, liveReload: false, client: false, webSocketServer: false };
  const server = new WebpackDevServer(
    { ...devServerOptions(base, { port: asked, server: { type: 'http' } }), host: '127.0.0.1' },
    compiler,
  );
  try {
    await server.start();
    expect((server.server.address() as { port: number }).port).toBe(port);
    const status = await new Promise<number | undefined>((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port, path: '/main.js', headers: { host: `localhost:${port}` } }, (res) => {
          res.resume();
          resolve(res.statusCode);
        })
        .on('error', reject);
    });
    expect(status).toBe(200);
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
