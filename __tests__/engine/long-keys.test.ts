/**
 * Fan-out instances whose KEY is long or non-ASCII (docs/reference.md, run folder): their log and
 * output names stay within the 255-byte file-name limit, every instance ends in an event, and the
 * job's verdict follows from the steps' events whatever throws.
 */
import { readdirSync } from 'node:fs';
import { FakeProvider } from '../helpers/fake-provider.js';
import { engineWorkspacePerTest, fakeSpec } from '../helpers/engine-job.js';
import { cli } from '../helpers/workspace.js';
import { boundedFileName, MAX_NAME_BYTES } from '../../src/util/file-names.js';

const CJK = '漢字仮名交じり文書の長い名前を付けたファイルの例としてここに置いた説明';
const SLASHES = '/'.repeat(100);

const ENDS = new Set(['step.succeeded', 'step.failed', 'step.skipped']);

describe('long and non-ASCII fan-out keys', () => {
  const { ws, run } = engineWorkspacePerTest();

  function endsOf(jobId: string, stepId: string): string[] {
    return ws
      .events(jobId)
      .filter((e) => e.step_id === stepId && ENDS.has(e.type))
      .map((e) => e.type);
  }

  it('a glob over a file named with 30 CJK characters: the instance runs, logs and succeeds', async () => {
    expect(CJK.length).toBeGreaterThanOrEqual(30);
    ws.write({ [`docs/${CJK}.md`]: 'text', 'docs/a.md': 'A' });
    const fake = new FakeProvider('fake', {}, (id) => `review of ${id}`);
    const res = await run(
      fakeSpec(`  review:
    for_each: { glob: "docs/*.md" }
    prompt: "Review {{ item }}"
    outputs: [{ path: "r/{{ item }}.txt" }]
  after: { needs: [review], prompt: "sum {{ steps.review.outputs }}" }
`),
      fake,
    );
    const id = `review[docs/${CJK}.md]`;
    expect(endsOf(res.jobId, id)).toEqual(['step.succeeded']);
    expect(endsOf(res.jobId, 'review')).toEqual(['step.succeeded']);
    expect(res.status).toBe('succeeded');
    expect(res.manifest.steps.after!.status).toBe('succeeded');
    const logs = readdirSync(ws.path('runs', res.jobId, 'logs'));
    expect(logs).toHaveLength(3);
    for (const name of logs) expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
    // The name keeps a readable prefix of the id.
    expect(logs.some((n) => n.startsWith('review[docs%2F%E6%BC%A2') && n.endsWith('.log'))).toBe(true);
  });

  it('an item of 100 `/`: the instance ends in an event and the run succeeds', async () => {
    const fake = new FakeProvider('fake', {}, () => 'ok');
    const res = await run(
      fakeSpec(
        `  s:
    for_each: '{{ inputs.items }}'
    prompt: "{{ item }}"
  after: { needs: [s], prompt: "{{ steps.s.outputs }}" }
`,
        { extra: `inputs:\n  items: '["${SLASHES}", "b"]'\n` },
      ),
      fake,
    );
    expect(endsOf(res.jobId, `s[${SLASHES}]`)).toEqual(['step.succeeded']);
    expect(res.status).toBe('succeeded');
    for (const name of readdirSync(ws.path('runs', res.jobId, 'logs')))
      expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
  });

  it('an output path made from a long item stays within the limit of each name in it', async () => {
    const long = '長'.repeat(100); // 300 bytes in UTF-8
    const fake = new FakeProvider('fake', {}, () => 'ok');
    const res = await run(
      fakeSpec(
        `  s:
    for_each: '{{ inputs.items }}'
    prompt: "{{ item }}"
    outputs: [{ path: "o/{{ item }}.md" }]
    checks: [{ type: command, run: "test -s {file}" }]
`,
        { extra: `inputs:\n  items: '["${long}"]'\n` },
      ),
      fake,
    );
    expect(res.status).toBe('succeeded');
    const files = readdirSync(ws.path('runs', res.jobId, 'outputs', 'o'));
    expect(files).toHaveLength(1);
    expect(Buffer.byteLength(files[0]!)).toBeLessThanOrEqual(255);
    expect(files[0]!.startsWith('長長長')).toBe(true);
    expect(files[0]!.endsWith('.md')).toBe(true);
    const inst = Object.values(res.manifest.steps).find((s) => s.instance_of === 's')!;
    expect(inst.outputs?.[0]?.path).toBe(`o/${files[0]}`);
  });

  it('through the CLI: exit 0 and every instance ended', async () => {
    ws.write({
      [`docs/${CJK}.md`]: 'text',
      'responses.yaml': 'review: "ok"\nafter: "done"\n',
      'job.yaml': `version: 2
name: t
defaults: { provider: offline, retries: 0 }
providers:
  offline: { type: replay, responses: responses.yaml }
steps:
  review:
    for_each: { glob: "docs/*.md" }
    prompt: "Review {{ item }}"
  after: { needs: [review], prompt: "sum" }
`,
    });
    const r = await cli(['run', '--spec', 'job.yaml', '--job-id', 'j1', '-q'], { cwd: ws.dir });
    expect(r.stderr).not.toMatch(/E_INTERNAL/);
    expect(r.code).toBe(0);
    expect(endsOf('j1', `review[docs/${CJK}.md]`)).toEqual(['step.succeeded']);
    expect(ws.manifest('j1').steps.after!.status).toBe('succeeded');
  });
});

describe('boundedFileName', () => {
  it('leaves short names alone and shortens long ones to a readable prefix and a hash', () => {
    expect(boundedFileName('a.txt')).toBe('a.txt');
    const long = 'x'.repeat(400) + '.md';
    const b = boundedFileName(long);
    expect(Buffer.byteLength(b)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(b.startsWith('xxxx')).toBe(true);
    expect(b.endsWith('.md')).toBe(true);
    // Different long names get different short ones; the same name the same one.
    expect(boundedFileName('x'.repeat(399) + 'y.md')).not.toBe(b);
    expect(boundedFileName(long)).toBe(b);
    // Never cuts a %-escape or a character in half.
    const escaped = '%E6%BC%A2'.repeat(40);
    expect(boundedFileName(escaped)).toMatch(/^(%E6%BC%A2)+~[0-9a-f]{12}$/);
    expect(boundedFileName('漢'.repeat(100))).toMatch(/^漢+~[0-9a-f]{12}$/);
  });
});
