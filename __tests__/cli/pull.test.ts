/**
 * `orchestrator pull` against a strict loopback REST emulator (__tests__/helpers/github-emulator.ts):
 * tokens are checked (401 without or with a bad one, 403 without actions: read), unknown
 * repositories and runs are 404, the listing is paginated with Link headers, the zip endpoint
 * answers 302 to a blob host on another port that refuses an Authorization header. The pulled run
 * then works with show, tail, trace, golden and run --resume; hostile archives are refused.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RestEmulator } from '../helpers/github-emulator.js';
import { cli, REPO, Workspace } from '../helpers/workspace.js';
import { buildZip, entriesOf, type ZipEntry } from '../helpers/zip.js';

const SPEC = join(REPO, 'examples', 'notes-app', 'job.yaml');
const GOLDEN = join(REPO, 'examples', 'notes-app', 'golden');
const REPO_NAME = 'acme/notes';
const NAME = (attempt: number, job = 'notes-app', ghJob = 'build') => `orchestrator-${job}-${ghJob}-attempt-${attempt}`;

let ws: Workspace;
let gh: RestEmulator;
const zips = new Map<string, Buffer>();
/** No token at all, and no `gh` on PATH: the env a pull gets unless a test adds one. */
const bare = { GH_TOKEN: undefined, GITHUB_TOKEN: undefined, PATH: '/nonexistent' };
const env = (more: Record<string, string | undefined> = {}) => ({
  ...bare,
  GITHUB_API_URL: gh.url,
  GH_TOKEN: 'good',
  ...more,
});

/** Runs the example offline as run `jobId` and zips its folder with the uploader record the action writes. */
async function ciRun(jobId: string, record: Record<string, unknown>): Promise<Buffer> {
  const runs = ws.path('ci', jobId);
  const res = await cli(['run', '--spec', SPEC, '--runs-dir', runs, '--no-cache', '--quiet', '--job-id', jobId], {
    cwd: ws.dir,
  });
  expect(res.code).toBe(0);
  writeFileSync(
    join(runs, jobId, 'github.json'),
    JSON.stringify({
      schema: 'orchestrator.github/v1',
      repository: REPO_NAME,
      run_id: '1001',
      run_attempt: 1,
      github_job: 'build',
      instance: '',
      job_name: 'notes-app',
      ...record,
    }),
  );
  return buildZip(entriesOf(runs));
}

const pull = (args: string[], more: Record<string, string | undefined> = {}, dir = 'runs') =>
  cli(['pull', ...args, '--runs-dir', dir], { cwd: ws.dir, env: env(more) });

beforeAll(async () => {
  ws = new Workspace();
  gh = await new RestEmulator().start();
  gh.grant('good', { actions: 'read' }).grant('no-actions', { contents: 'read' });
  zips.set('a1', await ciRun('notes-a1', { run_attempt: 1 }));
  zips.set('a2', await ciRun('notes-a2', { run_attempt: 2 }));
  // 120 other artifacts first: the run artifacts are on the listing's second page.
  for (let i = 0; i < 120; i++) await gh.hostArtifact(REPO_NAME, '1001', `coverage-${i}`, Buffer.from('x'));
  await gh.hostArtifact(REPO_NAME, '1001', NAME(1), zips.get('a1')!);
  await gh.hostArtifact(REPO_NAME, '1001', NAME(2), zips.get('a2')!);
  gh.addRun(REPO_NAME, '1004');
}, 60_000);
afterAll(async () => {
  await gh.stop();
  ws.cleanup();
});

describe('pull by URL', () => {
  it('takes the newest attempt with a run artifact, across pages, and never sends the token to the blob host', async () => {
    const res = await pull([`https://github.com/${REPO_NAME}/actions/runs/1001`]);
    expect([res.code, res.stderr]).toEqual([0, expect.stringContaining('next: orchestrator show notes-a2')]);
    expect(res.stdout).toMatch(
      /^pulled notes-a2 \(notes-app, succeeded\) from orchestrator-notes-app-build-attempt-2 of run 1001 in acme\/notes/,
    );
    expect(existsSync(ws.path('runs', 'notes-a2', 'manifest.json'))).toBe(true);
    expect(gh.requests.filter((r) => r.includes('/actions/runs/1001/artifacts')).length).toBe(2);
    expect(gh.blobRequests.length).toBeGreaterThan(0);
    expect(gh.blobRequests.every((r) => r.authorization === undefined)).toBe(true);
  });

  it('an attempt in the URL takes that attempt', async () => {
    const res = await pull(
      [`https://github.com/${REPO_NAME}/actions/runs/1001/attempts/1`, '--json'],
      {},
      'runs-attempt',
    );
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({
      job_id: 'notes-a1',
      attempt: 1,
      artifact: NAME(1),
      repository: REPO_NAME,
      run_id: '1001',
    });
  });

  it('an existing run folder of that id is refused (exit 1) unless --force', async () => {
    const again = await pull(['--repo', REPO_NAME, '--run-id', '1001']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/error\[E_RUN_EXISTS\].*notes-a2 already exists/);
    expect(again.stderr).toMatch(/--force/);
    writeFileSync(ws.path('runs', 'notes-a2', 'stray.txt'), 'local');
    const forced = await pull(['--repo', REPO_NAME, '--run-id', '1001', '--force']);
    expect(forced.code).toBe(0);
    expect(existsSync(ws.path('runs', 'notes-a2', 'stray.txt'))).toBe(false);
  });
});

