/** Malformed specs of every shape must end in a located SpecError (or a UsageError), never a crash. */
import { parse, stringify } from 'yaml';
import { loadSpecFromString } from '../../src/jobspec/load.js';
import { SpecError, UsageError } from '../../src/util/errors.js';
import { cleanup, tempProject } from './helpers.js';

afterAll(cleanup);

const BASE = `version: 2
name: fuzz
inputs: { task: notes }
defaults: { provider: fast, concurrency: 2 }
providers:
  fast: { type: replay, responses: r.yaml, price: { input_per_mtok: 1, output_per_mtok: 2 } }
  smart: { type: openai, model: gpt-x, options: { temperature: 0 } }
routes:
  both: { strategy: ordered, providers: [fast, smart] }
steps:
  architect:
    system: You design.
    prompt: |
      Design {{ inputs.task }}
    outputs:
      - path: design.md
  builder:
    needs: [architect]
    provider: both
    prompt_file: prompt.md
    outputs: [{ path: app/main.py, extract: code }]
    checks:
      - { type: regex, value: "def \\\\w+" }
      - { type: min-length, value: 10 }
  reviewer:
    needs: [builder]
    context: { include: ["**/*.py"], steps: [builder] }
    prompt: "Review {{ steps.builder.output }} {{ context }}"
  qa:
    needs: [builder]
    run: python3 -m pytest -q
    reads: [app/main.py]
`;

function rng(seed: number): (n: number) => number {
  let x = seed >>> 0;
  return (n) => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >> 17;
    x ^= x << 5;
    x >>>= 0;
    return x % n;
  };
}

const NOISE = [
  ':',
  '{',
  '}',
  '[',
  ']',
  '"',
  "'",
  '\n',
  ' ',
  '-',
  '\t',
  '#',
  '&',
  '*',
  '!',
  '|',
  '>',
  '%',
  '@',
  '{{',
  'x',
  '0',
  ',',
  '?',
];

function mutateText(text: string, r: (n: number) => number): string {
  const lines = text.split('\n');
  switch (r(6)) {
    case 0: {
      const i = r(text.length);
      return text.slice(0, i) + text.slice(i + 1 + r(5));
    }
    case 1: {
      const i = r(text.length);
      return text.slice(0, i) + NOISE[r(NOISE.length)] + text.slice(i);
    }
    case 2: {
      const i = r(lines.length);
      lines.splice(i, 0, lines[r(lines.length)]!);
      return lines.join('\n');
    }
    case 3: {
      lines.splice(r(lines.length), 1 + r(3));
      return lines.join('\n');
    }
    case 4: {
      const i = r(lines.length);
      lines[i] = ' '.repeat(r(7)) + lines[i]!.trimStart();
      return lines.join('\n');
    }
    default:
      return text.slice(0, r(text.length));
  }
}

const WEIRD: unknown[] = [null, 0, -1, 3.5, '', 'zz', true, [], ['a', 1], {}, { x: 1 }, '{{ nope', '../x', 'a -> b'];

/** Replaces one random node of the parsed spec with a value of the wrong shape. */
function mutateValue(doc: unknown, r: (n: number) => number): unknown {
  const root = structuredClone(doc) as Record<string, unknown>;
  let node: unknown = root;
  let parent: Record<string, unknown> | unknown[] = root;
  let key: string | number = 'version';
  const depth = 1 + r(5);
  for (let d = 0; d < depth && node !== null && typeof node === 'object'; d++) {
    const keys = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    if (keys.length === 0) break;
    parent = node as Record<string, unknown>;
    key = keys[r(keys.length)]!;
    node = (node as Record<string | number, unknown>)[key];
  }
  if (key === 'version' && parent === root) key = 'name';
  (parent as Record<string | number, unknown>)[key] = WEIRD[r(WEIRD.length)];
  return root;
}

async function outcome(text: string, dir: string): Promise<'ok' | 'spec' | 'usage'> {
  try {
    await loadSpecFromString(text, 'job.yaml', dir);
    return 'ok';
  } catch (e) {
    if (e instanceof SpecError) {
      const lineCount = text.split('\n').length;
      for (const issue of e.issues) {
        expect(issue.line).toBeGreaterThanOrEqual(1);
        expect(issue.line).toBeLessThanOrEqual(lineCount + 1);
        expect(issue.col).toBeGreaterThanOrEqual(1);
        expect(issue.message).not.toMatch(/could not read the spec|undefined|\[object Object\]/);
      }
      expect(e.issues.length).toBeGreaterThan(0);
      return 'spec';
    }
    if (e instanceof UsageError) return 'usage';
    throw new Error(`crash on input:\n${text}\n---\n${(e as Error).stack}`, { cause: e });
  }
}

describe('fuzzed specs', () => {
  const dir = tempProject({ 'prompt.md': 'Build {{ steps.architect.output }} for {{ inputs.task }}\n' });

  it('the base spec is valid', async () => {
    expect(await outcome(BASE, dir)).toBe('ok');
  });

  it('text mutations give SpecError with sane positions, never a crash', async () => {
    const r = rng(12345);
    const seen = new Set<string>();
    for (let i = 0; i < 150; i++) {
      let text = BASE;
      for (let k = 0, n = 1 + r(3); k < n; k++) text = mutateText(text, r);
      seen.add(await outcome(text, dir));
    }
    expect(seen.has('spec')).toBe(true);
  });

  it('wrong-shaped values anywhere give SpecError, never a crash', async () => {
    const r = rng(777);
    const base = parse(BASE) as unknown;
    let rejected = 0;
    for (let i = 0; i < 150; i++) {
      let doc = base;
      for (let k = 0, n = 1 + r(2); k < n; k++) doc = mutateValue(doc, r);
      if ((await outcome(stringify(doc), dir)) === 'spec') rejected++;
    }
    expect(rejected).toBeGreaterThan(50);
  });

  it.each([
    ['a scalar document', 'just text'],
    ['a number', '42'],
    ['several documents', 'version: 2\n---\nversion: 2\n'],
    [
      'an alias bomb',
      'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n',
    ],
    ['a complex key', 'version: 2\nname: t\n? [a, b]\n: c\nsteps: { a: { run: x } }\n'],
    ['steps as a list', 'version: 2\nname: t\nsteps:\n  - run: x\n'],
    ['a step as a string', 'version: 2\nname: t\nsteps:\n  a: run x\n'],
    ['needs as a string', 'version: 2\nname: t\nsteps:\n  a: { run: x, needs: b }\n  b: { run: y }\n'],
    ['deep nesting', `version: 2\nname: t\nsteps: ${'['.repeat(500)}${']'.repeat(500)}\n`],
    ['a prototype key', 'version: 2\nname: t\nsteps:\n  __proto__: { run: x }\n  constructor: { run: y }\n'],
    ['a NUL byte', 'version: 2\nname: t\u0000\nsteps: { a: { run: x } }\n'],
  ])('rejects %s cleanly', async (_what, text) => {
    expect(await outcome(text, dir)).toBe('spec');
  });
});
