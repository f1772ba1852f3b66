#!/usr/bin/env node
/**
 * `npm start`: builds the task pane and serves it over https on localhost:3000 with a development
 * certificate made on first run (scripts/certs.js → .certs/, git-ignored), prints the preview URL and
 * how to sideload manifest.xml, and rebuilds on every change. Needs no Excel and no network.
 *
 *   npm start                 https://localhost:3000/ (the preview) and /taskpane.html (for Excel)
 *   npm start -- --port 3001  another port (manifest.xml names 3000: sideload only with 3000)
 *   npm start -- --http       plain http (no certificate; the preview only, Excel needs https)
 */
'use strict';
const path = require('node:path');
const webpack = require('webpack');
const WebpackDevServer = require('webpack-dev-server');
const { ensureCerts } = require('./certs');
const { securityHeaders } = require('./dev-headers');

const root = path.resolve(__dirname, '..');

const DEFAULT_PORT = 3000;

/**
 * The options of `npm start -- …`: `--port N` (or `--port=N`, `-p N`; else $PORT; else 3000), `--http`,
 * `--production`. A port that is not a whole number from 1 to 65535 is an error, never a silent 3000.
 */
function parseArgs(argv, env = {}) {
  let raw;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--port' || a === '-p') {
      raw = argv[i + 1];
      if (raw === undefined || raw.startsWith('-')) throw new Error(`${a} needs a port number, e.g. ${a} 3001`);
      i++;
    } else if (a.startsWith('--port=')) raw = a.slice('--port='.length);
  }
  if (raw === undefined && env.PORT) raw = env.PORT;
  const port = raw === undefined ? DEFAULT_PORT : Number(raw);
  if (!/^\d+$/.test(String(raw ?? DEFAULT_PORT)) || !Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`the port "${raw}" is not a port number (1–65535)`);
  }
  return { port, plain: argv.includes('--http'), production: argv.includes('--production') };
}

/** What `npm start` prints once the first build is done, for the port it really serves on. */
function banner({ root: dir, scheme, port, certs }) {
  const base = `${scheme}://localhost:${port}`;
  const lines = [
    '',
    '  绩效目标表助手 — development server',
    '',
    `  Serving on port ${port}.`,
    `  Preview in any browser (no Excel needed):  ${base}/`,
    `  Task pane page for Excel:                  ${base}/taskpane.html`,
    `  Manifest:                                  ${path.join(dir, 'manifest.xml')}`,
    '',
  ];
  if (port !== DEFAULT_PORT) {
    lines.push(
      `  manifest.xml names https://localhost:${DEFAULT_PORT}: to sideload into Excel, start on port ${DEFAULT_PORT}.`,
      '',
    );
  }
  if (certs) {
    lines.push(
      `  Certificate: ${path.relative(dir, certs.certFile)}${certs.created ? ' (created now)' : ''} — self-signed for localhost.`,
      '  A browser asks once to accept it. Excel on the desktop needs it trusted by the system:',
      `    Windows: certutil -user -addstore Root ${path.relative(dir, certs.certFile)}`,
      `    macOS:   security add-trusted-cert -r trustRoot -k ~/Library/Keychains/login.keychain-db ${path.relative(dir, certs.certFile)}`,
      '',
    );
  }
  lines.push(
    '  Sideload into Excel on the web:  open a workbook → Home → Add-ins → More add-ins → My add-ins',
    `    → Upload My Add-in → choose manifest.xml. (Open ${base}/ once in the same`,
    '    browser first and accept the certificate.)',
    '  Sideload into Excel on Windows:  share a folder holding manifest.xml (e.g. \\\\localhost\\addins),',
    '    add it under File → Options → Trust Center → Trust Center Settings → Trusted Add-in Catalogs',
    '    (tick "Show in Menu"), restart Excel, then Home → Add-ins → Advanced → SHARED FOLDER.',
    '  Sideload into Excel on macOS:    copy manifest.xml to',
    '    ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ and restart Excel.',
    '',
    '  Rebuilds on every change; Ctrl+C stops.',
    '',
  );
  return lines.join('\n');
}

async function main() {
  const { port, plain, production } = parseArgs(process.argv.slice(2), process.env);
  const mode = production ? 'production' : 'development';
  const config = require(path.join(root, 'webpack.config.js'))({}, { mode });
  // no eval in the served code: the Content-Security-Policy below allows none
  if (typeof config.devtool === 'string' && config.devtool.includes('eval')) config.devtool = 'cheap-module-source-map';

  let server = { type: 'http' };
  let certs = null;
  if (!plain) {
    certs = await ensureCerts();
    server = { type: 'https', options: { key: certs.key, cert: certs.cert } };
  }
  const scheme = plain ? 'http' : 'https';
  const compiler = webpack(config);
  // the banner once the first build is done and the server listens, with the port it listens on
  let built = null;
  let listening = null;
  const announce = () => {
    if (built === null || listening === null || built === 'printed') return;
    const ok = built;
    built = 'printed';
    if (ok) console.log(banner({ root, scheme, port: listening, certs }));
  };
  compiler.hooks.done.tap('jixiao-start', (stats) => {
    if (built !== null) return;
    built = !stats.hasErrors();
    announce();
  });

  const devServer = new WebpackDevServer(devServerOptions(config.devServer, { port, server }), compiler);
  const stop = () => {
    devServer.stop().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await devServer.start();
  const address = devServer.server && devServer.server.address();
  listening = address && typeof address === 'object' ? address.port : port;
  announce();
}

/**
 * The dev server's options: the webpack config's, with the security headers instead of its
 * `Access-Control-Allow-Origin: *` (any page the developer visits could read the bundle and its
 * sources), localhost only, and Host-header checks kept (allowedHosts 'auto').
 */
function devServerOptions(base, { port, server }) {
  const headers = { ...((base && base.headers) || {}) };
  for (const k of Object.keys(headers)) if (/^access-control-/i.test(k)) delete headers[k];
  const html = undefined; // securityHeaders reads src/app/page.html itself
  return {
    ...base,
    host: 'localhost',
    allowedHosts: 'auto',
    port,
    server,
    open: false,
    // per response: the pane's pages may be framed by Office, nothing else by anyone
    headers: (req) => ({ ...headers, ...securityHeaders({ port, html, url: (req && req.url) || '/' }) }),
  };
}

module.exports = { devServerOptions, parseArgs, banner };

if (require.main !== module) return;

main().catch((err) => {
  console.error(`npm start failed: ${err && err.message ? err.message : err}`);
  process.exitCode = 1;
});