describe('the pulled run works with the other commands', () => {
  const onPulled = (args: string[]) => cli([...args, '--runs-dir', 'runs'], { cwd: ws.dir, env: bare });

  it('show, tail and trace read it', async () => {
    const show = await onPulled(['show', 'notes-a2', '--json']);
    expect(show.code).toBe(0);
    expect(JSON.parse(show.stdout)).toMatchObject({ job_id: 'notes-a2', status: 'succeeded' });
    const tail = await onPulled(['tail', 'notes-a2', '--type', 'step.succeeded', '--json']);
    expect(tail.code).toBe(0);
    expect(tail.stdout.trim().split('\n').length).toBe(4);
    const out = ws.path('trace.json');
    const trace = await onPulled(['trace', 'notes-a2', '--out', out]);
    expect(trace.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('resourceSpans');
  });

  it('report writes its HTML report', async () => {
    const out = ws.path('pulled-report.html');
    const res = await onPulled(['report', 'notes-a2', '--out', out]);
    expect(res.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^<!DOCTYPE html>/i);
    expect(readFileSync(out, 'utf8')).toContain('notes-a2');
  });

  it('golden compares it with the example golden files', async () => {
    const res = await onPulled(['golden', '--spec', SPEC, '--golden', GOLDEN, '--job-id', 'notes-a2']);
    expect([res.code, res.stdout]).toEqual([0, expect.stringMatching(/^same: run notes-a2/)]);
  });

  it('run --resume continues it: every step is kept, none called again', async () => {
    const res = await onPulled(['run', '--spec', SPEC, '--resume', 'notes-a2', '--no-cache', '--quiet', '--json']);
    expect(res.code).toBe(0);
    const events = ws.events('notes-a2');
    const resumed = events.slice(events.map((e) => e.type).lastIndexOf('job.resumed'));
    expect(resumed.length).toBeGreaterThan(0);
    expect(resumed.filter((e) => e.type === 'llm.request')).toEqual([]);
    expect(resumed.filter((e) => e.type === 'step.skipped').length).toBe(4);
  });
});

describe('credentials and missing things name what is wrong (exit 1)', () => {
  it('no token: names GH_TOKEN, GITHUB_TOKEN and gh', async () => {
    const res = await pull(['--repo', REPO_NAME, '--run-id', '1001'], { GH_TOKEN: undefined }, 'runs-none');
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(
      /error\[E_GITHUB_TOKEN\]: no GitHub token: GH_TOKEN and GITHUB_TOKEN are not set and `gh auth token` gave none/,
    );
    expect(gh.requests.length).toBeGreaterThan(0); // (earlier tests) - but this one sent nothing:
  });

  it('GITHUB_TOKEN is used when GH_TOKEN is unset, and `gh auth token` after both', async () => {
    const viaEnv = await pull(
      ['--repo', REPO_NAME, '--run-id', '1001'],
      { GH_TOKEN: undefined, GITHUB_TOKEN: 'good' },
      'runs-env',
    );
    expect(viaEnv.code).toBe(0);
    const bin = ws.path('fake-bin');
    mkdirSync(bin, { recursive: true });
    writeFileSync(join(bin, 'gh'), '#!/bin/sh\n[ "$1 $2" = "auth token" ] && echo good\n');
    chmodSync(join(bin, 'gh'), 0o755);
    const viaGh = await pull(['--repo', REPO_NAME, '--run-id', '1001'], { GH_TOKEN: undefined, PATH: bin }, 'runs-gh');
    expect([viaGh.code, viaGh.stderr]).toEqual([0, expect.any(String)]);
  });

  it('a bad token: 401', async () => {
    const res = await pull(['--repo', REPO_NAME, '--run-id', '1001'], { GH_TOKEN: 'wrong' }, 'runs-401');
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/error\[E_GITHUB_AUTH\]: GitHub answered 401 to the token from GH_TOKEN/);
    expect(res.stderr).not.toContain('wrong');
  });

  it('a token without actions: read: 403 names the permission', async () => {
    const res = await pull(['--repo', REPO_NAME, '--run-id', '1001'], { GH_TOKEN: 'no-actions' }, 'runs-403');
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/lacks `actions: read`/);
  });

  it.each([
    [
      'an unknown repository',
      ['--repo', 'acme/other', '--run-id', '1001'],
      /404 for the artifacts of run 1001 in acme\/other/,
    ],
    ['an unknown run', ['--repo', REPO_NAME, '--run-id', '999'], /404 for the artifacts of run 999 in acme\/notes/],
    [
      'a run without a run artifact',
      ['--repo', REPO_NAME, '--run-id', '1004'],
      /run 1004 in acme\/notes has no run artifact/,
    ],
    [
      'an attempt without one',
      ['--repo', REPO_NAME, '--run-id', '1001', '--attempt', '3'],
      /has no run artifact \(attempt 3\)/,
    ],
  ])('%s: 404, exit 1', async (_what, args, message) => {
    const res = await pull(args, {}, 'runs-404');
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(message);
    expect(existsSync(ws.path('runs-404'))).toBe(false);
  });

  it('usage errors are exit 2', async () => {
    expect((await pull([])).code).toBe(2);
    expect((await pull(['https://github.com/acme/notes/pulls/3'])).code).toBe(2);
    expect((await pull(['https://github.com/acme/notes/actions/runs/1', '--repo', 'a/b'])).code).toBe(2);
  });
});

