/**
 * The only links the HTML report makes: the commit and the workflow run, built from parts that
 * each match a strict pattern (a run folder's github.json may be forged). A part that does not
 * match gives no link, never a link with the part escaped.
 */
import type { ReportLinks } from './model.js';

/** What github.json or the GITHUB_* variables say about where a run happened. */
export interface GithubWhere {
  server_url?: unknown;
  repository?: unknown;
  run_id?: unknown;
  run_attempt?: unknown;
  sha?: unknown;
}

const HOST_LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const SERVER = new RegExp(`^https://${HOST_LABEL}(?:\\.${HOST_LABEL})*(?::\\d{1,5})?$`);
// GitHub: owner 1-39 letters, digits, single hyphens; repository names letters, digits, . _ -.
const REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const RUN_ID = /^[1-9][0-9]{0,19}$/;

export function validServerUrl(v: unknown): string | undefined {
  return typeof v === 'string' && SERVER.test(v) ? v : undefined;
}

export function validRepository(v: unknown): string | undefined {
  return typeof v === 'string' && REPOSITORY.test(v) && !v.endsWith('/.') && !v.endsWith('/..') ? v : undefined;
}

export function validSha(v: unknown): string | undefined {
  return typeof v === 'string' && SHA.test(v) ? v : undefined;
}

export function validRunId(v: unknown): string | undefined {
  const s = typeof v === 'number' && Number.isSafeInteger(v) ? String(v) : v;
  return typeof s === 'string' && RUN_ID.test(s) ? s : undefined;
}

function validAttempt(v: unknown): number | undefined {
  const n = typeof v === 'string' && /^[1-9][0-9]{0,5}$/.test(v) ? Number(v) : v;
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 1 && n < 1_000_000 ? n : undefined;
}

/** The links for a run: https URLs to the commit and the workflow run, when every part is valid. */
export function buildLinks(where: GithubWhere): ReportLinks {
  const server = validServerUrl(where.server_url ?? 'https://github.com');
  const repository = validRepository(where.repository);
  if (!server || !repository) return {};
  const links: ReportLinks = { repository };
  const sha = validSha(where.sha);
  if (sha) links.commit = { sha, url: `${server}/${repository}/commit/${sha}` };
  const runId = validRunId(where.run_id);
  if (runId) {
    const attempt = validAttempt(where.run_attempt);
    links.run = {
      id: runId,
      url: `${server}/${repository}/actions/runs/${runId}${attempt ? `/attempts/${attempt}` : ''}`,
      ...(attempt ? { attempt } : {}),
    };
  }
  return links;
}

/** The same from the GITHUB_* variables of a workflow job. */
export function whereFromEnv(env: Record<string, string | undefined>): GithubWhere | undefined {
  if (!env.GITHUB_REPOSITORY) return undefined;
  return {
    server_url: env.GITHUB_SERVER_URL,
    repository: env.GITHUB_REPOSITORY,
    run_id: env.GITHUB_RUN_ID,
    run_attempt: env.GITHUB_RUN_ATTEMPT,
    sha: env.GITHUB_SHA,
  };
}
