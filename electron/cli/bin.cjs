#!/usr/bin/env node
'use strict';
// The package's `longmai` command: a shim to the bundle that `npm run build` writes.
// import() rather than require() keeps the repository's lint rules without an exemption.
import('../../dist/cli/longmai.cjs').catch((error) => {
  const url = String((error && error.url) || '');
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && url.endsWith('/dist/cli/longmai.cjs')) {
    process.stderr.write('The Longmai CLI is not built yet: run `npm run build` first.\n');
  } else {
    process.stderr.write(`longmai: ${String((error && error.stack) || error)}\n`);
  }
  process.exitCode = 2;
});