describe('which artifact', () => {
  beforeAll(async () => {
    await gh.hostArtifact(REPO_NAME, '1002', NAME(1, 'notes-app', 'build'), zips.get('a1')!);
    await gh.hostArtifact(REPO_NAME, '1002', NAME(1, 'other-job', 'lint'), zips.get('a1')!);
  });

  it('several matching artifacts: exit 2 listing them; --job chooses', async () => {
    const res = await pull(['--repo', REPO_NAME, '--run-id', '1002'], {}, 'runs-several');
    expect(res.code).toBe(2);
    expect(res.stderr).toContain(NAME(1, 'notes-app', 'build'));
    expect(res.stderr).toContain(NAME(1, 'other-job', 'lint'));
    // The artifact of run 1002 holds the record of run 1001: the provenance check refuses it.
    const chosen = await pull(['--repo', REPO_NAME, '--run-id', '1002', '--job', 'notes-app'], {}, 'runs-several');
    expect(chosen.code).toBe(1);
    expect(chosen.stderr).toMatch(/E_ARTIFACT_INVALID.*uploaded by run_id "1001", not "1002"/);
    expect(existsSync(ws.path('runs-several', 'notes-a1'))).toBe(false);
  });

  it('matrix legs: --instance chooses one, and its github.json must name that instance', async () => {
    const leg = (instance: string) =>
      buildZip(
        entriesOf(ws.path('ci', 'notes-a1')).map((e) =>
          e.name.endsWith('github.json')
            ? {
                ...e,
                data: Buffer.from(
                  e
                    .data!.toString('utf8')
                    .replace('"run_id":"1001"', '"run_id":"1003"')
                    .replace('"instance":""', `"instance":"${instance}"`),
                ),
              }
            : e,
        ),
      );
    await gh.hostArtifact(REPO_NAME, '1003', 'orchestrator-notes-app-build-linux-attempt-1', await leg('linux'));
    await gh.hostArtifact(REPO_NAME, '1003', 'orchestrator-notes-app-build-mac-attempt-1', await leg('linux'));
    const both = await pull(['--repo', REPO_NAME, '--run-id', '1003'], {}, 'runs-legs');
    expect(both.code).toBe(2);
    const linux = await pull(
      ['--repo', REPO_NAME, '--run-id', '1003', '--instance', 'linux', '--json'],
      {},
      'runs-legs',
    );
    expect([linux.code, JSON.parse(linux.stdout || '{}').artifact]).toEqual([
      0,
      'orchestrator-notes-app-build-linux-attempt-1',
    ]);
    // The mac leg's artifact holds a folder uploaded by the linux leg: refused.
    const mac = await pull(['--repo', REPO_NAME, '--run-id', '1003', '--instance', 'mac', '--force'], {}, 'runs-legs');
    expect(mac.code).toBe(1);
    expect(mac.stderr).toMatch(/uploaded by instance "linux", not "mac"/);
  });

  it('--job must be the job the run ran', async () => {
    await gh.hostArtifact(REPO_NAME, '1005', NAME(1, 'notes-app2', 'build'), zips.get('a1')!);
    const res = await pull(['--repo', REPO_NAME, '--run-id', '1005', '--job', 'notes-app2'], {}, 'runs-job');
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/E_ARTIFACT_INVALID/);
  });
});

