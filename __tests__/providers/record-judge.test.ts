/**
 * `orchestrator record` captures judge calls too: a step graded by a `judge` check writes the
 * judge's system prompt, prompt and answer to its log, `record` turns them into a `judge:STEP`
 * entry with its prompt hash, and a strict replay of the recorded fixture answers both the step
 * and its judge with the same verdict.
 */
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import { cli, REPO, Workspace } from '../helpers/workspace.js';

const spec = (responses: string) => `version: 2
name: rj
defaults: { provider: offline, retries: 0 }
providers:
  offline: { type: replay, responses: ${responses}, strict: true }
steps:
  summary:
    prompt: "Summarise the release notes."
    outputs: [{ path: summary.md }]
    checks:
      - { type: judge, provider: offline, rubric: "Names every breaking change." }
`;

test('a judged step records a judge:STEP entry that a strict replay answers', async () => {
  const ws = new Workspace({
    'job.yaml': spec('first.yaml'),
    'first.yaml': `summary: "Breaking: the v1 API is gone."\n"judge:summary": '{"pass": true, "score": 0.9, "reason": "names the removal"}'\n`,
  });
  try {
    const first = await cli(['run', '--spec', 'job.yaml', '--no-cache', '-q', '--job-id', 'one'], { cwd: ws.dir });
    expect([first.code, first.stderr]).toEqual([0, '']);
    const log = ws.read('runs', 'one', 'logs', 'summary.log');
    expect(log).toContain('===== judge prompt =====');
    expect(log).toContain('===== judge response =====');

    const rec = await cli(['record', 'one', '--out', 'recorded.yaml'], { cwd: ws.dir });
    expect([rec.code, rec.stderr]).toEqual([0, '']);
    const fixture = jsYaml.load(readFileSync(ws.path('recorded.yaml'), 'utf8')) as Record<
      string,
      { response: string; prompt: string; prompt_sha256: string }
    >;
    expect(Object.keys(fixture).sort()).toEqual(['judge:summary', 'summary']);
    expect(fixture['judge:summary']!.prompt).toContain('Names every breaking change.');
    expect(JSON.parse(fixture['judge:summary']!.response)).toMatchObject({ pass: true, score: 0.9 });
    expect(fixture['judge:summary']!.prompt_sha256).toMatch(/^[0-9a-f]{64}$/);

    ws.write({ 'job.yaml': spec('recorded.yaml') });
    const again = await cli(['run', '--spec', 'job.yaml', '--no-cache', '-q', '--job-id', 'two'], { cwd: ws.dir });
    expect([again.code, again.stderr]).toEqual([0, '']);
    expect(ws.read('runs', 'two', 'outputs', 'summary.md')).toBe(ws.read('runs', 'one', 'outputs', 'summary.md'));
    const judged = ws.events('two').filter((e) => e.type === 'quality.passed');
    expect(JSON.stringify(judged)).toContain('names the removal');
  } finally {
    ws.cleanup();
  }
});

test('a sampled, judged step records one answer per sample, and the recorded fixture replays the same verdict', async () => {
  const ws = new Workspace();
  try {
    cpSync(join(REPO, 'examples', 'summary-gate'), ws.dir, { recursive: true });
    const first = await cli(['run', '--spec', 'job.yaml', '--no-cache', '-q', '--job-id', 'one'], { cwd: ws.dir });
    expect(first.code).toBe(0);
    const rec = await cli(['record', 'one', '--out', 'rec.yaml'], { cwd: ws.dir });
    expect(rec.code).toBe(0);
    const fixture = jsYaml.load(readFileSync(ws.path('rec.yaml'), 'utf8')) as Record<string, unknown>;
    const drawn = (ws.manifest('one').steps.summarize as { samples?: { drawn: number } }).samples!.drawn;
    expect((fixture.summarize as unknown[]).length).toBe(drawn);
    expect((fixture['judge:summarize'] as unknown[]).length).toBe(drawn);
    ws.write({
      'job.yaml': readFileSync(ws.path('job.yaml'), 'utf8').replaceAll('fixtures/responses.yaml', 'rec.yaml'),
    });
    const again = await cli(['run', '--spec', 'job.yaml', '--no-cache', '-q', '--job-id', 'two'], { cwd: ws.dir });
    expect([again.code, again.stderr]).toEqual([0, '']);
    expect(ws.manifest('two').steps.summarize!.samples).toEqual(ws.manifest('one').steps.summarize!.samples);
    expect(ws.read('runs', 'two', 'outputs', 'summary.md')).toBe(ws.read('runs', 'one', 'outputs', 'summary.md'));
  } finally {
    ws.cleanup();
  }
});
