/**
 * One issue per job and instance for golden-output drift: found by label and hidden marker,
 * opened or updated on drift/unmeasured, left alone on flaky, commented and closed by a clean check
 * (docs/reference.md, "Golden checks"). Used by golden/action.yml through dist/golden/index.js.
 */
import type { Octokit } from './services.js';

/** The instance joins the marker, so two instances of one job keep two issues. */
export function goldenMarker(jobName: string, instance = ''): string {
  return `<!-- orchestrator-golden:${jobName}${instance ? `:${instance}` : ''} -->`;
}

export interface DriftIssue {
  owner: string;
  repo: string;
  jobName: string;
  instance?: string;
  label: string;
  title?: string;
  body: string;
}

async function findOpenIssue(
  octokit: Octokit,
  owner: string,
  repo: string,
  label: string,
  marker: string,
): Promise<number | undefined> {
  for await (const page of octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
    owner,
    repo,
    labels: label,
    state: 'open',
    per_page: 100,
  })) {
    // The marker ends the first line, so `job` never matches the issue of `job:instance`.
    const found = page.data.find(
      (i) => !i.pull_request && typeof i.body === 'string' && i.body.split('\n', 1)[0] === marker,
    );
    if (found) return found.number;
  }
  return undefined;
}

export async function upsertDriftIssue(
  octokit: Octokit,
  issue: DriftIssue,
): Promise<{ action: 'created' | 'updated'; number: number }> {
  const { owner, repo, label } = issue;
  const marker = goldenMarker(issue.jobName, issue.instance);
  const body = `${marker}\n${issue.body}`;
  const title =
    issue.title ?? `Golden outputs drifted: ${issue.jobName}${issue.instance ? ` (${issue.instance})` : ''}`;
  const open = await findOpenIssue(octokit, owner, repo, label, marker);
  if (open !== undefined) {
    await octokit.rest.issues.update({ owner, repo, issue_number: open, body, title });
    return { action: 'updated', number: open };
  }
  const res = await octokit.rest.issues.create({ owner, repo, title, body, labels: [label] });
  return { action: 'created', number: res.data.number };
}

/** A clean check: comment on the open drift issue and close it as completed; none open is fine. */
export async function closeDriftIssue(
  octokit: Octokit,
  issue: Omit<DriftIssue, 'title'>,
): Promise<{ action: 'closed'; number: number } | { action: 'none' }> {
  const { owner, repo, label } = issue;
  const open = await findOpenIssue(octokit, owner, repo, label, goldenMarker(issue.jobName, issue.instance));
  if (open === undefined) return { action: 'none' };
  await octokit.rest.issues.createComment({ owner, repo, issue_number: open, body: issue.body });
  await octokit.rest.issues.update({ owner, repo, issue_number: open, state: 'closed', state_reason: 'completed' });
  return { action: 'closed', number: open };
}
