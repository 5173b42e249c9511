import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildContext, estimateTokens, listWorkspaceFiles, tokenize } from '../../src/context/index.js';

let root: string;

async function put(rel: string, content: string | Buffer): Promise<void> {
  const p = join(root, rel);
  await mkdir(dirname(p), { recursive: true });
  await writeFile(p, content);
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'context-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('workspace files', () => {
  it('respects root and nested .gitignore files, negation, and never reads .git or node_modules', async () => {
    await put('.git/HEAD', 'ref: refs/heads/main\n');
    await put('.gitignore', '*.log\nbuild/\nsecret.ts\n');
    await put('src/a.ts', 'a');
    await put('src/secret.ts', 'nope');
    await put('src/debug.log', 'nope');
    await put('build/out.ts', 'nope');
    await put('node_modules/x/index.ts', 'nope');
    await put('lib/.gitignore', 'gen/\n!keep.log\n');
    await put('lib/gen/g.ts', 'nope');
    await put('lib/keep.log', 'kept by negation');
    await put('lib/b.ts', 'b');
    const files = await listWorkspaceFiles(root, ['**/*']);
    expect(files).toEqual(['lib/b.ts', 'lib/keep.log', 'src/a.ts']);
  });

  it('applies .gitignore files between the repository root and a workspace below it', async () => {
    await put('.git/HEAD', 'x');
    await put('.gitignore', 'generated.ts\n');
    await put('jobs/.gitignore', 'tmp/\n');
    await put('jobs/ws/generated.ts', 'nope');
    await put('jobs/ws/tmp/t.ts', 'nope');
    await put('jobs/ws/main.ts', 'yes');
    expect(await listWorkspaceFiles(join(root, 'jobs/ws'), ['**/*.ts'])).toEqual(['main.ts']);
  });

  it('honours exclude and does not follow symlinks out of the workspace', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'outside-'));
    try {
      await writeFile(join(outside, 'passwd'), 'root:x:0:0');
      await put('src/a.ts', 'a');
      await put('src/a.test.ts', 't');
      await symlink(join(outside, 'passwd'), join(root, 'src/link.ts'));
      expect(await listWorkspaceFiles(root, ['src/**/*.ts'], ['**/*.test.ts'])).toEqual(['src/a.ts']);
      // A folder name means everything under it.
      expect(await listWorkspaceFiles(root, ['src'], ['**/*.test.ts'])).toEqual(['src/a.ts']);
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });
});

