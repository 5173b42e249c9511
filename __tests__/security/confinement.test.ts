/**
 * Every file a spec names (prompt_file, replay `responses`, is-json `schema`,
 * command `reads`, context files) is read only when it is a regular file inside the spec's
 * repository (here: no git root, no GITHUB_WORKSPACE around the temp folder, so the spec's
 * folder), and no larger than the bound. Refusals are spec errors at validate time where the file
 * is known then; a FIFO never hangs and a device is never read.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, replaySpec, Workspace } from '../helpers/workspace.js';
import { readConfinedSync, specRoot } from '../../src/util/confined-read.js';

const env = { GITHUB_WORKSPACE: undefined };

function mkfifo(path: string): void {
  const r = spawnSync('mkfifo', [path]);
  if (r.status !== 0) throw new Error(`mkfifo failed: ${r.stderr}`);
}

const posix = process.platform !== 'win32';
const maybe = posix ? test : test.skip;

describe('files the spec names', () => {
  let outer: Workspace;
  let ws: string;
  beforeEach(() => {
    outer = new Workspace({
      'secret.txt': 'TOP SECRET OUTSIDE',
      'outside-responses.yaml': 'a: "forged"\n',
      'outside-schema.json': '{"title": "OUTSIDE-SCHEMA"}',
    });
    ws = join(outer.dir, 'repo');
    mkdirSync(ws);
    writeFileSync(join(ws, 'responses.yaml'), 'a: "ok"\n');
  });
  afterEach(() => outer.cleanup());

  const validate = (spec: string) => {
    writeFileSync(join(ws, 'job.yaml'), spec);
    return cli(['validate', '--spec', 'job.yaml'], { cwd: ws, env });
  };

  it.each([
    ['a relative path out', '../secret.txt', /outside/],
    ['an absolute path', '/etc/hostname', /outside/],
  ])('prompt_file: %s is a spec error', async (_what, path, message) => {
    const r = await validate(
      replaySpec('c', { a: `prompt_file: ${JSON.stringify(path)}\noutputs: [{ path: a.txt }]` }),
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/job\.yaml:\d+:\d+: .*prompt file/);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toContain('TOP SECRET');
  });

  maybe('prompt_file: a symlink leading out, a FIFO and a device are spec errors, at once', async () => {
    symlinkSync(join(outer.dir, 'secret.txt'), join(ws, 'link.md'));
    symlinkSync('/dev/zero', join(ws, 'zero.md'));
    mkfifo(join(ws, 'fifo.md'));
    const started = Date.now();
    const r = await validate(
      replaySpec('c', {
        a: 'prompt_file: link.md\noutputs: [{ path: a.txt }]',
        b: 'prompt_file: fifo.md\noutputs: [{ path: b.txt }]',
        c: 'prompt_file: zero.md\noutputs: [{ path: c.txt }]',
      }),
    );
    expect(Date.now() - started).toBeLessThan(5000);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/"link\.md".*symlink leading outside|link\.md.*outside/);
    expect(r.stderr).toMatch(/fifo\.md.*FIFO/);
    expect(r.stderr).toMatch(/zero\.md.*outside/);
  });

  it('replay responses and an is-json schema outside are spec errors', async () => {
    const spec = replaySpec('c', {
      a: 'prompt: "x"\noutputs: [{ path: a.txt }]\nchecks: [{ type: is-json, schema: ../outside-schema.json }]',
    }).replace('responses: responses.yaml', 'responses: ../outside-responses.yaml');
    const r = await validate(spec);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/responses file "\.\.\/outside-responses\.yaml" is outside/);
    expect(r.stderr).toMatch(/is-json schema "\.\.\/outside-schema\.json" is outside/);
    expect(r.stderr).not.toContain('OUTSIDE-SCHEMA');
  });

  it('a reads entry or a context glob leaving its folder is a spec error', async () => {
    const r = await validate(
      replaySpec('c', {
        a: 'prompt: "x {{ context }}"\ncontext: { include: ["../**/*.txt", "/etc/*"] }\noutputs: [{ path: a.txt }]',
        b: 'needs: [a]\nrun: "true"\nreads: [../../secret.txt]',
      }),
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/context glob "\.\.\/\*\*\/\*\.txt" leaves the workspace/);
    expect(r.stderr).toMatch(/context glob "\/etc\/\*" leaves the workspace/);
    expect(r.stderr).toMatch(/reads entry "\.\.\/\.\.\/secret\.txt" contains "\.\."/);
  });

  maybe('a command step whose reads names a FIFO fails with a clear error instead of hanging', async () => {
    writeFileSync(
      join(ws, 'job.yaml'),
      replaySpec('c', {
        make: 'run: "echo x > pipe"\noutputs: [{ path: pipe }]',
        swap: 'needs: [make]\nrun: "rm pipe && mkfifo pipe"',
        use: 'needs: [make, swap]\nrun: "true"\nreads: [pipe]\ncache: true',
      }),
    );
    const started = Date.now();
    const r = await cli(['run', '--spec', 'job.yaml', '--job-id', 'f1', '--cache-dir', 'cache', '--quiet', '--json'], {
      cwd: ws,
      env,
    });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(r.code).toBe(1);
    const m = JSON.parse(r.stdout) as { steps: Record<string, { status: string; error?: { message: string } }> };
    expect(m.steps.use!.status).toBe('failed');
    expect(m.steps.use!.error!.message).toMatch(/FIFO/);
  });
});

(posix ? test : test.skip)(
  'resume does not hang on an output a command swapped for a FIFO; the step runs again',
  async () => {
    const ws = new Workspace({ 'responses.yaml': 'a: "one"\n' });
    try {
      ws.write({
        'job.yaml': replaySpec('fifo', {
          a: 'prompt: "x"\noutputs: [{ path: a.txt }]',
          b: 'needs: [a]\nrun: "rm a.txt && mkfifo a.txt && exit 1"',
        }),
      });
      const first = await cli(['run', '--spec', 'job.yaml', '--job-id', 'r1', '--no-cache', '--quiet'], {
        cwd: ws.dir,
        env,
      });
      expect(first.code).toBe(1);
      ws.write({ 'job.yaml': ws.read('job.yaml').replace('rm a.txt && mkfifo a.txt && exit 1', 'true') });
      const started = Date.now();
      const again = await cli(['run', '--spec', 'job.yaml', '--resume', 'r1', '--no-cache', '--quiet'], {
        cwd: ws.dir,
        env,
      });
      expect(Date.now() - started).toBeLessThan(10_000);
      expect([again.code, again.stderr]).toEqual([0, '']);
      expect(ws.read('runs', 'r1', 'outputs', 'a.txt')).toBe('one');
    } finally {
      ws.cleanup();
    }
  },
  30_000,
);

describe('readConfinedSync', () => {
  it('bounds the size with a clear error', () => {
    const w = new Workspace({ 'big.txt': 'x'.repeat(2048) });
    try {
      expect(() => readConfinedSync('big.txt', { root: w.dir, label: 'prompt_file', maxBytes: 1024 })).toThrow(
        /larger than 1024 bytes/,
      );
      expect(readConfinedSync('big.txt', { root: w.dir, label: 'prompt_file', maxBytes: 4096 }).length).toBe(2048);
    } finally {
      w.cleanup();
    }
  });

  it('roots spec files at the git root, else GITHUB_WORKSPACE around the spec, else the spec folder', () => {
    const w = new Workspace({ 'repo/.git/HEAD': 'ref: x\n', 'repo/jobs/job.yaml': '', 'plain/jobs/job.yaml': '' });
    try {
      expect(specRoot(w.path('repo', 'jobs'), {})).toBe(w.path('repo'));
      expect(specRoot(w.path('plain', 'jobs'), { GITHUB_WORKSPACE: w.path('plain') })).toBe(w.path('plain'));
      expect(specRoot(w.path('plain', 'jobs'), { GITHUB_WORKSPACE: w.path('repo') })).toBe(w.path('plain', 'jobs'));
      expect(specRoot(w.path('plain', 'jobs'), {})).toBe(w.path('plain', 'jobs'));
    } finally {
      w.cleanup();
    }
  });
});
