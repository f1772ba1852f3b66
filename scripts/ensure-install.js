#!/usr/bin/env node
/**
 * `npm start` and `npm test` on a fresh clone: installs exactly what package-lock.json pins (npm ci,
 * which also builds the command line) when node_modules is missing or older than the lock file, so the
 * README's quick start is two commands. Otherwise does nothing.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.resolve(__dirname, '..');
const marker = path.join(root, 'node_modules', '.package-lock.json');
const lock = path.join(root, 'package-lock.json');

function stale() {
  try {
    return fs.statSync(marker).mtimeMs < fs.statSync(lock).mtimeMs;
  } catch {
    return true; // no node_modules (or no record of an install): install
  }
}

if (stale()) {
  process.stderr.write('jixiao: installing the dependencies package-lock.json pins (npm ci)…\n');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
