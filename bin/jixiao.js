#!/usr/bin/env node
'use strict';
// Runs the bundled CLI (dist/cli-bundle, built by `npm run build:cli`, which `npm ci` runs through
// `prepare`; see webpack.cli.config.js).

// A reader that stops early (`jixiao check dir | head`) closes the pipe: stop quietly, as other
// command-line tools do, instead of printing "write EPIPE".
const EPIPE_EXIT = 141; // 128 + SIGPIPE, the shell's code for a process ended by a closed pipe
function isClosedPipe(err) {
  return Boolean(err && err.code === 'EPIPE');
}
process.stdout.on('error', (err) => {
  if (isClosedPipe(err)) process.exit(EPIPE_EXIT);
  throw err;
});

require('../dist/cli-bundle/main.js')
  .main(process.argv)
  .then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      if (isClosedPipe(err)) {
        process.exitCode = EPIPE_EXIT;
        return;
      }
      process.stderr.write(`jixiao: ${err && err.message ? err.message : String(err)}\n`);
      process.exitCode = 2;
    },
  );
