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
    prNumber: readPrNumber(env.GITHUB_EVENT_PATH),
    serverUrl,
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    tempDir: env.RUNNER_TEMP ?? env.TMPDIR ?? '/tmp',
    runUrl: owner && env.GITHUB_RUN_ID ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` : undefined,
  };
}

function readPrNumber(eventPath: string | undefined): number | undefined {
  if (!eventPath) return undefined;
  try {
    const event = JSON.parse(readFileSync(eventPath, 'utf8')) as { pull_request?: { number?: unknown }; number?: unknown };
    const n = event.pull_request?.number;
    return typeof n === 'number' ? n : undefined;
  } catch {
    return undefined;
  }
}
