/**
 * The web build: the task pane (the same app serves Excel and the browser preview) and the ribbon
 * commands page, into dist/web/ (dist/ itself holds the compiled command line).
 *
 *  - taskpane.html — the page manifest.xml points Excel at; it references office.js from Microsoft's
 *    CDN, as Office requires. Outside Office the script may fail to load: the app then goes straight
 *    to the preview.
 *  - index.html    — the preview: the same app, with no reference to anything outside its own origin.
 *  - commands.html — the ribbon's function file (src/excel/commands.ts), when it exists.
 *
 * Excel loads only the task pane's entry chunks: exceljs (the preview's in-browser workbook) is split
 * out by a dynamic import() in src/app and never loaded inside Office.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const root = __dirname;
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OUT = path.join(root, 'dist', 'web');
/**
 * The syntax level of every script the pages load (ours and the libraries'): ES2017, what Edge
 * Legacy (EdgeHTML 18, the webview of Office 2019 retail on Windows 10 1903+) parses. Object
 * spread/rest, async iteration, `?.`, `??`, optional catch binding and class fields are rewritten.
 * Edge 15–17 lack object spread; they never host Office add-ins (Office uses EdgeHTML only from 18),
 * and the ES2017 target rewrites object spread anyway. Regular expressions are not rewritten:
 * lookbehind, named groups, the `s` flag and \p{…} would be syntax errors in a regex literal at
 * ES2017 — test/browser/syntax-level.test.ts parses every emitted file at ecmaVersion 2017 (acorn
 * validates regex literals) and scans for `new RegExp(...)` with such patterns. Built-ins newer than
 * EdgeHTML 18 (Array.prototype.flat, Object.fromEntries, …) come from core-js: src/app/polyfills.ts.
 * IE11 (Trident, volume-licensed Office 2016/2019) cannot run the pane at all: page.html sends it to
 * unsupported.html, a plain ES5 page.
 */
const SYNTAX_TARGET = 'es2017';

