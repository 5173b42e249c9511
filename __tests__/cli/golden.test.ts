/**
 * `orchestrator golden`: the notes-app example, run offline, matches its committed golden files
 * (examples/notes-app/golden/); drift (changed, missing, extra) is exit 1 with a unified diff;
 * --update rewrites the folder. The committed golden files are only read, never edited.
 */
import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { cli, REPO, Workspace } from '../helpers/workspace.js';

const EXAMPLE = join(REPO, 'examples', 'notes-app');
const SPEC = join(EXAMPLE, 'job.yaml');
const GOLDEN = join(EXAMPLE, 'golden');

function tree(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(root, p).split('\\').join('/')] = readFileSync(p, 'utf8');
    }
  };
  walk(root);
  return out;
}

describe('orchestrator golden on examples/notes-app', () => {
  let ws: Workspace;
  beforeAll(async () => {
    ws = new Workspace();
    const res = await cli(
      ['run', '--spec', SPEC, '--runs-dir', 'runs', '--no-cache', '--quiet', '--job-id', 'notes-1'],
      { cwd: ws.dir },
    );
    expect([res.code, res.stderr]).toEqual([0, '']);
  });
  afterAll(() => ws.cleanup());

  const golden = (...args: string[]) => cli(['golden', '--spec', SPEC, '--runs-dir', 'runs', ...args], { cwd: ws.dir });

  it('the committed golden files are the four outputs of the example', () => {
    expect(Object.keys(tree(GOLDEN)).sort()).toEqual(['README.md', 'app/main.py', 'design.md', 'qa/report.json']);
    expect(JSON.parse(tree(GOLDEN)['qa/report.json']!)).toMatchObject({ passed: true, missing: [] });
  });

  it('an offline run of the example matches them (exit 0)', async () => {
    const res = await golden('--golden', GOLDEN);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/^same: run notes-1 matches .* \(4 files\)/);
    const json = await golden('--golden', GOLDEN, '--json');
    expect(JSON.parse(json.stdout)).toMatchObject({
      job_id: 'notes-1',
      drift: false,
      changed: [],
      missing: [],
      extra: [],
    });
  });

  it('an edited golden file is drift: exit 1 and a unified diff naming the file', async () => {
    const copy = ws.path('golden-edited');
    cpSync(GOLDEN, copy, { recursive: true });
    const file = join(copy, 'app', 'main.py');
    writeFileSync(file, readFileSync(file, 'utf8').replace('app = FastAPI(', 'application = FastAPI('));
    const res = await golden('--golden', copy);
    expect(res.code).toBe(1);
    expect(res.stdout).toMatch(/^--- golden\/app\/main\.py/m);
    expect(res.stdout).toMatch(/^\+\+\+ outputs\/app\/main\.py/m);
    expect(res.stdout).toMatch(/^@@ .* @@/m);
    expect(res.stdout).toMatch(/^-application = FastAPI\(/m);
    expect(res.stdout).toMatch(/^\+app = FastAPI\(/m);
    // Only the edited file is in the diff.
    expect(res.stdout).not.toMatch(/design\.md|README\.md|report\.json/);
    expect(res.stderr).toMatch(/drift: run notes-1 differs .*1 changed, 0 missing, 0 extra/);
    expect(res.stderr).toMatch(/--update/);
  });

  it('the run keeps the verdicts in golden.json and its report.html shows the drifted file and its diff as text', async () => {
    const copy = ws.path('golden-hostile');
    cpSync(GOLDEN, copy, { recursive: true });
    writeFileSync(join(copy, 'design.md'), '<img src=x onerror="window.__pwned=1"> old design\n');
    const res = await golden('--golden', copy);
    expect(res.code).toBe(1);
    const record = JSON.parse(ws.read('runs', 'notes-1', 'golden.json')) as {
      drift: boolean;
      files: Array<{ path: string; verdict: string; step?: string }>;
      diff: string;
    };
    expect(record.drift).toBe(true);
    expect(record.files.find((f) => f.path === 'design.md')).toMatchObject({ verdict: 'drift', kind: 'changed' });
    expect(record.diff).toContain('-<img src=x onerror="window.__pwned=1"> old design');
    const html = ws.read('runs', 'notes-1', 'report.html');
    expect(html).toContain('Golden outputs drifted');
    expect(html).toContain('-&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt; old design');
    expect(html).not.toContain('<img');
    // A clean comparison replaces the record: the report then says the outputs match.
    expect((await golden('--golden', GOLDEN)).code).toBe(0);
    expect(ws.read('runs', 'notes-1', 'report.html')).toContain('Outputs match the golden files.');
  });

  it('missing and extra files are drift too; --update makes the folder equal to the outputs', async () => {
    const copy = ws.path('golden-update');
    cpSync(GOLDEN, copy, { recursive: true });
    rmSync(join(copy, 'README.md'));
    writeFileSync(join(copy, 'stale.txt'), 'no step writes this\n');
    writeFileSync(join(copy, 'design.md'), 'old design\n');
    const drift = await golden('--golden', copy, '--json');
    expect(drift.code).toBe(1);
    const r = JSON.parse(drift.stdout) as { missing: string[]; extra: string[]; changed: string[]; diff: string };
    expect(r).toMatchObject({ missing: ['stale.txt'], extra: ['README.md'], changed: ['design.md'] });
    expect(r.diff).toContain('golden/stale.txt');
    expect(r.diff).toContain('outputs/README.md');

    const upd = await golden('--golden', copy, '--update');
    expect(upd.code).toBe(0);
    expect(upd.stdout).toMatch(/updated from run notes-1/);
    expect(tree(copy)).toEqual(tree(GOLDEN));
    expect((await golden('--golden', copy)).code).toBe(0);
  });

  it('--update creates a golden folder that does not exist yet; comparing with a missing folder is exit 2', async () => {
    const none = await golden('--golden', 'no-such-golden');
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^error\[\w+\]: .*no-such-golden/);
    const made = await golden('--golden', 'new-golden', '--update');
    expect(made.code).toBe(0);
    expect(tree(ws.path('new-golden'))).toEqual(tree(GOLDEN));
  });

  it('--job-id picks the run to compare; an unknown one is exit 2', async () => {
    const other = await golden('--golden', GOLDEN, '--job-id', 'notes-1');
    expect(other.code).toBe(0);
    const bad = await golden('--golden', GOLDEN, '--job-id', 'notes-404');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/notes-404/);
  });
});
