/** The resume plan on its own: which steps of an earlier attempt are kept, and why the others run. */
import { ResumePlan } from '../../src/engine/resume.js';
import { RunState } from '../../src/run/fold.js';
import type { OrchestratorEvent } from '../../src/events/types.js';
import type { StepSpec } from '../../src/jobspec/schema.js';

let seq = 0;
const ev = (type: string, step_id: string | undefined, data: Record<string, unknown>): OrchestratorEvent => ({
  ts: '2026-01-01T00:00:00.000Z',
  seq: ++seq,
  level: 'info',
  job_id: 'j',
  type,
  ...(step_id ? { step_id } : {}),
  trace_id: 't',
  span_id: 's',
  data,
});

function prior(): RunState {
  return RunState.fold([
    ev('job.started', undefined, {
      job_name: 'x',
      spec_sha256: 'S1',
      code_version: '0',
      graph: { a: [], b: ['a'], c: [] },
    }),
    ev('step.started', 'a', { kind: 'llm' }),
    ev('step.succeeded', 'a', {
      cache: 'off',
      cache_key: 'KA',
      attempts: 1,
      duration_ms: 1,
      outputs: [{ path: 'a.txt', sha256: 'HA', size_bytes: 1 }],
      output: 'A',
    }),
    ev('step.started', 'b', { kind: 'llm' }),
    ev('step.succeeded', 'b', {
      cache: 'off',
      cache_key: 'KB',
      attempts: 1,
      duration_ms: 1,
      outputs: [{ path: 'b.txt', sha256: 'HB', size_bytes: 1 }],
      output: 'B',
    }),
    ev('step.started', 'c', { kind: 'llm' }),
    ev('step.failed', 'c', { cache: 'off', attempts: 1, duration_ms: 1, error: { code: 'E_SERVER', message: 'x' } }),
  ]);
}

const step = (path: string, needs: string[] = []): StepSpec =>
  ({ needs, outputs: [{ path, extract: 'text' }], checks: [] }) as unknown as StepSpec;
const hashes: Record<string, string> = { 'a.txt': 'HA', 'b.txt': 'HB' };

describe('ResumePlan', () => {
  it('keeps a succeeded step with unchanged outputs without computing its key when the spec is the same', async () => {
    const plan = new ResumePlan(prior(), 'S1', (p) => hashes[p]);
    let computed = 0;
    const keyNow = async () => (computed++, 'KA');
    expect(await plan.verdict('a', step('a.txt'), keyNow)).toEqual({
      keep: true,
      cacheKey: 'KA',
      outputs: [{ path: 'a.txt', sha256: 'HA', size_bytes: 1 }],
    });
    expect(computed).toBe(0);
  });

  it('runs again a failed step, a new step, and a step whose output was edited', async () => {
    const plan = new ResumePlan(prior(), 'S1', (p) => (p === 'a.txt' ? 'EDITED' : hashes[p]));
    expect(await plan.verdict('c', step('c.txt'), async () => '')).toMatchObject({
      keep: false,
      reason: 'failed_before',
    });
    expect(await plan.verdict('d', step('d.txt'), async () => '')).toMatchObject({ keep: false, reason: 'new_step' });
    expect(await plan.verdict('a', step('a.txt'), async () => '')).toEqual({
      keep: false,
      reason: 'output_modified',
      detail: { path: 'a.txt' },
    });
  });

  it('checks the key of a dependent of a step that runs again, and of every step when the spec changed', async () => {
    const same = new ResumePlan(prior(), 'S1', (p) => hashes[p]);
    same.runsAgain('a');
    expect(await same.verdict('b', step('b.txt', ['a']), async () => 'KB2')).toMatchObject({
      keep: false,
      reason: 'cache_key_changed',
    });
    const changed = new ResumePlan(prior(), 'S2', (p) => hashes[p]);
    expect(changed.specChanged).toBe(true);
    expect(await changed.verdict('a', step('a.txt'), async () => 'KA')).toMatchObject({ keep: true });
    expect(changed.completedBefore()).toBe(2);
  });

  it('lets a throwing key computation reach the caller (the step runner turns it into step.failed)', async () => {
    const plan = new ResumePlan(prior(), 'S2', (p) => hashes[p]);
    await expect(
      plan.verdict('a', step('a.txt'), async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
  });
});
