/**
 * One issue per job for golden-output drift: found by label and hidden marker, updated in place
 * (reopened comments stay), or created. Used by golden/action.yml through dist/golden/index.js.
 */
import type { Octokit } from './services.js';

export function goldenMarker(jobName: string): string {
  return `<!-- orchestrator-golden:${jobName} -->`;
}

export interface DriftIssue {
  owner: string;
  repo: string;
  jobName: string;
  label: string;
  title?: string;
  body: string;
}

export async function upsertDriftIssue(
  octokit: Octokit,
  issue: DriftIssue,
): Promise<{ action: 'created' | 'updated'; number: number }> {
  const { owner, repo, label } = issue;
  const marker = goldenMarker(issue.jobName);
  const body = `${marker}\n${issue.body}`;
  const title = issue.title ?? `Golden outputs drifted: ${issue.jobName}`;
  for await (const page of octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
    owner,
    repo,
    labels: label,
    state: 'open',
    per_page: 100,
  })) {
    const found = page.data.find((i) => !i.pull_request && typeof i.body === 'string' && i.body.includes(marker));
    if (found) {
      await octokit.rest.issues.update({ owner, repo, issue_number: found.number, body, title });
      return { action: 'updated', number: found.number };
    }
  }
  const res = await octokit.rest.issues.create({ owner, repo, title, body, labels: [label] });
  return { action: 'created', number: res.data.number };
}
