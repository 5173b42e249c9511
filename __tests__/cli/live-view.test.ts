/**
 * The live view in a real pseudo-terminal: at any width, the status line is
 * redrawn in place, so the screen holds exactly one status line while steps run, never a trail of
 * wrapped leftovers.
 */
import { replaySpec, Workspace } from '../helpers/workspace.js';
import { replayScreen, runInPty } from '../helpers/pty.js';
import { snapshotCli, type CliBin } from './snapshot-bin.js';

const NAMES = Array.from({ length: 12 }, (_, i) => `step-${String(i + 1).padStart(2, '0')}-${'abcdefghijklmnopqr'}`);
const STATUS = /^\[\d+\/12\]/;

let bin: CliBin;
let ws: Workspace;
beforeAll(() => {
  bin = snapshotCli();
  expect(NAMES.every((n) => n.length === 26)).toBe(true);
  ws = new Workspace({
    'job.yaml': replaySpec(
      'wide',
      Object.fromEntries(NAMES.map((n) => [n, `prompt: "say ${n}"\noutputs: [{ path: ${n}.txt }]`])),
    )
      .replace('concurrency: 4', 'concurrency: 12')
      .replace('responses: responses.yaml', 'responses: responses.yaml, latency_ms: 900'),
    'responses.yaml': NAMES.map((n) => `${n}: "done ${n}"`).join('\n') + '\n',
  });
});
afterAll(() => {
  bin.cleanup();
  ws.cleanup();
});

describe.each([
  [70, 20],
  [160, 50],
])('a run of 12 steps with 26-character names at %i columns', (cols, rows) => {
  it('shows exactly one status line while it runs, and leaves none behind', () => {
    const r = runInPty(
      [process.execPath, bin.bin, 'run', '--spec', 'job.yaml', '--no-cache', '--runs-dir', `runs-${cols}`],
      { rows, cols, cwd: ws.dir },
    );
    expect(r.code).toBe(0);
    // Nothing but the view: no runtime warning (12 calls in flight are not a listener leak).
    expect(r.raw).not.toMatch(/Warning|\(node:\d+\)/);
    let most = 0;
    let sawRunning = false;
    const final = replayScreen(r.raw, cols, (screen) => {
      const status = screen.filter((l) => STATUS.test(l));
      most = Math.max(most, status.length);
      if (status.some((l) => l.includes('running:'))) sawRunning = true;
    });
    expect(sawRunning).toBe(true);
    expect(most).toBe(1);
    expect(final.filter((l) => STATUS.test(l))).toEqual([]);
    // Every step's line scrolled by once, and the summary follows.
    for (const n of NAMES) expect(final.filter((l) => l.startsWith(`✓ ${n}`))).toHaveLength(1);
    expect(final.join('\n')).toMatch(/wide \S+: succeeded in/);
  });
});
