import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cp } from 'node:fs/promises';
import { fetchPreviousRun, verifyExtractedTree } from '../../src/action/run-artifact.js';
import type { ArtifactClient } from '../../src/action/services.js';
import { makeManifest } from '../report/manifest-fixture.js';
import { FakeCore } from './fake-core.js';

const root = mkdtempSync(join(tmpdir(), 'orch-art-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** An artifact client serving prepared folders as if extracted from zips. */
function fakeClient(artifacts: Array<{ name: string; id: number; dir: string }>): ArtifactClient & { downloads: number[] } {
  const downloads: number[] = [];
  return {
    downloads,
    upload: async () => ({}),
    list: async () => artifacts.map(({ name, id }) => ({ name, id })),
    download: async (id, path) => {
      downloads.push(id);
      await cp(artifacts.find((a) => a.id === id)!.dir, path, { recursive: true, verbatimSymlinks: true });
      return { downloadPath: path };
    },
  };
}

function runFolder(name: string, jobName: string, jobId: string): string {
  const dir = join(root, name);
  mkdirSync(join(dir, jobId, 'outputs'), { recursive: true });
  writeFileSync(join(dir, jobId, 'manifest.json'), JSON.stringify(makeManifest([{ id: 'a' }], { job_name: jobName, job_id: jobId })));
  writeFileSync(join(dir, jobId, 'events.jsonl'), '');
  return dir;
}

const opts = (runsDir: string, attempt: number) => ({ jobName: 'notes-app', githubJob: 'build', runAttempt: attempt, runsDir, tempDir: join(root, 'tmp') });

describe('fetchPreviousRun', () => {
  it('downloads the newest earlier attempt (10 over 2 and 9) and places the run folder in runs-dir', async () => {
    const client = fakeClient([
      { name: 'orchestrator-notes-app-build-attempt-2', id: 50, dir: runFolder('a2', 'notes-app', 'run-a2') },
      { name: 'orchestrator-notes-app-build-attempt-10', id: 3, dir: runFolder('a10', 'notes-app', 'run-a10') },
      { name: 'orchestrator-notes-app-build-attempt-9', id: 40, dir: runFolder('a9', 'notes-app', 'run-a9') },
      { name: 'orchestrator-notes-app-test-attempt-11', id: 60, dir: runFolder('t', 'notes-app', 'run-t') },
    ]);
    const runsDir = join(root, 'runs1');
    const got = await fetchPreviousRun(client, new FakeCore(), opts(runsDir, 11));
    expect(got).toMatchObject({ jobId: 'run-a10', attempt: 10 });
    expect(client.downloads).toEqual([3]);
    expect(existsSync(join(runsDir, 'run-a10', 'manifest.json'))).toBe(true);
  });

  it('none for this job: undefined, nothing downloaded', async () => {
    const client = fakeClient([{ name: 'orchestrator-other-build-attempt-1', id: 1, dir: runFolder('o', 'other', 'run-o') }]);
    expect(await fetchPreviousRun(client, new FakeCore(), opts(join(root, 'runs2'), 2))).toBeUndefined();
    expect(client.downloads).toEqual([]);
  });

  it('refuses an artifact holding another job\'s run', async () => {
    const client = fakeClient([{ name: 'orchestrator-notes-app-build-attempt-1', id: 1, dir: runFolder('w', 'wrong-job', 'run-w') }]);
    await expect(fetchPreviousRun(client, new FakeCore(), opts(join(root, 'runs3'), 2))).rejects.toThrow(/is a run of job "wrong-job"/);
    expect(existsSync(join(root, 'runs3', 'run-w'))).toBe(false);
  });

  it('refuses an artifact whose manifest does not parse', async () => {
    const dir = runFolder('bad', 'notes-app', 'run-bad');
    writeFileSync(join(dir, 'run-bad', 'manifest.json'), '{ nope');
    const client = fakeClient([{ name: 'orchestrator-notes-app-build-attempt-1', id: 1, dir }]);
    await expect(fetchPreviousRun(client, new FakeCore(), opts(join(root, 'runs4'), 2))).rejects.toThrow(/E_ARTIFACT_INVALID|artifact orchestrator-notes-app-build-attempt-1/);
  });

  it('refuses a symlink that escapes the download folder (zip-slip)', async () => {
    const dir = runFolder('slip', 'notes-app', 'run-slip');
    symlinkSync('/etc/passwd', join(dir, 'run-slip', 'outputs', 'evil'));
    const client = fakeClient([{ name: 'orchestrator-notes-app-build-attempt-1', id: 1, dir }]);
    await expect(fetchPreviousRun(client, new FakeCore(), opts(join(root, 'runs5'), 2))).rejects.toThrow(/symlink points outside/);
    expect(existsSync(join(root, 'runs5', 'run-slip'))).toBe(false);
  });
});

describe('verifyExtractedTree', () => {
  it('accepts a plain tree and links that stay inside', async () => {
    const dir = join(root, 'ok');
    mkdirSync(join(dir, 'x'), { recursive: true });
    writeFileSync(join(dir, 'x', 'f'), '1');
    symlinkSync('f', join(dir, 'x', 'link'));
    await expect(verifyExtractedTree(dir)).resolves.toBeUndefined();
  });
});
