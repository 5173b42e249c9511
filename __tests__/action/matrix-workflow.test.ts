/**
 * The reusable workflow `.github/workflows/orchestrator-matrix.yml` (docs/reference.md: Shards) read as GitHub
 * would: plan -> shards -> finish wired through outputs, every input it gives the action declared
 * in action.yml, current action majors, delta artifacts named per shard and attempt, and the
 * finish job downloading them run-scoped (REST) so a "Re-run failed jobs" sees every attempt's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO } from '../helpers/workspace.js';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  if?: string;
  outputs?: Record<string, string>;
  strategy?: { matrix: unknown; 'fail-fast'?: boolean };
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: { workflow_call: { inputs: Record<string, unknown>; secrets: Record<string, unknown>; outputs: Record<string, { value: string }> } };
  jobs: Record<string, Job>;
}

const wf = parse(readFileSync(join(REPO, '.github/workflows/orchestrator-matrix.yml'), 'utf8')) as Workflow;
const actionInputs = Object.keys((parse(readFileSync(join(REPO, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> }).inputs);
const ours = (job: Job) => job.steps.filter((s) => s.uses?.startsWith('org/orchestrator-action@'));

describe('orchestrator-matrix.yml', () => {
  it('is a reusable workflow taking spec and shards, with plan -> shards -> finish', () => {
    expect(Object.keys(wf.on.workflow_call.inputs)).toEqual(expect.arrayContaining(['spec', 'shards']));
    expect(Object.keys(wf.jobs)).toEqual(['plan', 'shards', 'finish']);
    expect(wf.jobs.shards!.needs).toBe('plan');
    expect(wf.jobs.finish!.needs).toEqual(['plan', 'shards']);
    expect(wf.jobs.shards!.strategy!.matrix).toBe('${{ fromJSON(needs.plan.outputs.matrix) }}');
    expect(wf.jobs.shards!.strategy!['fail-fast']).toBe(false);
    expect(wf.jobs.plan!.outputs!.matrix).toBe('${{ steps.plan.outputs.matrix }}');
  });

  it('gives the action only inputs it declares, and the roles the toolkit needs', () => {
    for (const job of Object.values(wf.jobs)) for (const s of ours(job)) for (const k of Object.keys(s.with ?? {})) expect(actionInputs).toContain(k);
    expect(ours(wf.jobs.plan!)[0]!.with!['plan-shards']).toBe('${{ inputs.shards }}');
    const leg = ours(wf.jobs.shards!)[0]!.with!;
    expect(leg.shard).toBe('${{ matrix.shard }}');
    expect(leg['cache-export']).toBeTruthy();
    expect(leg.comment).toBe('never');
    expect(ours(wf.jobs.finish!)[0]!.with!['cache-from']).toBeTruthy();
  });

  it('passes cache deltas as artifacts named per shard and attempt, downloaded merged and run-scoped', () => {
    const up = wf.jobs.shards!.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))!;
    expect(up.uses).toBe('actions/upload-artifact@v7');
    expect(up.if).toBe('always()'); // a failed leg's work reaches finish too
    const naming = wf.jobs.shards!.steps.find((s) => s.id === 'delta')!;
    expect(naming.run).toMatch(/shard-.*-attempt-\$\{ATTEMPT\}/);
    expect(naming.env!.ATTEMPT).toBe('${{ github.run_attempt }}');
    const down = wf.jobs.finish!.steps.find((s) => s.uses?.startsWith('actions/download-artifact@'))!;
    expect(down.uses).toBe('actions/download-artifact@v8');
    expect(down.with!['merge-multiple']).toBe(true);
    expect(down.with!['run-id']).toBe('${{ github.run_id }}');
    expect(down.with!['github-token']).toBeTruthy();
    expect(wf.jobs.finish!.permissions!.actions).toBe('read');
    expect(wf.jobs.shards!.permissions!.actions).toBe('read');
    for (const job of Object.values(wf.jobs))
      for (const s of job.steps) if (s.uses?.startsWith('actions/checkout@')) expect(s.uses).toBe('actions/checkout@v6');
  });

  it('declares secrets under names GitHub accepts (letters, digits, underscores)', () => {
    for (const name of Object.keys(wf.on.workflow_call.secrets)) expect(name).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
  });

  it('never interpolates untrusted values into a shell script', () => {
    for (const job of Object.values(wf.jobs)) for (const s of job.steps) if (s.run) expect(s.run).not.toMatch(/\$\{\{/);
  });
});
