/**
 * The workflows a newcomer copies (docs/workflows/): the README's Action section opens with the
 * PR-review workflow verbatim; permissions are the minimum; untrusted event text never reaches a
 * shell through an expression; only inputs the action declares are used; the fork-safe pair keeps
 * secrets and write access away from the PR's code; actions are on their Node 24 majors.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO } from '../helpers/workspace.js';

type Step = { uses?: string; run?: string; with?: Record<string, string>; env?: Record<string, string> };
type Job = { permissions?: Record<string, string>; steps: Step[]; if?: string };
type Workflow = { on: Record<string, unknown>; permissions?: Record<string, string>; jobs: Record<string, Job> };

const read = (name: string) => readFileSync(join(REPO, 'docs', 'workflows', name), 'utf8');
const workflow = (name: string) => parse(read(name)) as Workflow;
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps);
const actionInputs = Object.keys(
  (parse(readFileSync(join(REPO, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> }).inputs,
);
// The first major of each that runs on node24 (GitHub retired node20 on its runners in 2026).
const NODE24_MAJOR: Record<string, number> = {
  'actions/checkout': 6,
  'actions/github-script': 8,
  'actions/upload-artifact': 6,
  'actions/download-artifact': 7,
};
const ALL = [
  'pr-review.yml',
  'pr-review-request.yml',
  'pr-review-fork-safe.yml',
  'issue-triage.yml',
  'fork-pr-without-credentials.yml',
  'fork-pr-comment.yml',
];

describe('docs/workflows', () => {
  it("the README's Action section opens with the PR-review workflow, verbatim", () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## The GitHub Action'));
    const first = /```yaml\n([\s\S]*?)```/.exec(section)![1];
    expect(first).toBe(read('pr-review.yml'));
  });

  it('PR review: runs on pull_request with contents: read, pull-requests: write and actions: read (resume), nothing more', () => {
    const w = workflow('pr-review.yml');
    expect(Object.keys(w.on)).toEqual(['pull_request']);
    expect(w.permissions).toEqual({ contents: 'read', 'pull-requests': 'write', actions: 'read' });
    const action = steps(w).find((s) => s.uses === 'org/orchestrator-action@v2')!;
    expect(action.with!.spec).toBe('.github/pr-review/job.yaml');
    expect(action.with!.inputs).toContain('toJSON(github.event.pull_request.head.sha)');
    expect(steps(w).find((s) => s.uses === 'actions/checkout@v6')!.with!['fetch-depth']).toBe(0);
  });

  it.each(ALL)(
    '%s: no expression inside a shell command or a script; only declared action inputs; node24 majors',
    (name) => {
      const w = workflow(name);
      for (const s of steps(w)) {
        if (s.run) expect(s.run).not.toContain('${{');
        if (s.with?.script) expect(s.with.script).not.toContain('${{');
        if (s.uses?.startsWith('org/orchestrator-action@')) {
          for (const k of Object.keys(s.with ?? {})) expect(actionInputs).toContain(k);
        }
        const m = /^(actions\/[a-z-]+)@v(\d+)$/.exec(s.uses ?? '');
        if (m) expect(Number(m[2])).toBeGreaterThanOrEqual(NODE24_MAJOR[m[1]!] ?? Infinity);
      }
    },
  );

  it('runs without credentials: pull_request (never pull_request_target), no write and no id-token permission; the comment from workflow_run through comment/', () => {
    const untrusted = workflow('fork-pr-without-credentials.yml');
    expect(Object.keys(untrusted.on)).toEqual(['pull_request']);
    expect(untrusted.permissions).toEqual({ contents: 'read', actions: 'read' });
    const action = steps(untrusted).find((s) => s.uses === 'org/orchestrator-action@v2')!;
    expect(action.with).toMatchObject({ comment: 'never', 'upload-artifact': 'always' });
    const trusted = workflow('fork-pr-comment.yml');
    expect(Object.keys(trusted.on)).toEqual(['workflow_run']);
    expect(trusted.permissions).toEqual({ actions: 'read', 'pull-requests': 'write' });
    expect(steps(trusted).map((s) => s.uses)).toEqual([
      'actions/download-artifact@v8',
      'org/orchestrator-action/comment@v2',
    ]);
    for (const name of ['fork-pr-without-credentials.yml', 'fork-pr-comment.yml'])
      expect(read(name)).not.toMatch(/^\s*pull_request_target:/m);
  });

  it('fork-safe pair: the untrusted half checks out nothing and has no secret; the trusted half never checks out the PR', () => {
    const request = workflow('pr-review-request.yml');
    expect(Object.keys(request.on)).toEqual(['pull_request']);
    expect(request.permissions).toEqual({ contents: 'read' });
    expect(read('pr-review-request.yml')).not.toMatch(/\$\{\{[^}]*secrets\./);
    expect(steps(request).some((s) => s.uses?.startsWith('actions/checkout'))).toBe(false);

    const trusted = workflow('pr-review-fork-safe.yml');
    expect((trusted.on.workflow_run as { workflows: string[] }).workflows).toEqual(['pr-review-request']);
    expect(trusted.permissions).toEqual({ contents: 'read', actions: 'read', 'pull-requests': 'write' });
    const checkout = steps(trusted).find((s) => s.uses?.startsWith('actions/checkout'))!;
    expect(checkout.with?.ref).toBeUndefined();
    expect(checkout.with?.['persist-credentials']).toBe(false);
    // The artifact is validated before any value from it is used.
    const validate = steps(trusted).find((s) => s.run?.includes('pr.json'))!;
    expect(validate.run).toMatch(/\^\[0-9a-f\]\{40\}\$/);
  });

  it('issue triage: on issues with issues: write; the body goes through env and a file', () => {
    const w = workflow('issue-triage.yml');
    expect(Object.keys(w.on)).toEqual(['issues']);
    expect(w.permissions).toEqual({ contents: 'read', issues: 'write' });
    const body = steps(w).find((s) => s.env?.BODY)!;
    expect(body.run).toContain('"$BODY"');
    const action = steps(w).find((s) => s.uses === 'org/orchestrator-action@v2')!;
    expect(action.with!['input-files']).toContain('body:');
  });
});
