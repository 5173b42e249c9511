/**
 * `orchestrator report RUN [--out FILE]` and report.html at the end of a run: a run folder gets
 * its report from `run` and from `run --resume`; a killed run gets one from `report` (by job id,
 * job name or folder path, also copied elsewhere), shown as interrupted.
 */
import { existsSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { Workspace, cli } from '../helpers/workspace.js';

const SPEC = `version: 2
name: rep
defaults: { provider: r }
providers:
  r: { type: replay, responses: responses.yaml }
steps:
  plan: { prompt: "Plan it", outputs: [{ path: plan.md }] }
  build: { needs: [plan], prompt: "Build {{ steps.plan.output }}", outputs: [{ path: build.md }] }
  check: { needs: [build], run: "cat build.md && echo oops >&2", reads: [build.md] }
`;
const RESPONSES = `plan: "1. <b>write</b> build.md"\nbuild: "built [ok](javascript:alert(1))"\n`;

let ws: Workspace;
beforeEach(() => (ws = new Workspace({ 'job.yaml': SPEC, 'responses.yaml': RESPONSES })));
afterEach(() => ws.cleanup());

test('run writes report.html in its run folder; report rewrites it by id, job name or path, or writes --out', async () => {
  const run = await cli(['run', '--spec', 'job.yaml', '--job-id', 'r1', '-q'], { cwd: ws.dir });
  expect(run.code).toBe(0);
  const file = ws.path('runs', 'r1', 'report.html');
  const html = readFileSync(file, 'utf8');
  expect(html).toContain('<title>rep · succeeded');
  expect(html).toContain('1. \\u003cb\\u003ewrite\\u003c/b\\u003e build.md');
  expect(html).not.toContain('<b>write</b>');
  rmSync(file);
  for (const target of ['r1', 'rep', join('runs', 'r1')]) {
    const r = await cli(['report', target, '-q'], { cwd: ws.dir });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout.trim()).toMatch(/runs\/r1\/report\.html$/);
    expect(existsSync(file)).toBe(true);
    rmSync(file);
  }
  // A copy of the folder elsewhere (a downloaded artifact), report written beside it.
  cpSync(ws.path('runs', 'r1'), ws.path('download', 'r1'), { recursive: true });
  const out = await cli(['report', './download/r1', '--out', 'r.html'], { cwd: ws.dir });
  expect(out.code).toBe(0);
  expect(readFileSync(ws.path('r.html'), 'utf8')).toContain('<title>rep · succeeded');
});

test('a killed run has no report.html until report writes one (interrupted), or its resume does', async () => {
  expect((await cli(['run', '--spec', 'job.yaml', '--job-id', 'k1', '-q'], { cwd: ws.dir })).code).toBe(0);
  // What a kill -9 after the first step leaves: no end event, no report, a writer that is gone.
  const events = ws
    .read('runs', 'k1', 'events.jsonl')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { type: string; step_id?: string; data: Record<string, unknown> });
  const cut = events.findIndex((e) => e.type === 'step.started' && e.step_id === 'build');
  const kept = events.slice(0, cut);
  kept[0]!.data.pid = 2 ** 22 + 12345;
  kept[0]!.data.host = hostname();
  writeFileSync(ws.path('runs', 'k1', 'events.jsonl'), `${kept.map((e) => JSON.stringify(e)).join('\n')}\n`);
  rmSync(ws.path('runs', 'k1', 'report.html'));
  rmSync(ws.path('runs', 'k1', 'manifest.json'));
  const r = await cli(['report', 'k1'], { cwd: ws.dir });
  expect(r.code).toBe(0);
  const html = ws.read('runs', 'k1', 'report.html');
  expect(html).toContain('interrupted: its process is gone');
  // The resume ends with a finished report.
  expect((await cli(['run', '--spec', 'job.yaml', '--resume', 'k1', '-q'], { cwd: ws.dir })).code).toBe(0);
  const after = ws.read('runs', 'k1', 'report.html');
  expect(after).toContain('<title>rep · succeeded');
  expect(after).not.toContain('interrupted: its process is gone');
});

test('the end-of-run report shows what one written later from the log shows: checks, kinds, command tails', async () => {
  ws.write({
    'checked.yaml': SPEC.replace(
      'outputs: [{ path: plan.md }] }',
      'outputs: [{ path: plan.md }], checks: [{ type: contains, value: write }] }',
    )
      .replace(
        'outputs: [{ path: build.md }] }',
        'outputs: [{ path: build.md }], checks: [{ type: min-length, value: 5 }] }',
      )
      .replace('name: rep', 'name: rep2'),
  });
  const run = await cli(['run', '--spec', 'checked.yaml', '--job-id', 'c1', '-q'], { cwd: ws.dir });
  expect(run.code).toBe(0);
  const atEnd = ws.read('runs', 'c1', 'report.html');
  expect((await cli(['report', 'c1', '--out', 'later.html', '-q'], { cwd: ws.dir })).code).toBe(0);
  const later = ws.read('later.html');
  const made = /report made [^<]*/g;
  expect(atEnd).toContain('oops');
  expect(atEnd).toContain('contains');
  expect(atEnd.replace(made, '')).toBe(later.replace(made, ''));
  // A resume keeps every step: its report shows the checks the first attempt recorded.
  expect((await cli(['run', '--spec', 'checked.yaml', '--resume', 'c1', '-q'], { cwd: ws.dir })).code).toBe(0);
  const resumed = ws.read('runs', 'c1', 'report.html');
  expect((await cli(['report', 'c1', '--out', 'later2.html', '-q'], { cwd: ws.dir })).code).toBe(0);
  expect(resumed.replace(made, '')).toBe(ws.read('later2.html').replace(made, ''));
  expect(resumed.match(/contains/g)?.length).toBe(atEnd.match(/contains/g)?.length);
});

test('report of something that is not a run is a usage error', async () => {
  const r = await cli(['report', 'nope'], { cwd: ws.dir });
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/error\[E_NO_RUN\]/);
  const p = await cli(['report', './job.yaml'], { cwd: ws.dir });
  expect(p.code).toBe(2);
});
