/**
 * A model's answer judged against `output_schema` cannot stall or crash the engine: schema
 * patterns run on linear-time RE2 semantics (as regex checks do), and an answer nested deeper
 * than the bound is a failed check, not a stack overflow.
 */
import { Workspace } from '../helpers/workspace.js';
import { runSync, snapshotCli, type CliBin } from '../cli/snapshot-bin.js';
import { compileSchema } from '../../src/quality/json-schema.js';

let bin: CliBin;
let ws: Workspace;
beforeAll(() => {
  bin = snapshotCli();
});
afterAll(() => bin.cleanup());
afterEach(() => ws.cleanup());

function job(schema: string, answer: string): Record<string, string> {
  return {
    'job.yaml': `version: 2
name: sa
defaults: { provider: offline, retries: 0, timeout_s: 5 }
providers:
  offline: { type: replay, responses: responses.yaml }
steps:
  s:
    prompt: answer
    output_schema: ${schema}
    outputs: [{ path: out.json }]
`,
    'responses.yaml': `s: ${JSON.stringify(answer)}\n`,
  };
}

test('a backtracking pattern and a hostile answer are judged in linear time', () => {
  ws = new Workspace(
    job(
      `{ type: object, properties: { v: { type: string, pattern: "^(a+)+$" } } }`,
      JSON.stringify({ v: `${'a'.repeat(40)}!` }),
    ),
  );
  const t0 = Date.now();
  const r = runSync(bin.bin, ['run', '--spec', 'job.yaml', '--job-id', 'p1', '--no-cache'], ws.dir);
  expect(Date.now() - t0).toBeLessThan(10_000);
  expect(r.status).toBe(1);
  const step = ws.manifest('p1').steps['s']!;
  expect(step.error?.code).toBe('E_CHECK_FAILED');
  expect(step.error?.message).toMatch(/pattern/);
});

test('a matching answer still passes the same pattern', () => {
  ws = new Workspace(
    job(`{ type: object, properties: { v: { type: string, pattern: "^(a+)+$" } } }`, JSON.stringify({ v: 'aaaa' })),
  );
  const r = runSync(bin.bin, ['run', '--spec', 'job.yaml', '--job-id', 'p2', '--no-cache'], ws.dir);
  expect(r.status).toBe(0);
  expect(ws.read('runs', 'p2', 'outputs', 'out.json')).toBe('{"v":"aaaa"}');
});

test('an answer nested 3,000 deep is a failed check, not E_INTERNAL', () => {
  ws = new Workspace(job('{ type: array }', `${'['.repeat(3000)}${']'.repeat(3000)}`));
  const r = runSync(bin.bin, ['run', '--spec', 'job.yaml', '--job-id', 'd1', '--no-cache'], ws.dir);
  expect(r.stderr).not.toMatch(/E_INTERNAL/);
  expect(r.status).toBe(1);
  const step = ws.manifest('d1').steps['s']!;
  expect(step.error?.code).toBe('E_CHECK_FAILED');
  expect(step.error?.message).toMatch(/deep/);
});

test('a pattern RE2 cannot run is a schema error, not a silent backtracking fallback', () => {
  expect(() => compileSchema({ type: 'string', pattern: '^(?=a)a$' }, 'inline schema')).toThrow(
    /E_CHECK_SCHEMA|not a valid JSON Schema|lookahead/,
  );
  const v = compileSchema({ type: 'object', patternProperties: { '^x(a+)+$': { type: 'number' } } }, 'inline schema');
  expect(v({ xaaa: 1 })).toBe(true);
  expect(v({ xaaa: 'no' })).toBe(false);
});
