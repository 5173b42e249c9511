#!/usr/bin/env node
// Pins the toolkit's references to itself (`uses: org/orchestrator-action[/PATH]@REF`) in its
// composite actions and workflows to one commit: `@SHA # TAG`. The release workflow runs it on the
// release commit, so an organisation that requires SHA pins (nested `uses:` included) can run the
// reusable workflows. Usage: node scripts/pin-self-refs.mjs SHA TAG (in the repository's root).
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const [sha, tag] = process.argv.slice(2);
if (!/^[0-9a-f]{40}$/.test(sha ?? '') || !/^v\d+\.\d+\.\d+$/.test(tag ?? '')) {
  console.error('usage: node scripts/pin-self-refs.mjs <40-hex commit SHA> <vX.Y.Z>');
  process.exit(2);
}
const files = ['action.yml', 'golden/action.yml', 'comment/action.yml'].filter((f) => existsSync(f));
if (existsSync('.github/workflows'))
  for (const f of readdirSync('.github/workflows')) if (/\.ya?ml$/.test(f)) files.push(join('.github/workflows', f));

// Only `uses:` keys (a line that is a YAML comment starts with `#` and is left alone).
const SELF = /^(\s*(?:-\s+)?uses:\s*)(['"]?)org\/orchestrator-action((?:\/[^@\s'"]*)?)@[^\s'"#]+\2(\s*#.*)?$/gm;
let count = 0;
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  const pinned = text.replace(SELF, (_m, lead, _q, path) => {
    count++;
    return `${lead}org/orchestrator-action${path}@${sha} # ${tag}`;
  });
  if (pinned !== text) writeFileSync(f, pinned);
}
console.log(`pinned ${count} self-reference(s) to ${sha} (${tag})`);
