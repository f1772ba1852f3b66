/**
 * The command line as shipped: `bin/jixiao.js` runs dist/cli-bundle/main.js, one file holding the
 * compiled CLI (dist/cli, from `tsc -p tsconfig.build.json`), the engine and the parts of exceljs it
 * reads workbooks with; dist/cli-bundle/check-worker.js is the same for the check pool's worker
 * threads (src/cli/pool.ts looks for it next to the module that starts it).
 *
 * Why a bundle: a cold `jixiao check` used to spend ≈ 100–150 ms before reading a byte of the
 * workbook on finding, stat-ing and compiling ≈ 450 separate modules (Node's resolver walks
 * node_modules and reads package.json files for each). One file is one read and one compile.
 * The behaviour is the compiled code's, unchanged: same modules, same order of evaluation, lazy
 * `require`s stay lazy (numfmt, cli-progress run their module code on first use only).
 *
 * Kept outside, loaded from node_modules when needed: the package entry of exceljs (a fallback that
 * only runs should a future exceljs move `lib/doc/workbook`) and its streaming writer (only the
 * commands that write a summary or a copy load it; it pulls in archiver, whose optional requires
 * webpack cannot follow).
 */
'use strict';
const path = require('node:path');

const root = __dirname;

module.exports = {
  mode: 'production',
  target: 'node20',
  context: root,
  entry: {
    main: './dist/cli/main.js',
    'check-worker': './dist/cli/check-worker.js',
  },
  output: {
    path: path.join(root, 'dist', 'cli-bundle'),
    filename: '[name].js',
    library: { type: 'commonjs2' },
    clean: true,
  },
  // readable stack traces (function names and lines as compiled by tsc); the size is no concern
  optimization: { minimize: false },
  devtool: false,
  externalsPresets: { node: true },
  externals: {
    exceljs: 'commonjs exceljs',
    'exceljs/lib/stream/xlsx/workbook-writer': 'commonjs exceljs/lib/stream/xlsx/workbook-writer',
  },
  // __dirname and __filename stay Node's own (the bundle's folder): version.ts finds package.json
  // two levels up, pool.ts finds check-worker.js beside main.js
  node: { __dirname: false, __filename: false },
  performance: { hints: false },
  stats: 'errors-warnings',
};
