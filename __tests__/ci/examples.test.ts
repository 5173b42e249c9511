/**
 * The two CI examples run offline through the real CLI (a child process, as a user runs it):
 * examples/pr-review in a throwaway git repository with a two-commit PR, and
 * examples/issue-triage with an issue passed in as inputs. Provider calls are counted from
 * llm.request events, command executions from command.started events.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import type { OrchestratorEvent } from '../../src/events/types.js';
import type { Manifest } from '../../src/run/manifest-types.js';
import { cliProcess, REPO } from '../helpers/workspace.js';

const events = (runDir: string): OrchestratorEvent[] =>
  readFileSync(join(runDir, 'events.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as OrchestratorEvent);
const stepsOf = (runDir: string, type: string) =>
  events(runDir)
    .filter((e) => e.type === type)
    .map((e) => e.step_id)
    .sort();
const manifest = (runDir: string): Manifest =>
  JSON.parse(readFileSync(join(runDir, 'manifest.json'), 'utf8')) as Manifest;
// Keys of real providers must not leak into the child: the examples run on replay only.
const ENV = { OPENAI_API_KEY: undefined, ANTHROPIC_API_KEY: undefined };

describe('examples/pr-review offline', () => {
  let repo: string;
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
  let base = '';
  let head = '';

  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'orch-pr-review-'));
    cpSync(join(REPO, 'examples', 'pr-review'), join(repo, 'review'), { recursive: true });
    writeFileSync(join(repo, '.gitignore'), 'runs/\n.orchestrator/\n');
    writeFileSync(join(repo, 'README.md'), '# demo\n');
    git('init', '-q', '-b', 'main');
    git('-c', 'user.name=t', '-c', 'user.email=t@t.invalid', 'add', '-A');
    git('-c', 'user.name=t', '-c', 'user.email=t@t.invalid', 'commit', '-qm', 'base');
    base = git('rev-parse', 'HEAD');
    execFileSync('mkdir', ['-p', join(repo, 'src')]);
    writeFileSync(join(repo, 'src', 'math.js'), 'export function divide(a, b) {\n  return a / b;\n}\n');
    git('-c', 'user.name=t', '-c', 'user.email=t@t.invalid', 'add', '-A');
    git('-c', 'user.name=t', '-c', 'user.email=t@t.invalid', 'commit', '-qm', 'add divide');
    head = git('rev-parse', 'HEAD');
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  const run = (jobId: string, ...extra: string[]) =>
    cliProcess(
      [
        'run',
        '--spec',
        'review/job.yaml',
        '--job-id',
        jobId,
        '--quiet',
        '--input',
        `base=${base}`,
        '--input',
        `head=${head}`,
        ...extra,
      ],
      {
        cwd: repo,
        env: { ...ENV, ...lenient },
      },
    );
  // The example's replay is strict (its fixture answers the recorded PR only); the second commit
  // below is another PR, answered with the recorded texts on purpose.
  let lenient: Record<string, string> = {};

  it('validates, and says which inputs a run needs', () => {
    const res = cliProcess(['validate', '--spec', 'review/job.yaml'], { cwd: repo, env: ENV });
    expect(res.status).toBe(0);
    expect(res.stderr).toContain('--input base=... --input head=...');
  });

  it('reviews the PR: the diff, three reviewers in parallel with checked JSON findings, review.md', () => {
    const res = run('r1', '--input', 'title=Add divide');
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    const dir = join(repo, 'runs', 'r1');
    expect(readFileSync(join(dir, 'outputs', 'pr.diff'), 'utf8')).toContain('+export function divide(a, b) {');
    for (const r of ['correctness', 'security', 'tests']) {
      const findings = JSON.parse(readFileSync(join(dir, 'outputs', 'findings', `${r}.json`), 'utf8')) as {
        reviewer: string;
        findings: unknown[];
      };
      expect(findings.reviewer).toBe(r);
    }
    const review = readFileSync(join(dir, 'outputs', 'review.md'), 'utf8');
    expect(review.startsWith('## Review')).toBe(true);
    expect(review).toContain('`src/math.js:2`');
    expect(stepsOf(dir, 'llm.request')).toEqual(['aggregate', 'correctness', 'per-file[0]', 'security', 'tests']);
    expect(stepsOf(dir, 'command.started')).toEqual(['diff', 'files']);
    expect(stepsOf(dir, 'quality.passed')).toEqual(['aggregate', 'correctness', 'diff', 'files', 'security', 'tests']);
    // Each changed file got a review of its own (for_each with output_schema), canonical JSON.
    const perFile = JSON.parse(
      readFileSync(join(dir, 'outputs', 'findings', 'files', 'src', 'math.js.json'), 'utf8'),
    ) as { file: string };
    expect(perFile.file).toBe('src/math.js');
    // Its item is { file, diff } (an object: its KEY is its index), and its prompt has that file's diff.
    expect(readFileSync(join(dir, 'logs', 'per-file[0].log'), 'utf8')).toContain('+export function divide(a, b) {');
    // The reviewers ran side by side: each started before any of them ended.
    const ev = events(dir);
    const startOf = (id: string) => ev.find((e) => e.type === 'step.started' && e.step_id === id)!.seq;
    const endOf = (id: string) => ev.find((e) => e.type === 'step.succeeded' && e.step_id === id)!.seq;
    const firstEnd = Math.min(endOf('correctness'), endOf('security'), endOf('tests'));
    expect(Math.max(startOf('correctness'), startOf('security'), startOf('tests'))).toBeLessThan(firstEnd);
    // The prompt carried the diff and the title.
    expect(readFileSync(join(dir, 'logs', 'security.log'), 'utf8')).toContain('Title: Add divide');
  });

  it('a second run of the same PR runs git again but calls no model; a new commit on the PR reviews anew', () => {
    expect(run('r2', '--input', 'title=Add divide').status).toBe(0);
    const dir2 = join(repo, 'runs', 'r2');
    expect(stepsOf(dir2, 'command.started')).toEqual(['diff', 'files']);
    expect(stepsOf(dir2, 'llm.request')).toEqual([]);
    expect(manifest(dir2).totals.cache_hits).toBe(5);

    writeFileSync(
      join(repo, 'src', 'math.js'),
      'export function divide(a, b) {\n  if (b === 0) throw new RangeError("b is 0");\n  return a / b;\n}\n',
    );
    git('-c', 'user.name=t', '-c', 'user.email=t@t.invalid', 'commit', '-qam', 'zero check');
    head = git('rev-parse', 'HEAD');
    lenient = { ORCHESTRATOR_REPLAY_STRICT: 'off' };
    expect(run('r3', '--input', 'title=Add divide').status).toBe(0);
    lenient = {};
    const dir3 = join(repo, 'runs', 'r3');
    expect(readFileSync(join(dir3, 'outputs', 'pr.diff'), 'utf8')).toContain('RangeError');
    expect(stepsOf(dir3, 'llm.request')).toEqual(['correctness', 'per-file[0]', 'security', 'tests']);
    // The replayed reviewers answered as before, so the aggregator's prompt is unchanged: a hit.
    expect(stepsOf(dir3, 'cache.hit')).toEqual(['aggregate']);
  });

  it('without the base input: exit 2 naming it', () => {
    const res = cliProcess(['run', '--spec', 'review/job.yaml', '--input', `head=${head}`], { cwd: repo, env: ENV });
    expect(res.status).toBe(2);
    expect(res.stderr).toContain('required input "base" has no value');
    expect(res.stderr).toContain('--input base=VALUE');
  });

  it('a base that is an option, not a commit, fails the diff step instead of reaching git as a flag', () => {
    const res = cliProcess(
      [
        'run',
        '--spec',
        'review/job.yaml',
        '--job-id',
        'evil',
        '--quiet',
        '--input',
        `base=--output=${join(repo, 'pwned')}`,
        '--input',
        `head=${head}`,
      ],
      { cwd: repo, env: ENV },
    );
    expect(res.status).toBe(1);
    expect(existsSync(join(repo, 'pwned'))).toBe(false);
    expect(manifest(join(repo, 'runs', 'evil')).failed_steps).toEqual(['diff', 'files']);
  });
});

describe('examples/issue-triage offline', () => {
  let ws: string;
  beforeAll(() => {
    ws = mkdtempSync(join(tmpdir(), 'orch-triage-'));
    cpSync(join(REPO, 'examples', 'issue-triage'), join(ws, 'triage'), { recursive: true });
    writeFileSync(
      join(ws, 'issue.md'),
      'When I save a note with an empty body the app crashes:\n\n```\nTypeError: cannot read properties of undefined\n```\n',
    );
  });
  afterAll(() => rmSync(ws, { recursive: true, force: true }));

  it('classifies (schema-checked JSON), keeps only allowed labels, drafts a reply', () => {
    writeFileSync(join(ws, 'inputs.json'), JSON.stringify({ title: 'App crashes on "empty" note; $(id)' }));
    const res = cliProcess(
      [
        'run',
        '--spec',
        'triage/job.yaml',
        '--job-id',
        't1',
        '--quiet',
        '--input-file',
        'inputs.json',
        '--input',
        'body=@issue.md',
      ],
      {
        cwd: ws,
        env: ENV,
      },
    );
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    const dir = join(ws, 'runs', 't1');
    // The model proposed "crash", which the repository does not have: the command step drops it.
    expect(JSON.parse(readFileSync(join(dir, 'outputs', 'labels.json'), 'utf8'))).toEqual({
      labels: ['bug'],
      priority: 'p1',
    });
    expect(readFileSync(join(dir, 'outputs', 'reply.md'), 'utf8')).toContain('Thanks for the report');
    expect(readFileSync(join(dir, 'logs', 'classify.log'), 'utf8')).toContain(
      'Title: App crashes on "empty" note; $(id)',
    );
    expect(stepsOf(dir, 'llm.request')).toEqual(['classify', 'reply']);
    expect(stepsOf(dir, 'command.started')).toEqual(['allowed-labels']);

    // Another label set from outside: the same model answer (a cache hit) gives other labels.
    const res2 = cliProcess(
      [
        'run',
        '--spec',
        'triage/job.yaml',
        '--job-id',
        't2',
        '--quiet',
        '--input-file',
        'inputs.json',
        '--input',
        'body=@issue.md',
        '--input',
        'labels=crash,bug',
      ],
      // Another label list is another classify prompt: the strict fixture would refuse it, and this
      // case is about the command step's guard, so the recorded answer is taken as is.
      { cwd: ws, env: { ...ENV, ORCHESTRATOR_REPLAY_STRICT: 'off' } },
    );
    expect(res2.status).toBe(0);
    expect(JSON.parse(readFileSync(join(ws, 'runs', 't2', 'outputs', 'labels.json'), 'utf8')).labels).toEqual([
      'bug',
      'crash',
    ]);
  });
});