describe('hostile archives are refused (exit 1), nothing lands in the runs folder', () => {
  let runId = 2000;
  async function pullHostile(
    entries: ZipEntry[] | Buffer,
    extra: { listedSize?: number } = {},
  ): Promise<Awaited<ReturnType<typeof pull>>> {
    const id = String(runId);
    const zip = Buffer.isBuffer(entries) ? entries : await buildZip(entries);
    await gh.hostArtifact(REPO_NAME, id, NAME(1), zip, extra);
    const dir = `runs-hostile-${id}`;
    const res = await pull(['--repo', REPO_NAME, '--run-id', id], {}, dir);
    expect(res.code).toBe(1);
    expect(existsSync(ws.path(dir))).toBe(false);
    runId++;
    return res;
  }
  /** The run folder of attempt 1, its uploader record naming the run it is served from. */
  const good = () =>
    entriesOf(ws.path('ci', 'notes-a1')).map((e) =>
      e.name.endsWith('github.json')
        ? { ...e, data: Buffer.from(e.data!.toString('utf8').replace('"run_id":"1001"', `"run_id":"${runId}"`)) }
        : e,
    );

  it('zip-slip', async () => {
    const res = await pullHostile([...good(), { name: '../../evil.txt', data: Buffer.from('x') }]);
    expect(res.stderr).toMatch(/error\[E_ARTIFACT_UNSAFE\]|invalid relative path|\.\./);
    expect(existsSync(join(ws.dir, 'evil.txt'))).toBe(false);
  });

  it('a symlink entry', async () => {
    const res = await pullHostile([
      ...good(),
      { name: 'notes-a1/outputs/link', data: Buffer.from('/etc/passwd'), mode: 0o120777 },
    ]);
    expect(res.stderr).toMatch(/E_ARTIFACT_UNSAFE.*not a regular file/);
  });

  it('more than 50,000 entries', async () => {
    const many: ZipEntry[] = [];
    for (let i = 0; i <= 50_000; i++) many.push({ name: `notes-a1/logs/f${i}`, data: Buffer.alloc(0) });
    const res = await pullHostile(many);
    expect(res.stderr).toMatch(/E_ARTIFACT_TOO_LARGE.*50001 entries; at most 50000/);
  }, 60_000);

  it('an archive that inflates past 256 MiB', async () => {
    const res = await pullHostile([...good(), { name: 'notes-a1/outputs/bomb', zeros: 257 * 1024 * 1024 }]);
    expect(res.stderr).toMatch(/E_ARTIFACT_TOO_LARGE.*extracted artifact exceeds the limit of 256 MiB/);
  }, 60_000);

  it('an artifact listed over 256 MiB is not downloaded', async () => {
    const before = gh.blobRequests.length;
    const res = await pullHostile(await buildZip(good()), { listedSize: 300 * 1024 * 1024 });
    expect(res.stderr).toMatch(/E_ARTIFACT_TOO_LARGE.*exceeds the limit of 256 MiB/);
    expect(gh.blobRequests.length).toBe(before);
  });

  it('an edited output (hash differs from the record)', async () => {
    const entries = good().map((e) =>
      e.name === 'notes-a1/outputs/design.md' ? { ...e, data: Buffer.from('tampered') } : e,
    );
    const res = await pullHostile(entries);
    expect(res.stderr).toMatch(/E_ARTIFACT_INVALID.*design\.md does not match its recorded sha256/);
  });

  it('the untouched archive is pulled (the cases above differ from it in one thing)', async () => {
    const zip = await buildZip(good());
    const id = String(runId++);
    await gh.hostArtifact(REPO_NAME, id, NAME(1), zip);
    expect((await pull(['--repo', REPO_NAME, '--run-id', id], {}, `runs-ok-${id}`)).code).toBe(0);
  });

  it('no github.json', async () => {
    const res = await pullHostile(good().filter((e) => !e.name.endsWith('github.json')));
    expect(res.stderr).toMatch(/no readable github\.json/);
  });
});

afterAll(() => rmSync(ws.path('ci'), { recursive: true, force: true }));
