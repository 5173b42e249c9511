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
  /** A pull request from a fork: no secrets, no OIDC token (the head repository is not the base). */
  fromFork?: boolean;
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
    ...(readEvent(env.GITHUB_EVENT_PATH).fromFork ? { fromFork: true } : {}),
  };
}

function readEvent(eventPath: string | undefined): { prNumber?: number; headSha?: string; fromFork?: boolean } {
  if (!eventPath) return {};
  try {
    type Repo = { fork?: unknown; full_name?: unknown };
    const event = JSON.parse(readFileSync(eventPath, 'utf8')) as {
      pull_request?: { number?: unknown; head?: { sha?: unknown; repo?: Repo | null }; base?: { repo?: Repo | null } };
    };
    const pr = event.pull_request;
    const n = pr?.number;
    const sha = pr?.head?.sha;
    // pull_request.head.repo.fork, or a head repository other than the base (a deleted fork's head repo is null).
    const head = pr?.head?.repo;
    const base = pr?.base?.repo;
    const fromFork =
      !!pr &&
      (head === null ||
        head?.fork === true ||
        (typeof head?.full_name === 'string' &&
          typeof base?.full_name === 'string' &&
          head.full_name !== base.full_name));
    return {
      prNumber: typeof n === 'number' ? n : undefined,
      headSha: typeof sha === 'string' ? sha : undefined,
      ...(fromFork ? { fromFork } : {}),
    };
  } catch {
    return {};
  }
}
