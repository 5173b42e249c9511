#!/usr/bin/env node
// The CLI entry: compiled sources live in lib/ (built by `npm ci` through the prepare script).
// First: a re-exec'd process takes back its keys and deletes their hand-off file (docs/security.md).
import '../lib/cli/receive-secrets.js';
import { main } from '../lib/cli/main.js';
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
