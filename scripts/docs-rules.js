#!/usr/bin/env node
'use strict';
/**
 * `npm run docs:rules`: writes docs/rules/<code>.md and src/core/rule-docs-facts.ts by running the
 * rule-docs test (test/docs/rule-docs.test.ts) in write mode; the same test, run normally, fails when
 * they are stale.
 */
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const jest = require.resolve('jest/bin/jest', { paths: [root] });
const r = spawnSync(process.execPath, [jest, 'test/docs/rule-docs.test.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, JIXIAO_WRITE_DOCS: '1' },
});
process.exit(r.status === null ? 1 : r.status);
