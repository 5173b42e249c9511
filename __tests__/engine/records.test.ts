import { appendFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { readEventsSync } from '../../src/events/reader.js';
import { FileStore } from '../../src/run/filestore.js';
import { extract } from '../../src/engine/extract.js';
import type { EventInput } from '../../src/events/types.js';
import { Workspace } from '../helpers/workspace.js';

describe('event reader', () => {
  let ws: Workspace;
  beforeEach(() => (ws = new Workspace()));
  afterEach(() => ws.cleanup());

  const ev = (seq: number, type = 'step.started') =>
    JSON.stringify({ ts: '2026-11-29T00:00:00.000Z', seq, type, data: {} });

  it('keeps every complete line and ignores a torn last line', () => {
    const f = ws.path('events.jsonl');
    writeFileSync(f, `${ev(1, 'job.started')}\n${ev(2)}\n{"seq":3,"ty`);
    const r = readEventsSync(f);
    expect(r.events.map((e) => e.seq)).toEqual([1, 2]);
    expect(r.tornTail).toBe(true);
    expect(r.skipped).toEqual([]);
  });

  it('skips a corrupt line in the middle, reports its number and keeps reading', () => {
    const f = ws.path('events.jsonl');
    writeFileSync(f, `${ev(1)}\nnot json\n${ev(3)}\n[1,2]\n{"seq":5}\n${ev(6)}\n`);
    const r = readEventsSync(f);
    expect(r.events.map((e) => e.seq)).toEqual([1, 3, 6]);
    expect(r.skipped).toEqual([
      { line: 2, reason: 'not valid JSON' },
      { line: 4, reason: 'not a JSON object' },
      { line: 5, reason: 'no "type"' },
    ]);
  });

  it('reads a file that ends with a complete line and no torn tail', () => {
    const f = ws.path('events.jsonl');
    writeFileSync(f, `${ev(1)}\n`);
    appendFileSync(f, `${ev(2)}\n`);
    const r = readEventsSync(f);
    expect(r.events.map((e) => e.seq)).toEqual([1, 2]);
    expect(r.tornTail).toBe(false);
  });
});

describe('FileStore.safeWrite', () => {
  let ws: Workspace;
  let events: EventInput[];
  let store: FileStore;
  beforeEach(() => {
    ws = new Workspace();
    events = [];
    store = new FileStore(ws.path('outputs'), { emit: (e) => (events.push(e), e as never) });
  });
  afterEach(() => ws.cleanup());

  it('reports created, nochange and updated with the content hash', async () => {
    const a = await store.safeWrite('dir/a.txt', 'hello');
    expect(a).toEqual({
      path: 'dir/a.txt',
      sha256: '2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824',
      size_bytes: 5,
      wrote: true,
      reason: 'created',
    });
    expect((await store.safeWrite('dir/a.txt', 'hello')).reason).toBe('nochange');
    expect(await store.safeWrite('dir/a.txt', 'hello!')).toMatchObject({
      reason: 'updated',
      wrote: true,
      size_bytes: 6,
    });
    expect(readFileSync(ws.path('outputs', 'dir', 'a.txt'), 'utf8')).toBe('hello!');
    expect(events.map((e) => e.data?.reason)).toEqual(['created', 'nochange', 'updated']);
    expect(events.every((e) => e.type === 'file.written')).toBe(true);
  });

  it.each([
    ['../escape.txt', /contains ".."/],
    ['a/../../escape.txt', /contains ".."/],
    ['/etc/passwd', /absolute/],
    ['a\0b', /NUL/],
  ])('refuses %j', async (path, why) => {
    await expect(store.safeWrite(path, 'x')).rejects.toThrow(why);
    expect(existsSync(ws.path('escape.txt'))).toBe(false);
  });

  it('refuses a symlinked folder that leads out of outputs/, and allows one that stays inside', async () => {
    mkdirSync(ws.path('elsewhere'));
    symlinkSync(ws.path('elsewhere'), ws.path('outputs', 'out'));
    await expect(store.safeWrite('out/x.txt', 'x')).rejects.toThrow(/symlink leading out/);
    expect(existsSync(ws.path('elsewhere', 'x.txt'))).toBe(false);
    mkdirSync(ws.path('outputs', 'real'));
    symlinkSync(ws.path('outputs', 'real'), ws.path('outputs', 'alias'));
    expect((await store.safeWrite('alias/y.txt', 'y')).reason).toBe('created');
    expect(readFileSync(join(ws.path('outputs', 'real'), 'y.txt'), 'utf8')).toBe('y');
  });
});

describe('extract', () => {
  const resp = 'Intro\n```js\nconsole.log(1)\n```\ntext\n~~~python\nprint("hi")\n~~~\n```python\nsecond()\n```';
  it('text returns the response as is', () => expect(extract(resp, 'text', 'x')).toBe(resp));
  it('code returns the first block, newline-terminated', () =>
    expect(extract(resp, 'code', 'x')).toBe('console.log(1)\n'));
  it('code:LANG returns the first block of that language', () =>
    expect(extract(resp, 'code:python', 'x')).toBe('print("hi")\n'));
  it('keeps a nested shorter fence inside a longer one', () => {
    expect(extract('````md\n```py\nx\n```\n````', 'code', 'x')).toBe('```py\nx\n```\n');
  });
  it('fails with a message naming what was found', () => {
    expect(() => extract(resp, 'code:rust', 'src/main.rs')).toThrow(
      'src/main.rs: no fenced ```rust code block in the response (found blocks in: js, python)',
    );
    expect(() => extract('```python\nunfinished', 'code', 'a.py')).toThrow(/never closed/);
    expect(() => extract('plain', 'code', 'a.py')).toThrow('a.py: no fenced code block in the response');
  });
});
