/**
 * A run folder the engine cannot use says which file and what to do next (exit 2), never E_INTERNAL:
 * a read-only runs folder, a lock a full disk left empty, a run stopped before its first event, an
 * events.jsonl that is a folder.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { makeRunDir } from '../../src/run/run-folder.js';
import { UsageError } from '../../src/util/errors.js';
import { cli, replaySpec, Workspace } from '../helpers/workspace.js';

const SPEC = replaySpec('t', { a: 'prompt: "x"' });

describe('run-folder faults', () => {
  let ws: Workspace;
  beforeEach(() => (ws = new Workspace({ 'job.yaml': SPEC, 'responses.yaml': 'a: ok\n' })));
  afterEach(() => ws.cleanup());

  it('a read-only mount: Node says ENOENT for a recursive mkdir; the error says read-only (E_READ_ONLY, exit 2)', () => {
    // As Node's recursive mkdir behaves on a read-only mount: ENOENT for the whole path, EROFS for the first missing folder.
    const mkdir = ((path: string, opts?: { recursive?: boolean }) => {
      const e = Object.assign(new Error(opts?.recursive ? `ENOENT: mkdir '${path}'` : `EROFS: mkdir '${path}'`), {
        code: opts?.recursive ? 'ENOENT' : 'EROFS',
      });
      throw e;
    }) as unknown as typeof import('node:fs').mkdirSync;
    let thrown: unknown;
    try {
      makeRunDir(ws.path('ro', 'runs'), ws.path('ro', 'runs', 'j1'), mkdir);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(UsageError);
    expect((thrown as UsageError).code).toBe('E_READ_ONLY');
    expect((thrown as UsageError).exitCode).toBe(2);
    expect((thrown as UsageError).message).toContain(ws.path('ro', 'runs', 'j1'));
  });

  it('an empty .lock left by a full disk does not hold the run id: a new run with the id runs', async () => {
    mkdirSync(ws.path('runs', 'j1'), { recursive: true });
    writeFileSync(ws.path('runs', 'j1', '.lock'), '');
    const t0 = Date.now();
    const r = await cli(['run', '--spec', 'job.yaml', '--job-id', 'j1', '-q'], { cwd: ws.dir });
    expect(r.stderr).not.toMatch(/E_RUN_LOCKED/);
    expect(r.code).toBe(0);
    expect(Date.now() - t0).toBeLessThan(5000);
  });

  it('--resume of a run that stopped before its first event names the file and the command to run', async () => {
    mkdirSync(ws.path('runs', 'j1'), { recursive: true });
    const r = await cli(['run', '--spec', 'job.yaml', '--resume', 'j1', '-q'], { cwd: ws.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/E_NO_RUN.*events\.jsonl/);
    expect(r.stderr).toContain('orchestrator run --spec job.yaml --job-id j1');
  });

  it('an events.jsonl that is a folder: E_NOT_A_FILE naming it, exit 2, for run, --resume and show', async () => {
    mkdirSync(ws.path('runs', 'j1', 'events.jsonl'), { recursive: true });
    for (const args of [
      ['run', '--spec', 'job.yaml', '--job-id', 'j1', '-q'],
      ['run', '--spec', 'job.yaml', '--resume', 'j1', '-q'],
      ['show', 'j1'],
    ]) {
      const r = await cli(args, { cwd: ws.dir });
      expect(r.stderr).not.toMatch(/E_INTERNAL/);
      expect(r.stderr).toMatch(/E_NOT_A_FILE.*runs\/j1\/events\.jsonl is a folder/);
      expect(r.code).toBe(2);
    }
  });
});
