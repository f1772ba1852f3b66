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

function arg(name) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  const port = Number(arg('--port') || process.env.PORT || 3000);
  const plain = process.argv.includes('--http');
  const mode = process.argv.includes('--production') ? 'production' : 'development';
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
  const base = `${scheme}://localhost:${port}`;

  const compiler = webpack(config);
  let first = true;
  compiler.hooks.done.tap('jixiao-start', (stats) => {
    if (!first) return;
    first = false;
    if (stats.hasErrors()) return;
    const lines = [
      '',
      '  绩效目标表助手 — development server',
      '',
      `  Preview in any browser (no Excel needed):  ${base}/`,
      `  Task pane page for Excel:                  ${base}/taskpane.html`,
      `  Manifest:                                  ${path.join(root, 'manifest.xml')}`,
      '',
    ];
    if (certs) {
      lines.push(
        `  Certificate: ${path.relative(root, certs.certFile)}${certs.created ? ' (created now)' : ''} — self-signed for localhost.`,
        '  A browser asks once to accept it. Excel on the desktop needs it trusted by the system:',
        `    Windows: certutil -user -addstore Root ${path.relative(root, certs.certFile)}`,
        `    macOS:   security add-trusted-cert -r trustRoot -k ~/Library/Keychains/login.keychain-db ${path.relative(root, certs.certFile)}`,
        '',
      );
    }
    lines.push(
      '  Sideload into Excel on the web:  open a workbook → Home → Add-ins → More add-ins → My add-ins',
      '    → Upload My Add-in → choose manifest.xml. (Open https://localhost:3000/ once in the same',
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
    console.log(lines.join('\n'));
  });

  const devServer = new WebpackDevServer(devServerOptions(config.devServer, { port, server }), compiler);
  const stop = () => {
    devServer.stop().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await devServer.start();
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

module.exports = { devServerOptions };

if (require.main !== module) return;

main().catch((err) => {
  console.error(`npm start failed: ${err && err.message ? err.message : err}`);
  process.exitCode = 1;
});
