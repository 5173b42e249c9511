import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { runJob } from '../../src/engine/run.js';
import { acquireRunLock, isRunLive, lockFile, runLiveness } from '../../src/run/lock.js';
import { loadSpecFromString } from '../../src/jobspec/load.js';
import { FakeProvider } from '../helpers/fake-provider.js';
import { engineWorkspacePerTest, fakeSpec } from '../helpers/engine-job.js';

/** The pid of a process that has exited (a stale holder). */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

const SPEC = fakeSpec(`  a: { prompt: "go", outputs: [{ path: a.txt }] }
`);

describe('run folder lock', () => {
  const { ws } = engineWorkspacePerTest();

  it('refuses a second holder with an error naming the holder pid, and frees the folder on release', () => {
    const dir = ws.path('runs', 'x');
    mkdirSync(dir, { recursive: true });
    const lock = acquireRunLock(dir, 'x');
    expect(isRunLive(dir)).toBe(true);
    expect(() => acquireRunLock(dir, 'x')).toThrow(
      expect.objectContaining({ code: 'E_RUN_LOCKED', message: expect.stringContaining(`process ${process.pid}`) }),
    );
    lock.release();
    expect(existsSync(lockFile(dir))).toBe(false);
    expect(runLiveness(dir).state).toBe('unlocked');
    acquireRunLock(dir, 'x').release();
  });

  it('takes over a stale lock whose holder is dead', () => {
    const dir = ws.path('runs', 'x');
    mkdirSync(dir, { recursive: true });
    const pid = deadPid();
    writeFileSync(lockFile(dir), JSON.stringify({ pid, host: hostname(), started_at: '2026-01-01T00:00:00Z' }));
    expect(runLiveness(dir)).toEqual(expect.objectContaining({ state: 'dead' }));
    const lock = acquireRunLock(dir, 'x');
    expect(JSON.parse(readFileSync(lockFile(dir), 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  it('does not take over a lock held on another host (its liveness cannot be checked)', () => {
    const dir = ws.path('runs', 'x');
    mkdirSync(dir, { recursive: true });
    writeFileSync(lockFile(dir), JSON.stringify({ pid: deadPid(), host: 'elsewhere.invalid', started_at: '' }));
    expect(() => acquireRunLock(dir, 'x')).toThrow(
      expect.objectContaining({ code: 'E_RUN_LOCKED', hint: expect.stringContaining('.lock') }),
    );
  });

  it('two runs of one job id at once: the second fails with E_RUN_LOCKED, the log has unique seq', async () => {
    const loaded = await loadSpecFromString(SPEC, ws.path('job.yaml'), ws.dir);
    const slow = new FakeProvider('fake', { a: { delayMs: 300 } });
    const first = runJob({ loaded, runsDir: ws.path('runs'), jobId: 'same', providers: { fake: slow } });
    await new Promise((r) => setTimeout(r, 50));
    await expect(
      runJob({ loaded, runsDir: ws.path('runs'), jobId: 'same', providers: { fake: new FakeProvider('fake') } }),
    ).rejects.toMatchObject({
      code: 'E_RUN_LOCKED',
    });
    await expect(
      runJob({
        loaded,
        runsDir: ws.path('runs'),
        jobId: 'same',
        resume: true,
        providers: { fake: new FakeProvider('fake') },
      }),
    ).rejects.toMatchObject({ code: 'E_RUN_LOCKED' });
    const res = await first;
    expect(res.status).toBe('succeeded');
    const seqs = ws.events('same').map((e) => e.seq);
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(existsSync(join(res.runDir, '.lock'))).toBe(false);
  });

  it('resumes a run whose writer was killed (stale lock) and releases the lock when done', async () => {
    const loaded = await loadSpecFromString(SPEC, ws.path('job.yaml'), ws.dir);
    const res = await runJob({
      loaded,
      runsDir: ws.path('runs'),
      jobId: 'r',
      providers: { fake: new FakeProvider('fake', { a: { failFirst: { n: 1, status: 400 } } }) },
    });
    writeFileSync(join(res.runDir, '.lock'), JSON.stringify({ pid: deadPid(), host: hostname(), started_at: '' }));
    const again = await runJob({
      loaded,
      runsDir: ws.path('runs'),
      jobId: 'r',
      resume: true,
      providers: { fake: new FakeProvider('fake') },
    });
    expect(again.status).toBe('succeeded');
    expect(existsSync(join(res.runDir, '.lock'))).toBe(false);
  });
});
