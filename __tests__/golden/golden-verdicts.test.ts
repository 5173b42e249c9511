/** `orchestrator golden` with per-file comparators: same, equivalent, drift, flaky, unmeasured. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { cli, Workspace } from '../helpers/workspace.js';
import { goldenVerdicts, normalizeText, ruleFor } from '../../src/golden/verdicts.js';
import type { GoldenRule } from '../../src/jobspec/schema.js';

const SPEC = `version: 2
name: g
defaults: { provider: offline, retries: 0 }
providers:
  offline: { type: replay, responses: responses.yaml }
  grader: { type: replay, responses: judge.yaml }
golden:
  dir: golden
  files:
    - { path: "notes/*.txt", compare: text }
    - { path: "data/**", compare: json, ignore: ["/id"], tolerance: 0.01 }
    - { path: "summary.md", compare: similar, metric: chrf, min: 0.35 }
    - { path: "review.md", compare: judge, provider: grader, rubric: "Says the code is fine." }
steps:
  notes: { prompt: n, outputs: [{ path: notes/a.txt }] }
  data: { prompt: d, outputs: [{ path: data/x.json }] }
  summary: { prompt: s, outputs: [{ path: summary.md }] }
  review: { prompt: r, outputs: [{ path: review.md }] }
  plain: { prompt: p, outputs: [{ path: plain.txt }] }
`;

const RESPONSES = `notes: "line one  \\r\\nline two\\r\\n\\r\\n"
data: '{"id": "r-2", "total": 100.5, "items": [1, 2]}'
summary: "The cat sat on the mat."
review: "Looks fine overall."
plain: "exact"
`;

const GOLDEN: Record<string, string> = {
  'golden/notes/a.txt': 'line one\nline two\n',
  'golden/data/x.json': '{"items": [1, 2], "total": 100, "id": "r-1"}',
  'golden/summary.md': 'A cat was sitting on the mat.',
  'golden/review.md': 'The code is fine.',
  'golden/plain.txt': 'exact',
};

type Files = Array<{ path: string; verdict: string; kind?: string; score?: number; reason?: string; compare: string }>;

describe('golden with comparators', () => {
  let ws: Workspace;
  beforeEach(async () => {
    ws = new Workspace({
      'job.yaml': SPEC,
      'responses.yaml': RESPONSES,
      'judge.yaml': `"golden:review.md": '{"pass": true, "score": 0.9, "reason": "same meaning"}'\n`,
      ...GOLDEN,
    });
    const r = await cli(['run', '--spec', 'job.yaml', '--job-id', 'g1', '--quiet'], { cwd: ws.dir });
    expect(r.code).toBe(0);
  });
  afterEach(() => ws.cleanup());

  it("uses golden.dir and each file's first matching rule: equivalent with scores, exit 0", async () => {
    const r = await cli(['golden', '--spec', 'job.yaml', '--json'], { cwd: ws.dir });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { files: Files; counts: Record<string, number>; drift: boolean };
    const by = Object.fromEntries(out.files.map((f) => [f.path, f]));
    expect(by['plain.txt']).toMatchObject({ verdict: 'same', compare: 'exact' });
    expect(by['notes/a.txt']).toMatchObject({ verdict: 'equivalent', compare: 'text' });
    expect(by['data/x.json']).toMatchObject({ verdict: 'equivalent', compare: 'json' });
    expect(by['summary.md']).toMatchObject({ verdict: 'equivalent', compare: 'similar' });
    expect(by['summary.md']!.score).toBeCloseTo(0.3978485169445028, 10);
    expect(by['review.md']).toMatchObject({
      verdict: 'equivalent',
      compare: 'judge',
      score: 0.9,
      reason: 'same meaning',
    });
    expect(out.counts).toEqual({ same: 1, equivalent: 4, drift: 0, flaky: 0, unmeasured: 0 });
    expect(out.drift).toBe(false);

    const text = await cli(['golden', '--spec', 'job.yaml'], { cwd: ws.dir });
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(
      /^equivalent: run g1 matches golden \(1 same, 4 equivalent, 0 drift, 0 flaky, 0 unmeasured\)/,
    );
    expect(text.stderr).toMatch(/equivalent summary\.md \(similar, score 0\.398\)/);
    expect(text.stderr).toMatch(/equivalent review\.md \(judge, score 0\.9\): same meaning/);
  });

  it('a comparator that fails is drift (exit 1, diff); --update rewrites only drifted files', async () => {
    ws.write({ 'golden/summary.md': 'Completely different words here.', 'golden/stale.txt': 'gone' });
    const r = await cli(['golden', '--spec', 'job.yaml', '--json'], { cwd: ws.dir });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { files: Files; changed: string[]; missing: string[]; diff: string };
    expect(out.files.find((f) => f.path === 'summary.md')).toMatchObject({ verdict: 'drift', kind: 'changed' });
    expect(out.files.find((f) => f.path === 'stale.txt')).toMatchObject({ verdict: 'drift', kind: 'missing' });
    expect(out.diff).toContain('golden/summary.md');
    const upd = await cli(['golden', '--spec', 'job.yaml', '--update'], { cwd: ws.dir });
    expect(upd.code).toBe(0);
    expect(upd.stdout).toMatch(/1 changed, 0 added, 1 removed; 3 equivalent kept/);
    expect(ws.read('golden/summary.md')).toBe('The cat sat on the mat.');
    // Equivalent files keep their golden text.
    expect(ws.read('golden/notes/a.txt')).toBe('line one\nline two\n');
    expect(ws.read('golden/data/x.json')).toBe(GOLDEN['golden/data/x.json']);
    expect((await cli(['golden', '--spec', 'job.yaml'], { cwd: ws.dir })).code).toBe(0);
  });

  it('--golden DIR overrides the folder and keeps the rules', async () => {
    for (const [p, c] of Object.entries(GOLDEN)) {
      const to = ws.path(p.replace(/^golden\//, 'other/'));
      mkdirSync(dirname(to), { recursive: true });
      writeFileSync(to, c);
    }
    const r = await cli(['golden', '--spec', 'job.yaml', '--golden', 'other', '--json'], { cwd: ws.dir });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { counts: Record<string, number> }).counts.equivalent).toBe(4);
  });

  it('a judge that cannot answer leaves the file unmeasured: exit 1, never a pass', async () => {
    ws.write({ 'judge.yaml': `"golden:review.md": 'no verdict here'\n` });
    const r = await cli(['golden', '--spec', 'job.yaml'], { cwd: ws.dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^unmeasured: run g1 did not measure every file of golden/m);
    expect(r.stderr).toMatch(/unmeasured review\.md \(judge\): judge \(grader\): errored: E_JUDGE_ANSWER/);
  });

  it('a file whose step failed is unmeasured, not drift', async () => {
    ws.write({
      'job.yaml': SPEC.replace(
        'summary: { prompt: s, outputs: [{ path: summary.md }] }',
        'summary: { prompt: s, outputs: [{ path: summary.md }], checks: [{ type: contains, value: NOPE }] }',
      ),
    });
    const run = await cli(['run', '--spec', 'job.yaml', '--job-id', 'g2', '--quiet'], { cwd: ws.dir });
    expect(run.code).toBe(1);
    const r = await cli(['golden', '--spec', 'job.yaml', '--job-id', 'g2', '--json'], { cwd: ws.dir });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { files: Files };
    expect(out.files.find((f) => f.path === 'summary.md')).toMatchObject({
      verdict: 'unmeasured',
      message: expect.stringMatching(/step summary failed/),
    });
  });
});

describe('golden verdicts (library)', () => {
  let ws: Workspace;
  afterEach(() => ws.cleanup());

  it('drift of a step whose gate was inconclusive is flaky; flaky alone exits 0', async () => {
    ws = new Workspace({ 'out/a.txt': 'new', 'gold/a.txt': 'old', 'out/b.txt': 'same', 'gold/b.txt': 'same' });
    const manifest = {
      status: 'succeeded' as const,
      steps: {
        a: {
          status: 'succeeded',
          outputs: [{ path: 'a.txt', sha256: '', size_bytes: 3 }],
          samples: { verdict: 'inconclusive' },
        },
      },
    } as unknown as Parameters<typeof goldenVerdicts>[0]['manifest'];
    const r = await goldenVerdicts({
      outputsDir: ws.path('out'),
      goldenDir: ws.path('gold'),
      rules: [],
      manifest,
      baseDir: ws.dir,
    });
    expect(r.files.map((f) => [f.path, f.verdict])).toEqual([
      ['a.txt', 'flaky'],
      ['b.txt', 'same'],
    ]);
    expect(r.exitCode).toBe(0);
  });

  it('first matching rule wins; no rule is exact', () => {
    const rules: GoldenRule[] = [
      { path: 'docs/**/*.md', compare: 'text' },
      { path: 'docs/api.md', compare: 'exact' },
      { path: '**/*.json', compare: 'json' },
    ];
    expect(ruleFor('docs/api.md', rules).compare).toBe('text');
    expect(ruleFor('a/b/c.json', rules).compare).toBe('json');
    expect(ruleFor('.hidden/x.json', rules).compare).toBe('json');
    expect(ruleFor('x.txt', rules).compare).toBe('exact');
  });

  it('text ignores line endings, trailing whitespace and the final newline, nothing else', () => {
    expect(normalizeText('a  \r\nb\t\r\n\r\n')).toBe(normalizeText('a\nb'));
    expect(normalizeText(' a')).not.toBe(normalizeText('a'));
    expect(normalizeText('a\n\nb')).not.toBe(normalizeText('a\nb'));
  });
});