describe('buildContext', () => {
  it('names a missing workspace folder', async () => {
    await expect(
      buildContext({ workspaceDir: join(root, 'nope'), include: ['**/*'], upstream: [], maxTokens: 100, query: '' }),
    ).rejects.toMatchObject({
      code: 'E_CONTEXT_WORKSPACE',
    });
  });

  it('under budget: includes everything, upstream first, then files in path order', async () => {
    await put('src/b.ts', 'export const b = 2;\n');
    await put('src/a.ts', 'export const a = 1;\r\n');
    await put('img.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    const r = await buildContext({
      workspaceDir: root,
      include: ['**/*'],
      upstream: [{ path: 'design.md', content: '# Design' }],
      maxTokens: 1000,
      query: 'anything',
    });
    expect(r.text).toBe(
      '--- output: design.md ---\n# Design\n\n--- file: src/a.ts ---\nexport const a = 1;\n\n--- file: src/b.ts ---\nexport const b = 2;\n',
    );
    expect(r.tokens).toBe(estimateTokens(r.text));
    expect(r.selection.map((s) => [s.path, s.source, s.status])).toEqual([
      ['design.md', 'upstream', 'included'],
      ['img.png', 'workspace', 'skipped'],
      ['src/a.ts', 'workspace', 'included'],
      ['src/b.ts', 'workspace', 'included'],
    ]);
    expect(r.selection.find((s) => s.path === 'img.png')!.reason).toBe('binary');
    expect(r.selection.every((s) => s.score === null)).toBe(true);
  });

  it('over budget: keeps the file relevant to the prompt, cuts the next with a marker and names the omitted', async () => {
    const filler = (word: string) =>
      Array.from({ length: 120 }, (_, i) => `const ${word}${i} = compute(${i});`).join('\n') + '\n';
    await put(
      'src/auth/session.ts',
      'export function refreshSessionToken(session: Session) {\n  // rotates the session token\n}\n' +
        filler('sessionValue'),
    );
    await put('src/billing/invoice.ts', filler('invoiceTotal'));
    await put('src/ui/button.ts', filler('buttonColor'));
    await put('src/util/strings.ts', filler('stringPad'));
    const maxTokens = 1500;
    const r = await buildContext({
      workspaceDir: root,
      include: ['src/**/*.ts'],
      upstream: [],
      maxTokens,
      query: 'Fix the bug where refreshSessionToken does not rotate the session token.',
    });
    expect(r.tokens).toBeLessThanOrEqual(maxTokens);
    const status = Object.fromEntries(r.selection.map((s) => [s.path, s.status]));
    expect(status['src/auth/session.ts']).toBe('included');
    expect(r.text.startsWith('--- file: src/auth/session.ts ---\nexport function refreshSessionToken')).toBe(true);
    expect(r.selection.filter((s) => s.status === 'truncated')).toHaveLength(1);
    expect(r.text).toMatch(/\[\.\.\. truncated: \d+ more tokens \.\.\.\]\n/);
    const dropped = r.selection.filter((s) => s.status === 'dropped').map((s) => s.path);
    expect(dropped.length).toBeGreaterThan(0);
    expect(r.text.trimEnd().split('\n').pop()).toBe(
      `[context: ${dropped.length} file${dropped.length === 1 ? '' : 's'} omitted over the ${maxTokens}-token budget: ${dropped.join(', ')}]`,
    );
    const session = r.selection.find((s) => s.path === 'src/auth/session.ts')!;
    expect(session.score!).toBeGreaterThan(
      Math.max(...r.selection.filter((s) => s.path !== session.path).map((s) => s.score!)),
    );
  });

  it('is deterministic: same inputs, same text and selection', async () => {
    for (let i = 0; i < 40; i++)
      await put(`f/${String(i).padStart(2, '0')}.txt`, `alpha beta ${i % 3 === 0 ? 'gamma' : 'delta'} `.repeat(30));
    const opts = { workspaceDir: root, include: ['**/*.txt'], upstream: [], maxTokens: 800, query: 'gamma' };
    const a = await buildContext(opts);
    const b = await buildContext(opts);
    expect(b).toEqual(a);
    // Ties in score fall back to path order: the first included files are the lowest gamma paths.
    const included = a.selection.filter((s) => s.status !== 'dropped').map((s) => s.path);
    expect(included.slice(0, 2)).toEqual(['f/00.txt', 'f/03.txt']);
  });

  it('keeps upstream outputs ahead of workspace files when over budget', async () => {
    await put('notes.md', 'session session session '.repeat(200));
    const r = await buildContext({
      workspaceDir: root,
      include: ['*.md'],
      upstream: [{ path: 'design.md', content: 'the design '.repeat(50) }],
      maxTokens: 400,
      query: 'session',
    });
    expect(r.text.startsWith('--- output: design.md ---')).toBe(true);
    expect(r.selection.find((s) => s.path === 'design.md')!.status).toBe('included');
    expect(r.selection.find((s) => s.path === 'notes.md')!.status).toBe('truncated');
    expect(r.tokens).toBeLessThanOrEqual(400);
  });

  it('handles a few thousand files quickly', async () => {
    const writes: Promise<void>[] = [];
    for (let i = 0; i < 2000; i++)
      writes.push(put(`pkg${i % 20}/file${i}.ts`, `export const value${i} = ${i};\n// ${'lorem ipsum '.repeat(20)}\n`));
    await Promise.all(writes);
    const started = Date.now();
    const r = await buildContext({
      workspaceDir: root,
      include: ['**/*.ts'],
      upstream: [],
      maxTokens: 8000,
      query: 'value1234 lorem',
    });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(r.selection).toHaveLength(2000);
    expect(r.selection.find((s) => s.path === 'pkg14/file1234.ts')!.status).toBe('included');
    expect(r.tokens).toBeLessThanOrEqual(8000);
  });
});

describe('tokenize', () => {
  it('splits camelCase, snake_case and acronyms and lowercases', () => {
    expect(tokenize('parseHTTPResponse snake_case_name')).toEqual([
      'parse',
      'http',
      'response',
      'parsehttpresponse',
      'snake',
      'case',
      'name',
    ]);
  });
});
