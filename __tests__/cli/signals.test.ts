/**
 * Signals around the end of a run (docs/reference.md, exit codes): a SIGTERM that arrives after the
 * run's result is decided exits with that result, not by signal (143). Real processes: only they
 * receive signals.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO } from '../helpers/workspace.js';

function child(script: string) {
  return spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: REPO,
    encoding: 'utf8',
    timeout: 20_000,
  });
}

describe('signals after the work is done', () => {
  const io = JSON.stringify(join(REPO, 'lib', 'cli', 'io.js'));

  it('a SIGTERM after the run ended with 0 exits 0, not by signal', () => {
    const r = child(`
      const { processIo } = await import(${io});
      const stop = processIo().onInterrupt(() => {});
      stop(0);
      process.kill(process.pid, 'SIGTERM');
      setTimeout(() => process.exit(5), 2000);
    `);
    expect(r.signal).toBeNull();
    expect(r.status).toBe(0);
  });

  it('keeps the failed result of a run too (exit 1)', () => {
    const r = child(`
      const { processIo } = await import(${io});
      const stop = processIo().onInterrupt(() => {});
      stop(1);
      process.kill(process.pid, 'SIGINT');
      setTimeout(() => process.exit(5), 2000);
    `);
    expect(r.signal).toBeNull();
    expect(r.status).toBe(1);
  });

  it('during the work, a signal still reaches the work (and a second one exits 130)', () => {
    const r = child(`
      const { processIo } = await import(${io});
      let seen = 0;
      processIo().onInterrupt(() => { seen++; });
      process.kill(process.pid, 'SIGTERM');
      setTimeout(() => { if (seen !== 1) process.exit(7); process.kill(process.pid, 'SIGTERM'); }, 200);
      setTimeout(() => process.exit(5), 2000);
    `);
    expect(r.status).toBe(130);
  });
});
