/**
 * A damaged events.jsonl (not only a torn last line): show, tail, trace and --resume skip the bad
 * lines, say which (line number), and go on from what is readable. Never E_INTERNAL.
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { cli, replaySpec, Workspace } from '../helpers/workspace.js';

const STEPS = {
  a: 'prompt: "start"\noutputs: [{ path: a.txt }]',
  b: 'needs: [a]\nprompt: "B sees {{ steps.a.output }}"\noutputs: [{ path: b.py, extract: code }]',
};

describe('a damaged event log', () => {
  let ws: Workspace;
  afterEach(() => ws.cleanup());

  /** A run where b failed, with damaged lines spliced into the middle of its log. */
  async function damagedRun(): Promise<{ file: string; lines: string[] }> {
    ws = new Workspace({ 'job.yaml': replaySpec('dmg', STEPS), 'responses.yaml': 'a: "answer A"\nb: "no code"\n' });
    const first = await cli(['run', '--spec', 'job.yaml', '--no-cache', '--quiet', '--job-id', 'd1'], { cwd: ws.dir });
    expect(first.code).toBe(1);
    const file = ws.path('runs', 'd1', 'events.jsonl');
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    // Line 3 garbage, line 5 valid JSON that is not an event, line 7 an object without a type.
    lines.splice(2, 0, '{"ts":"2026-11-2');
    lines.splice(4, 0, 'null');
    lines.splice(6, 0, '{"hello":"world"}');
    writeFileSync(file, lines.join('\n') + '\n');
    return { file, lines };
  }

  it('show reports the damaged lines by number and still summarises the run', async () => {
    await damagedRun();
    const r = await cli(['show', 'd1'], { cwd: ws.dir });
    expect(r.stderr).not.toMatch(/E_INTERNAL/);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/events\.jsonl:3: skipped a damaged event line \(not valid JSON\)/);
    expect(r.stderr).toMatch(/events\.jsonl:5: skipped .*not a JSON object/);
    expect(r.stderr).toMatch(/events\.jsonl:7: skipped .*no "type"/);
    expect(r.stdout).toMatch(/dmg .*failed/);
  });

  it('tail and trace go on past the damaged lines', async () => {
    await damagedRun();
    const t = await cli(['tail', 'd1', '--json'], { cwd: ws.dir });
    expect(t.code).toBe(0);
    expect(t.stderr).toMatch(/events\.jsonl:5: skipped/);
    const printed = t.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string });
    expect(printed.at(-1)!.type).toBe('job.failed');
    const plain = await cli(['tail', 'd1'], { cwd: ws.dir });
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/job\.failed/);
    const tr = await cli(['trace', 'd1'], { cwd: ws.dir });
    expect(tr.code).toBe(0);
    expect(tr.stderr).toMatch(/skipped a damaged event line/);
    expect(JSON.parse(tr.stdout).resourceSpans).toBeDefined();
  });

  it('--resume works from what is readable, records the skipped lines and continues seq', async () => {
    const { file } = await damagedRun();
    ws.write({ 'responses.yaml': 'a: "answer A"\nb: "```python\\nprint(1)\\n```"\n' });
    const r = await cli(['run', '--spec', 'job.yaml', '--no-cache', '--quiet', '--resume', 'd1'], { cwd: ws.dir });
    expect(r.stderr).not.toMatch(/E_INTERNAL|E_EVENTS_CORRUPT/);
    expect(r.code).toBe(0);
    const events = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .flatMap((l) => {
        try {
          const v = JSON.parse(l);
          return v && v.type ? [v] : [];
        } catch {
          return [];
        }
      });
    const damaged = events.find((e) => e.type === 'events.damaged');
    expect(damaged.level).toBe('warn');
    expect(damaged.data.lines.map((l: { line: number }) => l.line)).toEqual([3, 5, 7]);
    const seqs = events.map((e) => e.seq);
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(ws.manifest('d1').status).toBe('succeeded');
  });
});

describe('tail --follow on a run whose writer is dead', () => {
  let ws: Workspace;
  afterEach(() => ws.cleanup());

  /** A run folder as a SIGKILLed writer leaves it: events without an end, a lock naming a dead pid. */
  function killedRun(pid: number): void {
    const ev = (seq: number, type: string) =>
      JSON.stringify({
        ts: new Date().toISOString(),
        seq,
        level: 'info',
        job_id: 'k1',
        type,
        trace_id: 't',
        span_id: 's',
        data: type === 'job.started' ? { job_name: 'k', graph: { a: [] } } : {},
      });
    ws = new Workspace({
      'runs/k1/events.jsonl': `${ev(1, 'job.started')}\n${ev(2, 'step.started').replace('"type"', '"step_id":"a","type"')}\n`,
      'runs/k1/.lock': JSON.stringify({ pid, host: hostname(), started_at: new Date().toISOString() }),
    });
  }

  it('ends with a message naming the dead writer and how to resume, exit 1', async () => {
    const dead = Number(
      spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout,
    );
    killedRun(dead);
    const r = await Promise.race([
      cli(['tail', 'k1', '--follow'], { cwd: ws.dir }),
      new Promise<never>((_, rej) => setTimeout(() => rej(new Error('tail --follow did not end')), 5000)),
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/step\.started/);
    expect(r.stderr).toContain(`process ${dead}`);
    expect(r.stderr).toContain('--resume k1');
    const show = await cli(['show', 'k1'], { cwd: ws.dir });
    expect(show.stderr).toMatch(/no process is running k1/);
  });

  it('keeps following while the writer lives, and ends with the job', async () => {
    killedRun(process.pid);
    const pending = cli(['tail', 'k1', '--follow'], { cwd: ws.dir });
    await new Promise((r) => setTimeout(r, 700));
    appendFileSync(
      ws.path('runs', 'k1', 'events.jsonl'),
      JSON.stringify({
        ts: new Date().toISOString(),
        seq: 3,
        level: 'info',
        job_id: 'k1',
        type: 'job.succeeded',
        trace_id: 't',
        span_id: 's',
        data: {},
      }) + '\n',
    );
    const r = await pending;
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/job\.succeeded/);
  });
});