/** Prints (and writes to bundle-size.json) the gzip size of each entry point's initial JS. */
class BundleSizePlugin {
  apply(compiler) {
    compiler.hooks.afterEmit.tap('BundleSizePlugin', (compilation) => {
      if (compiler.options.mode !== 'production') return;
      const report = {};
      for (const [name, entry] of compilation.entrypoints) {
        const files = entry.getFiles().filter((f) => f.endsWith('.js'));
        let raw = 0;
        let gzip = 0;
        for (const f of files) {
          const buf = fs.readFileSync(path.join(compilation.outputOptions.path, f));
          raw += buf.length;
          gzip += zlib.gzipSync(buf, { level: 9 }).length;
        }
        report[name] = { files, raw, gzip };
      }
      const lazy = [];
      for (const chunk of compilation.chunks) {
        if (chunk.canBeInitial()) continue;
        for (const f of chunk.files) {
          if (!f.endsWith('.js')) continue;
          const buf = fs.readFileSync(path.join(compilation.outputOptions.path, f));
          lazy.push({ file: f, raw: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length });
        }
      }
      report.lazy = lazy;
      // What each named import() brings beyond the entry: "excel" (inside Excel), "preview" (outside).
      const gz = (f) =>
        zlib.gzipSync(fs.readFileSync(path.join(compilation.outputOptions.path, f)), { level: 9 }).length;
      report.onDemand = {};
      for (const [name, group] of compilation.namedChunkGroups) {
        if (compilation.entrypoints.has(name)) continue;
        const initial = new Set(report.taskpane ? report.taskpane.files : []);
        const files = [...new Set(group.chunks.flatMap((c) => [...c.files]))].filter(
          (f) => f.endsWith('.js') && !initial.has(f),
        );
        report.onDemand[name] = { files, gzip: files.reduce((n, f) => n + gz(f), 0) };
      }
      fs.writeFileSync(
        path.join(compilation.outputOptions.path, 'bundle-size.json'),
        JSON.stringify(report, null, 2) + '\n',
      );
      const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
      for (const [name, r] of Object.entries(report)) {
        if (name === 'lazy' || name === 'onDemand') continue;
        console.log(
          `[bundle] ${name}: ${kb(r.raw)} minified, ${kb(r.gzip)} gzip (${r.files.length} file(s) loaded at start)`,
        );
      }
      for (const [name, r] of Object.entries(report.onDemand))
        console.log(`[bundle]   + ${name} on demand: ${kb(r.gzip)} gzip (${r.files.join(', ')})`);
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || (env.production ? 'production' : 'development');
  const prod = mode === 'production';
  const commandsEntry = path.join(root, 'src', 'excel', 'commands.ts');
  const hasCommands = fs.existsSync(commandsEntry);

  // src/app/polyfills.ts first in every entry: the built-ins Edge Legacy lacks
  const polyfills = './src/app/polyfills.ts';
  const entry = { taskpane: [polyfills, './src/app/index.tsx'] };
  if (hasCommands) entry.commands = [polyfills, './src/excel/commands.ts'];

  const html = (filename, chunks, officeJs, title, guard = true) =>
    new HtmlWebpackPlugin({
      filename,
      chunks,
      template: path.join(root, 'src', 'app', 'page.html'),
      templateParameters: { officeJs: officeJs ? OFFICE_JS : '', title, guard },
      scriptLoading: 'defer',
      inject: 'head',
      minify: prod,
    });

  return {
    mode,
    context: root,
    entry,
    // ES2017 for webpack's own runtime code and for terser, which would otherwise emit newer syntax
    target: ['web', SYNTAX_TARGET],
    devtool: prod ? false : 'eval-cheap-module-source-map',
    output: {
      path: OUT,
      filename: prod ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: prod ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: 'auto',
      clean: true,
    },
    resolve: {
      extensions: ['.tsx', '.ts', '.js', '.mjs', '.json'],
      // exceljs's package.json "browser" field points at dist/exceljs.min.js, a self-contained
      // browserified bundle (zip, sax, Buffer and stream shims inside): nothing else is polyfilled.
      fallback: { fs: false, path: false, stream: false, crypto: false },
    },
    module: {
      // A prebuilt bundle: parsing it would only cost time (and warn about its own require()).
      noParse: /exceljs[\\/]dist[\\/]exceljs(\.bare)?(\.min)?\.js$/,
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              // tsc --noEmit -p tsconfig.json type-checks; here only transpile, as ES modules so that
              // import() splits chunks and unused exports are dropped, down to SYNTAX_TARGET.
              transpileOnly: true,
              compilerOptions: {
                module: 'esnext',
                moduleResolution: 'node',
                sourceMap: !prod,
                jsx: 'react-jsx',
                target: SYNTAX_TARGET,
                // the class-field semantics the tests (target ES2022) run with
                useDefineForClassFields: true,
              },
            },
          },
        },
        {
          // Libraries (React, Fluent UI, Griffel, tabster, …) ship ES2018–ES2022 syntax (`?.`, `??`,
          // object spread, optional catch binding): the same TypeScript transpiles them down to
          // SYNTAX_TARGET. Why TypeScript rather than babel-loader + preset-env or esbuild-loader: it is
          // already the pinned compiler of our own code (one transpiler, one set of semantics), it
          // lowers exactly the syntax gaps above (it cannot lower BigInt literals or regex features —
          // nothing can; the syntax test finds those), it adds no dependency or native binary, and
          // transpileOnly makes it a per-file syntax transform like babel's. Left alone: core-js (the
          // polyfills, already ES5, and must not be rewritten into code that needs them) and exceljs's
          // prebuilt bundle (noParse, the preview only, never loaded inside Excel).
          test: /\.[cm]?js$/,
          include: /[\\/]node_modules[\\/]/,
          exclude: /[\\/]node_modules[\\/](core-js|exceljs[\\/]dist)[\\/]/,
          use: {
            loader: 'ts-loader',
            options: {
              instance: 'node_modules',
              transpileOnly: true,
              compilerOptions: {
                allowJs: true,
                checkJs: false,
                module: 'esnext',
                moduleResolution: 'node',
                sourceMap: false,
                target: SYNTAX_TARGET,
                // never add "use strict" to a library's sloppy-mode CommonJS file
                alwaysStrict: false,
                strict: false,
                // keep each library's own class-field semantics
                useDefineForClassFields: true,
                importHelpers: false,
                esModuleInterop: false,
              },
            },
          },
        },
      ],
    },
    optimization: {
      splitChunks: prod
        ? {
            chunks: 'all',
            cacheGroups: {
              // exceljs alone in its chunk, loaded only by the preview.
              exceljs: {
                test: /[\\/]node_modules[\\/]exceljs[\\/]/,
                name: 'exceljs',
                chunks: 'async',
                priority: 20,
                enforce: true,
              },
              react: {
                test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
                name: 'react',
                chunks: 'initial',
                priority: 10,
              },
            },
          }
        : false,
    },
    performance: { hints: false },
    plugins: [
      html('taskpane.html', ['taskpane'], true, '绩效目标表助手'),
      html('index.html', ['taskpane'], false, '绩效目标表助手 — 预览'),
      ...(hasCommands ? [html('commands.html', ['commands'], true, '绩效目标表助手', false)] : []),
      new CopyWebpackPlugin({
        patterns: [
          // the page for webviews the pane cannot run in (IE11) and Excel without ExcelApi 1.7: plain ES5
          { from: 'src/app/unsupported.html', to: 'unsupported.html' },
          { from: 'assets', to: 'assets' },
          { from: 'manifest.xml', to: 'manifest.xml' },
        ],
      }),
      new BundleSizePlugin(),
    ],
    stats: prod ? 'errors-warnings' : 'minimal',
    devServer: {
      port: 3000,
      host: 'localhost',
      hot: false,
      liveReload: true,
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      client: { overlay: { errors: true, warnings: false }, logging: 'warn' },
    },
  };
};
