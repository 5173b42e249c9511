import { comparePrRuns, renderPrChanges, PR_CHANGES_LEVELS, type RunSnapshot } from '../../src/report/pr-changes.js';
import { renderComment, COMMENT_LIMIT_CHARS } from '../../src/report/comment.js';
import { makeManifest } from './manifest-fixture.js';
import { gfmDom } from './gfm.js';

function snapshot(keys: Record<string, string>, outputs: Record<string, string>, cost = 0.05): RunSnapshot {
  const m = makeManifest(Object.keys(keys).map((id) => ({ id })));
  for (const [id, key] of Object.entries(keys)) {
    m.steps[id].cache_key = key;
    m.steps[id].outputs = [
      {
        path: `${id}.md`,
        sha256: String(outputs[`${id}.md`]?.length ?? 0) + (outputs[`${id}.md`] ?? ''),
        size_bytes: 1,
      },
    ];
  }
  m.totals.cost_usd = cost;
  return { manifest: m, outputs, sha: 'b'.repeat(40) };
}

describe('what this PR changed', () => {
  it('says so in one line when nothing changed', () => {
    const base = snapshot({ a: 'k1', b: 'k2' }, { 'a.md': 'A', 'b.md': 'B' });
    const c = comparePrRuns(base, snapshot({ a: 'k1', b: 'k2' }, { 'a.md': 'A', 'b.md': 'B' }));
    expect(c.unchanged).toBe(true);
    const md = renderPrChanges(c);
    expect(md.split('\n')).toHaveLength(1);
    expect(md).toMatch(/nothing/);
  });

  it('names changed, new and removed steps and shows a unified diff of each differing output, collapsed', () => {
    const base = snapshot(
      { a: 'k1', b: 'k2', gone: 'k9' },
      { 'a.md': 'line1\nline2\n', 'b.md': 'B', 'gone.md': 'G' },
      0.05,
    );
    const head = snapshot(
      { a: 'k1x', b: 'k2', fresh: 'k3' },
      { 'a.md': 'line1\nline2 changed\n', 'b.md': 'B', 'fresh.md': 'F' },
      0.08,
    );
    const c = comparePrRuns(base, head);
    expect(c.steps).toEqual([
      { id: 'a', change: 'changed' },
      { id: 'fresh', change: 'added' },
      { id: 'gone', change: 'removed' },
    ]);
    expect(c.outputs.map((o) => [o.path, o.change])).toEqual([
      ['a.md', 'changed'],
      ['fresh.md', 'added'],
      ['gone.md', 'removed'],
    ]);
    const md = renderPrChanges(c);
    const doc = gfmDom(md);
    const diff = Array.from(doc.querySelectorAll('details')).find((d) =>
      d.querySelector('summary')!.textContent!.includes('a.md'),
    )!;
    expect(diff.hasAttribute('open')).toBe(false);
    expect(diff.querySelector('pre code')!.textContent).toContain('-line2\n+line2 changed');
    expect(md).toContain('Cost $0.08 (+$0.03 vs base $0.05)');
    expect(md).toContain('`bbbbbbbbbbbb`');
  });

  it('caps diffs, and the comment carries the section within its limit', () => {
    const keys: Record<string, string> = {};
    const before: Record<string, string> = {};
    const after: Record<string, string> = {};
    for (let i = 0; i < 200; i++) {
      keys[`s${i}`] = `k${i}`;
      before[`s${i}.md`] = '旧'.repeat(20_000);
      after[`s${i}.md`] = '新'.repeat(20_000);
    }
    const base = snapshot(keys, before);
    const head = snapshot(Object.fromEntries(Object.keys(keys).map((k) => [k, `${keys[k]}x`])), after);
    const c = comparePrRuns(base, head);
    expect(renderPrChanges(c, PR_CHANGES_LEVELS[0]).length).toBeLessThan(200_000);
    const body = renderComment(head.manifest, [], { changes: c });
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT_CHARS);
    expect(body).toContain('### What this PR changed');
    expect(body).toMatch(/Also differ: /);
  });

  it('output text is inert inside the diff', () => {
    const base = snapshot({ a: 'k1' }, { 'a.md': 'x' });
    const head = snapshot({ a: 'k2' }, { 'a.md': '@octocat ![p](https://t.example/p.png) <img src=x> ```' });
    const doc = gfmDom(renderPrChanges(comparePrRuns(base, head)));
    expect(doc.querySelectorAll('img, a')).toHaveLength(0);
  });
});
