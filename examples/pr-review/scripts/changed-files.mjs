// The PR's changed files as a JSON array of { file, diff } for the `per-file` fan-out: one item per
// file, each with its own diff (cut at 50 kB). The commits come in as ORCHESTRATOR_INPUT_* values,
// never as shell text; --end-of-options keeps a value starting with "-" from being read as an
// option, and --no-ext-diff/--no-textconv keep git from running configured helpers.
import { execFileSync } from 'node:child_process';

const range = `${process.env.ORCHESTRATOR_INPUT_BASE}...${process.env.ORCHESTRATOR_INPUT_HEAD}`;
const git = (...args) =>
  execFileSync('git', ['-C', process.env.ORCHESTRATOR_SPEC_DIR, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
const files = git('diff', '--name-only', '-z', '--no-ext-diff', '--no-textconv', '--end-of-options', range, '--')
  .split('\0')
  .filter(Boolean);
const items = files.map((file) => ({
  file,
  // Paths from --name-only are relative to the repository's top; `:(top,literal)` says so to git
  // (the spec's folder may be a subfolder) and keeps a name with `*` from being read as a glob.
  diff: git(
    'diff',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--end-of-options',
    range,
    '--',
    `:(top,literal)${file}`,
  ).slice(0, 50_000),
}));
process.stdout.write(`${JSON.stringify(items)}\n`);
