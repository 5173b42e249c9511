/**
 * File-system faults during a run: a full disk, a runs or cache folder that cannot be created.
 * The user gets one clear error that says what to do (no stack, no "this is a bug"), and
 * manifest.json is still written when its own write can succeed.
 */
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { cli, replaySpec, Workspace } from '../helpers/workspace.js';

const STEPS = {
  a: 'prompt: "start"\noutputs: [{ path: a.txt }]',
  b: 'needs: [a]\nprompt: "B sees {{ steps.a.output }}"\noutputs: [{ path: b.txt }]',
};

describe('file-system faults', () => {
  let ws: Workspace;
  beforeEach(() => (ws = new Workspace({ 'job.yaml': replaySpec('fs', STEPS), 'responses.yaml': 'a: "A"\nb: "B"\n' })));
  afterEach(() => ws.cleanup());

  const run = (...args: string[]) => cli(['run', '--spec', 'job.yaml', '--quiet', ...args], { cwd: ws.dir });

  it('a full disk under events.jsonl: E_DISK_FULL with what to do, manifest.json still written', async () => {
    // /dev/full answers every write with ENOSPC, as a filled tmpfs does.
    mkdirSync(ws.path('runs', 'full'), { recursive: true });
    symlinkSync('/dev/full', ws.path('runs', 'full', 'events.jsonl'));
    const r = await run('--job-id', 'full', '--no-cache');
    expect(r.stderr).toMatch(
      /error\[E_DISK_FULL\]: cannot write .*events\.jsonl: no space left on the device \(ENOSPC\)/,
    );
    expect(r.stderr).toMatch(/hint: free some space.*--resume full/);
    expect(r.stderr).not.toMatch(/E_INTERNAL|this is a bug|\n\s+at /);
    expect(r.code).toBe(1);
    const m = ws.manifest('full');
    expect(m.status).toBe('failed');
    expect(existsSync(ws.path('runs', 'full', '.lock'))).toBe(false);
  });

  it('a --runs-dir that cannot be created: a usage error naming the folder and the flag', async () => {
    writeFileSync(ws.path('file'), 'x');
    const r = await run('--runs-dir', 'file/runs', '--no-cache');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/error\[E_NOT_A_FOLDER\]: cannot create the run folder file\/runs\//);
    expect(r.stderr).toMatch(/hint: pass --runs-dir with a folder you can write/);
    expect(r.stderr).not.toMatch(/E_INTERNAL|this is a bug/);
  });

  it('a --cache-dir that cannot be created: the run goes on without the cache, with warnings', async () => {
    writeFileSync(ws.path('file'), 'x');
    const r = await run('--cache-dir', 'file/cache', '--job-id', 'nc');
    expect(r.stderr).not.toMatch(/E_INTERNAL|this is a bug/);
    expect(r.code).toBe(0);
    const warns = ws.events('nc').filter((e) => e.type === 'cache.error');
    expect(warns.length).toBeGreaterThan(0);
    expect(warns[0]!.level).toBe('warn');
  });
});
