#!/usr/bin/env node
'use strict';
// Runs the compiled CLI (built by `npm run build:cli`, which `npm ci` runs through `prepare`).
require('../dist/cli/main.js')
  .main(process.argv)
  .then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`jixiao: ${err && err.message ? err.message : String(err)}\n`);
      process.exitCode = 2;
    },
  );
