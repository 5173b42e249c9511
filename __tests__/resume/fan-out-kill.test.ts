/**
 * kill -9 in the middle of a fan-out, then --resume (docs/reference.md: Guarantees, Fan-out), through the real CLI:
 * instances that completed before the kill are never called again, the rest run, and the outputs
 * equal an uninterrupted run's. Also: validate and plan on a fan-out spec, and --dry-run.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Workspace } from '../helpers/workspace.js';
import { runAsync, runSync, snapshotCli, type CliBin } from '../cli/snapshot-bin.js';

const ITEMS = Array.from({ length: 16 }, (_, i) => `docs/p${String(i).padStart(2, '0')}.md`);
const SPEC = `version: 2
name: fanny
defaults: { provider: slow, concurrency: 2, retries: 0 }
providers:
  slow: { type: replay, responses: responses.yaml, latency_ms: 60 }
steps:
  translate:
    for_each: { glob: "docs/*.md" }
    prompt: "Translate {{ item }}"
    outputs: [{ path: "fr/{{ item }}" }]
  index:
    needs: [translate]
    run: "ls fr/docs > index.txt"
    outputs: [{ path: index.txt }]
`;
const RESPONSES = `translate: "bonjour"\n${ITEMS.map((p) => `"translate[${p}]": "fr ${p}"`).join('\n')}\n`;

function events(file: string): Array<{ type: string; step_id?: string; data: Record<string, unknown> }> {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

describe('a fan-out killed with SIGKILL resumes', () => {
  let ws: Workspace;
  let cli: CliBin;
  beforeAll(() => {
    cli = snapshotCli();
    ws = new Workspace({
      'job.yaml': SPEC,
      'responses.yaml': RESPONSES,
      ...Object.fromEntries(ITEMS.map((p) => [p, `# ${p}`])),
    });
  });
  afterAll(() => {
    ws.cleanup();
    cli.cleanup();
  });

  it('validate and plan see one fanned-out step with its item count', () => {
    const v = runSync(cli.bin, ['validate', '--spec', 'job.yaml'], ws.dir);
    expect(v.status).toBe(0);
    const p = runSync(cli.bin, ['plan', '--spec', 'job.yaml'], ws.dir);
    expect(p.stdout).toContain('translate ×16');
    const dry = runSync(cli.bin, ['run', '--spec', 'job.yaml', '--dry-run'], ws.dir);
    expect(dry.stdout).toContain('Translate <item>');
  });

  it('keeps the instances done before the kill and ends with the outputs of an uninterrupted run', async () => {
    const ref = runSync(
      cli.bin,
      ['run', '--spec', 'job.yaml', '--runs-dir', 'ref', '--job-id', 'r', '--no-cache', '--quiet'],
      ws.dir,
    );
    expect(ref.status).toBe(0);
    const log = ws.path('runs', 'k', 'events.jsonl');
    const p = runAsync(cli.bin, ['run', '--spec', 'job.yaml', '--job-id', 'k', '--no-cache', '--quiet'], ws.dir);
    const poll = setInterval(() => {
      try {
        if (statSync(log).size > 0 && events(log).filter((e) => e.type === 'step.succeeded').length >= 5) {
          clearInterval(poll);
          p.child.kill('SIGKILL');
        }
      } catch {
        /* not there yet, or a torn line */
      }
    }, 3);
    const killed = await p.done;
    clearInterval(poll);
    expect(killed.signal).toBe('SIGKILL');
    const before = events(log);
    const doneBefore = new Set(before.filter((e) => e.type === 'step.succeeded').map((e) => e.step_id!));
    expect(doneBefore.size).toBeGreaterThanOrEqual(5);
    expect(doneBefore.size).toBeLessThan(ITEMS.length);

    const resumed = runSync(cli.bin, ['run', '--spec', 'job.yaml', '--resume', 'k', '--no-cache', '--quiet'], ws.dir);
    expect(resumed.status).toBe(0);
    const after = events(log).slice(before.length);
    const called = new Set(after.filter((e) => e.type === 'llm.request').map((e) => e.step_id!));
    for (const id of doneBefore) expect(called.has(id)).toBe(false);
    expect(called.size).toBe(ITEMS.length - doneBefore.size);
    // Every output equals the uninterrupted run's.
    const list = (root: string): string[] =>
      readdirSync(root, { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile())
        .map((d) => join(d.parentPath, d.name).slice(root.length))
        .sort();
    const refOut = ws.path('ref', 'r', 'outputs');
    const outs = ws.path('runs', 'k', 'outputs');
    expect(list(outs)).toEqual(list(refOut));
    for (const f of list(refOut))
      expect(readFileSync(join(outs, f), 'utf8')).toBe(readFileSync(join(refOut, f), 'utf8'));
    const show = runSync(cli.bin, ['show', 'k', '--json'], ws.dir);
    const m = JSON.parse(show.stdout) as { status: string; steps: Record<string, { instances?: unknown }> };
    expect(m.status).toBe('succeeded');
    expect(m.steps.translate!.instances).toEqual({ total: 16, succeeded: 16, failed: 0 });
  }, 60_000);
});
