// Records the examples' replay fixtures from offline runs of the examples, so that each entry
// holds the prompt it answers and its sha256 (`orchestrator record`). The examples' replay
// providers are `strict: true`: after a prompt edit their runs fail (E_REPLAY_STALE) until this
// script is run again (`npm run record-fixtures`; it builds first).
//
//   node scripts/record-fixtures.mjs                 re-record every example's fixture
//   node scripts/record-fixtures.mjs --check         run every example strictly; exit 1 if one is stale
//   ... --examples DIR                               another examples folder (tests use a copy)
//
// Each example runs in the scenario its test in __tests__/ci/examples.test.ts uses.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'orchestrator.js');
const args = process.argv.slice(2);
const check = args.includes('--check');
const at = args.indexOf('--examples');
const EXAMPLES = resolve(at >= 0 ? args[at + 1] : join(ROOT, 'examples'));

const gitEnv = {
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@t.invalid',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@t.invalid',
};

/** example -> its fixture (relative to the example) and how to run it in a fresh folder `dir`. */
export const scenarios = [
  {
    example: 'notes-app',
    fixture: 'fixtures/notes.responses.yaml',
    setup: (dir) => ({ cwd: dir, spec: join(EXAMPLES, 'notes-app', 'job.yaml'), extra: [] }),
  },
  {
    example: 'issue-triage',
    fixture: 'fixtures/responses.yaml',
    setup: (dir) => {
      cpSync(join(EXAMPLES, 'issue-triage'), join(dir, 'triage'), { recursive: true });
      writeFileSync(
        join(dir, 'issue.md'),
        'When I save a note with an empty body the app crashes:\n\n```\nTypeError: cannot read properties of undefined\n```\n',
      );
      writeFileSync(join(dir, 'inputs.json'), JSON.stringify({ title: 'App crashes on "empty" note; $(id)' }));
      return { cwd: dir, spec: 'triage/job.yaml', extra: ['--input-file', 'inputs.json', '--input', 'body=@issue.md'] };
    },
  },
  {
    example: 'pr-review',
    fixture: 'fixtures/responses.yaml',
    setup: (dir) => {
      const git = (...a) =>
        execFileSync('git', a, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...gitEnv } }).trim();
      cpSync(join(EXAMPLES, 'pr-review'), join(dir, 'review'), { recursive: true });
      writeFileSync(join(dir, '.gitignore'), 'runs/\n.orchestrator/\n');
      writeFileSync(join(dir, 'README.md'), '# demo\n');
      git('init', '-q', '-b', 'main');
      git('add', '-A');
      git('commit', '-qm', 'base');
      const base = git('rev-parse', 'HEAD');
      mkdirSync(join(dir, 'src'), { recursive: true });
      writeFileSync(join(dir, 'src', 'math.js'), 'export function divide(a, b) {\n  return a / b;\n}\n');
      git('add', '-A');
      git('commit', '-qm', 'add divide');
      const head = git('rev-parse', 'HEAD');
      return {
        cwd: dir,
        spec: 'review/job.yaml',
        extra: ['--input', `base=${base}`, '--input', `head=${head}`, '--input', 'title=Add divide'],
      };
    },
  },
];

// Keys of real providers must not reach the examples: they run on replay only.
const childEnv = (more) => {
  const env = { ...process.env, ...more };
  delete env.OPENAI_API_KEY;
  delete env.ANTHROPIC_API_KEY;
  return env;
};

let failed = 0;
for (const s of scenarios) {
  const dir = mkdtempSync(join(tmpdir(), `orch-record-${s.example}-`));
  try {
    const { cwd, spec, extra } = s.setup(dir);
    const runs = join(dir, 'runs');
    // Recording runs on the fixture as it is, stale entries included; the check runs strictly.
    const env = childEnv(check ? {} : { ORCHESTRATOR_REPLAY_STRICT: 'off' });
    const run = spawnSync(
      process.execPath,
      [BIN, 'run', '--spec', spec, '--runs-dir', runs, '--no-cache', '--quiet', '--job-id', 'rec', ...extra],
      {
        cwd,
        env,
        encoding: 'utf8',
      },
    );
    if (run.status !== 0) {
      failed++;
      process.stderr.write(`${s.example}: the run failed (exit ${run.status})\n${run.stdout}${run.stderr}\n`);
      continue;
    }
    if (check) {
      process.stdout.write(`${s.example}: fresh\n`);
      continue;
    }
    const out = join(EXAMPLES, s.example, s.fixture);
    const rec = spawnSync(process.execPath, [BIN, 'record', 'rec', '--runs-dir', runs, '--out', out], {
      cwd,
      env,
      encoding: 'utf8',
    });
    if (rec.status !== 0) {
      failed++;
      process.stderr.write(`${s.example}: record failed\n${rec.stderr}\n`);
      continue;
    }
    process.stdout.write(`${s.example}: ${rec.stdout}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
process.exit(failed ? 1 : 0);
