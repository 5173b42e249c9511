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
  on: {
    workflow_call: {
      inputs: Record<string, unknown>;
      secrets: Record<string, unknown>;
      outputs: Record<string, { value: string }>;
    };
  };
  jobs: Record<string, Job>;
}

const wfText = readFileSync(join(REPO, '.github/workflows/orchestrator-matrix.yml'), 'utf8');
const wf = parse(wfText) as Workflow;
/** `uses: ACTION@<SHA> # vMAJOR.x.y`: pinned (docs/security.md, SHA pins), on the expected major. */
const pinnedTo = (uses: string | undefined, action: string, major: number) => {
  expect(uses).toMatch(new RegExp(`^${action}@[0-9a-f]{40}$`));
  expect(wfText).toContain(`${uses} # v${major}.`);
};
const actionInputs = Object.keys(
  (parse(readFileSync(join(REPO, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> }).inputs,
);
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
    for (const job of Object.values(wf.jobs))
      for (const s of ours(job)) for (const k of Object.keys(s.with ?? {})) expect(actionInputs).toContain(k);
    expect(ours(wf.jobs.plan!)[0]!.with!['plan-shards']).toBe('${{ inputs.shards }}');
    const leg = ours(wf.jobs.shards!)[0]!.with!;
    expect(leg.shard).toBe('${{ matrix.shard }}');
    expect(leg['cache-export']).toBeTruthy();
    expect(leg.comment).toBe('never');
    expect(ours(wf.jobs.finish!)[0]!.with!['cache-from']).toBeTruthy();
  });

  it('passes cache deltas as artifacts named per shard and attempt, downloaded merged and run-scoped', () => {
    const up = wf.jobs.shards!.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))!;
    pinnedTo(up.uses, 'actions/upload-artifact', 7);
    expect(up.if).toBe('always()'); // a failed leg's work reaches finish too
    const naming = wf.jobs.shards!.steps.find((s) => s.id === 'delta')!;
    expect(naming.run).toMatch(/shard-.*-attempt-\$\{ATTEMPT\}/);
    expect(naming.env!.ATTEMPT).toBe('${{ github.run_attempt }}');
    const down = wf.jobs.finish!.steps.find((s) => s.uses?.startsWith('actions/download-artifact@'))!;
    pinnedTo(down.uses, 'actions/download-artifact', 8);
    expect(down.with!['merge-multiple']).toBe(true);
    expect(down.with!['run-id']).toBe('${{ github.run_id }}');
    expect(down.with!['github-token']).toBeTruthy();
    expect(wf.jobs.finish!.permissions!.actions).toBe('read');
    expect(wf.jobs.shards!.permissions!.actions).toBe('read');
    for (const job of Object.values(wf.jobs))
      for (const s of job.steps) if (s.uses?.startsWith('actions/checkout@')) pinnedTo(s.uses, 'actions/checkout', 6);
  });

  it('passes job inputs, input files and the budget to the plan, every leg and the finish job', () => {
    const declared = wf.on.workflow_call.inputs as Record<string, { type: string; required?: boolean }>;
    for (const k of ['inputs', 'input-files', 'budget-usd'])
      expect(declared[k]).toMatchObject({ type: 'string', required: false });
    for (const job of ['plan', 'shards', 'finish']) {
      const w = ours(wf.jobs[job]!)[0]!.with!;
      expect(w.inputs).toBe('${{ inputs.inputs }}');
      expect(w['input-files']).toBe('${{ inputs.input-files }}');
    }
    // A leg takes its share of the budget when the plan gives one (budget_usd in the matrix), else the whole.
    expect(ours(wf.jobs.shards!)[0]!.with!['budget-usd']).toBe('${{ matrix.budget_usd || inputs.budget-usd }}');
    expect(ours(wf.jobs.finish!)[0]!.with!['budget-usd']).toBe('${{ inputs.budget-usd }}');
  });

  it('declares secrets under names GitHub accepts (letters, digits, underscores)', () => {
    for (const name of Object.keys(wf.on.workflow_call.secrets)) expect(name).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
  });

  it('never interpolates untrusted values into a shell script', () => {
    for (const job of Object.values(wf.jobs)) for (const s of job.steps) if (s.run) expect(s.run).not.toMatch(/\$\{\{/);
  });
});
