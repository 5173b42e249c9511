/**
 * Values from outside are read with bounds: a device never ends, a FIFO never opens, a YAML alias
 * bomb expands to gigabytes, and a `files:` glob may match a huge file. Each is a clear error
 * (exit 2 for the CLI's flags), quickly and in little memory, in the CLI and in the action's
 * reader alike.
 */
import { spawnSync } from 'node:child_process';
import { truncateSync } from 'node:fs';
import { Workspace } from '../helpers/workspace.js';
import { runSync, snapshotCli, type CliBin } from '../cli/snapshot-bin.js';
import { actionInputValues } from '../../src/jobspec/inputs.js';
import { UsageError } from '../../src/util/errors.js';

const SPEC = 'version: 2\nname: bi\ninputs: { v: "" }\nsteps:\n  c: { run: "true" }\n';
// 620 bytes that expand to 9^9 strings.
const BOMB = `a: &a ["x","x","x","x","x","x","x","x","x"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
v: [*h,*h,*h,*h,*h,*h,*h,*h,*h]
`;

let bin: CliBin;
let ws: Workspace;
beforeAll(() => {
  bin = snapshotCli();
});
afterAll(() => bin.cleanup());
beforeEach(() => {
  ws = new Workspace({ 'job.yaml': SPEC, 'bomb.yaml': BOMB });
});
afterEach(() => ws.cleanup());

const linux = process.platform === 'linux';

test.each([
  [['--input', 'v=@/dev/zero'], /not a regular file|a device/],
  [['--input-file', '/dev/zero'], /not a regular file|a device/],
  [['--input-file', 'bomb.yaml'], /alias/i],
])('run %j is a usage error, fast and small', (flags, message) => {
  if (!linux) return;
  const t0 = Date.now();
  const r = runSync(bin.bin, ['run', '--spec', 'job.yaml', '--no-cache', ...flags], ws.dir);
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/E_INPUT/);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/E_INTERNAL/);
  expect(Date.now() - t0).toBeLessThan(5000);
});

test('a FIFO with no writer does not hang --input NAME=@FILE', () => {
  if (!linux) return;
  expect(spawnSync('mkfifo', [ws.path('pipe')]).status).toBe(0);
  const r = runSync(bin.bin, ['validate', '--spec', 'job.yaml', '--input', 'v=@pipe'], ws.dir);
  expect(r.error).toBeUndefined(); // no timeout
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/pipe is a FIFO/);
});

test('the action’s readers share the bounds', () => {
  expect(() => actionInputValues(BOMB, '', ws.dir)).toThrow(UsageError);
  expect(() => actionInputValues(BOMB, '', ws.dir)).toThrow(/alias/i);
  if (linux) expect(() => actionInputValues('', 'v: /dev/zero', ws.dir)).toThrow(/not a regular file|a device/);
});

test('a files: glob over a file larger than 16 MiB fails the step instead of hashing it', () => {
  ws.write({
    'job.yaml': 'version: 2\nname: bf\nsteps:\n  c:\n    run: "true"\n    cache: true\n    files: ["data/*"]\n',
    'data/big.bin': '',
  });
  truncateSync(ws.path('data', 'big.bin'), 17 * 1024 * 1024);
  const r = runSync(bin.bin, ['run', '--spec', 'job.yaml', '--job-id', 'f1', '--cache-dir', 'cache'], ws.dir);
  expect(r.status).toBe(1);
  expect(ws.manifest('f1').steps['c']!.error?.code).toBe('E_FILE_CONFINED');
  expect(ws.manifest('f1').steps['c']!.error?.message).toMatch(/larger than 16777216 bytes/);
});
