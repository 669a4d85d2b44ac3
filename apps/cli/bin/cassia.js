#!/usr/bin/env node
// The `cassia` executable: runs the built CLI (apps/cli/dist, made by `nx build`).
import('../dist/main.js').catch((err) => {
  if (err && err.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('dist/main.js')) {
    process.stderr.write('cassia: the CLI is not built yet; run scripts/provision (or npx nx run-many -t build)\n');
    process.exit(1);
  }
  throw err;
});