describe('validate the golden block', () => {
  let ws: Workspace;
  afterEach(() => ws.cleanup());

  it('checks each rule like the check it runs: providers, one rubric, confined files, known compare', async () => {
    ws = new Workspace({
      '.git/HEAD': 'ref: refs/heads/main\n',
      'responses.yaml': 'a: x\n',
      'job.yaml': `version: 2
name: g
defaults: { provider: offline }
providers:
  offline: { type: replay, responses: responses.yaml }
golden:
  files:
    - { path: "*.md", compare: judge, provider: nobody, rubric: r }
    - { path: "*.txt", compare: judge, provider: offline, rubric_file: ../../outside.md }
    - { path: "*.json", compare: similar, metric: embedding, min: 0.5, provider: offline }
    - { path: "*.csv", compare: fuzzy }
steps:
  a: { prompt: a }
`,
    });
    const r = await cli(['validate', '--spec', 'job.yaml'], { cwd: ws.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/job\.yaml:8:\d+: .*unknown provider or route "nobody"/);
    expect(r.stderr).toMatch(/judge rubric_file "\.\.\/\.\.\/outside\.md" is outside/);
    expect(r.stderr).toMatch(/provider "offline" \(type replay\) has no embeddings API/);
    expect(r.stderr).toMatch(/job\.yaml:11:\d+: .*compare/);
  });
});
