#!/usr/bin/env node
/**
 * `npm start` until the add-in's dev server exists: checks the sample forms shipped in
 * assets/samples with the real engine and prints what it finds. Findings are the point of the
 * demo, so exit status 1 ("errors found") is not a failure here; an unreadable file (2) is.
 */
'use strict';
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const samples = path.join(root, 'assets', 'samples');
const result = spawnSync(process.execPath, [path.join(root, 'bin', 'jixiao.js'), 'check', samples, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exitCode = result.status === 0 || result.status === 1 ? 0 : result.status ?? 2;
