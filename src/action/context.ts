/**
 * The bits of the workflow run the action needs, read from the runner's environment (GITHUB_*),
 * so main does not load @actions/github (and Octokit) at start-up.
 */
import { readFileSync } from 'node:fs';

export interface RunContext {
  runId: string;
  runAttempt: number;
  /** GITHUB_JOB: the workflow job's id. */
  job: string;
  owner: string;
  repo: string;
  eventName: string;
  /** The pull request this run is for, if any. */
  prNumber?: number;
  /** The commit the run is about: the PR's head commit on pull_request events, else GITHUB_SHA. */
  headSha?: string;
  serverUrl: string;
  apiUrl: string;
  workspace: string;
  tempDir: string;
  runUrl?: string;
}

type Env = Record<string, string | undefined>;

export function readRunContext(env: Env = process.env): RunContext {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const attempt = Number(env.GITHUB_RUN_ATTEMPT ?? '1');
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const runId = env.GITHUB_RUN_ID ?? 'local';
  return {
    runId,
    runAttempt: Number.isInteger(attempt) && attempt > 0 ? attempt : 1,
    job: env.GITHUB_JOB ?? 'job',
    owner,
    repo,
    eventName: env.GITHUB_EVENT_NAME ?? '',
    prNumber: readEvent(env.GITHUB_EVENT_PATH).prNumber,
    headSha: readEvent(env.GITHUB_EVENT_PATH).headSha ?? env.GITHUB_SHA,
    serverUrl,
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    tempDir: env.RUNNER_TEMP ?? env.TMPDIR ?? '/tmp',
    runUrl: owner && env.GITHUB_RUN_ID ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` : undefined,
  };
}

function readEvent(eventPath: string | undefined): { prNumber?: number; headSha?: string } {
  if (!eventPath) return {};
  try {
    const event = JSON.parse(readFileSync(eventPath, 'utf8')) as {
      pull_request?: { number?: unknown; head?: { sha?: unknown } };
    };
    const n = event.pull_request?.number;
    const sha = event.pull_request?.head?.sha;
    return { prNumber: typeof n === 'number' ? n : undefined, headSha: typeof sha === 'string' ? sha : undefined };
  } catch {
    return {};
  }
}
