/**
 * The two REST endpoints `orchestrator pull` needs, over fetch (the CLI ships without Octokit):
 * - GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts, paginated with Link headers
 *   (https://docs.github.com/en/rest/actions/artifacts#list-workflow-run-artifacts);
 * - GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/zip, which answers 302 to a
 *   short-lived blob URL (https://docs.github.com/en/rest/actions/artifacts#download-an-artifact).
 * The token goes to the API origin only: never to the blob host, never to a Link on another origin.
 */
import { execFile } from 'node:child_process';
import { OrchestratorError, UsageError } from '../util/errors.js';

export interface RunArtifact {
  id: number;
  name: string;
  size_in_bytes: number;
  expired?: boolean;
}

/** Where the token came from, for messages (never the token itself). */
export interface FoundToken {
  token: string;
  source: 'GH_TOKEN' | 'GITHUB_TOKEN' | 'gh auth token';
}

/** GH_TOKEN, then GITHUB_TOKEN (gh's own order), then `gh auth token` when gh is installed. */
export async function findToken(env: Record<string, string | undefined>): Promise<FoundToken | undefined> {
  if (env.GH_TOKEN?.trim()) return { token: env.GH_TOKEN.trim(), source: 'GH_TOKEN' };
  if (env.GITHUB_TOKEN?.trim()) return { token: env.GITHUB_TOKEN.trim(), source: 'GITHUB_TOKEN' };
  const fromGh = await new Promise<string | undefined>((resolve) => {
    execFile(
      'gh',
      ['auth', 'token'],
      { env: { ...env } as NodeJS.ProcessEnv, timeout: 10_000, maxBuffer: 64 * 1024 },
      (err, stdout) => resolve(err ? undefined : stdout.trim() || undefined),
    );
  });
  return fromGh ? { token: fromGh, source: 'gh auth token' } : undefined;
}

const PAGE_LIMIT = 100;
const TIMEOUT_MS = 60_000;

export class GithubArtifacts {
  private readonly origin: string;

  constructor(
    private readonly apiUrl: string,
    private readonly repo: string,
    private readonly token: FoundToken,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {
    this.origin = new URL(apiUrl).origin;
  }

  private headers(): Record<string, string> {
    return {
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
      'user-agent': 'orchestrator-cli',
      authorization: `Bearer ${this.token.token}`,
    };
  }

  /** One error per status, naming what is missing. */
  private failure(status: number, what: string, body: string): OrchestratorError {
    const said = (() => {
      try {
        return String((JSON.parse(body) as { message?: unknown }).message ?? '').slice(0, 200);
      } catch {
        return '';
      }
    })();
    const suffix = said ? ` (GitHub: ${said})` : '';
    if (status === 401)
      return new OrchestratorError(
        'E_GITHUB_AUTH',
        `GitHub answered 401 to the token from ${this.token.source}: it is not valid${suffix}`,
        {
          status,
          hint: 'set GH_TOKEN to a valid token, or log in with `gh auth login`',
        },
      );
    if (status === 403)
      return new OrchestratorError(
        'E_GITHUB_FORBIDDEN',
        `GitHub answered 403 for ${what}: the token from ${this.token.source} lacks \`actions: read\`${suffix}`,
        {
          status,
          hint: 'a fine-grained token needs "Actions: read" on the repository; a classic one the `repo` scope',
        },
      );
    if (status === 404)
      return new OrchestratorError('E_GITHUB_NOT_FOUND', `GitHub answered 404 for ${what}${suffix}`, {
        status,
        hint:
          `check the repository ${this.repo} and the run id; a private repository also answers 404 to a token ` +
          `that cannot see it`,
      });
    return new OrchestratorError('E_GITHUB_HTTP', `GitHub answered ${status} for ${what}${suffix}`, {
      status,
      retryable: status >= 500,
    });
  }

  private async get(url: string, what: string, redirect: 'follow' | 'manual' = 'follow'): Promise<Response> {
    if (new URL(url).origin !== this.origin)
      throw new OrchestratorError('E_GITHUB_HTTP', `refusing to send the token to ${new URL(url).origin} (${what})`);
    // A GET may be sent again: once, after a connection error (a kept-alive socket the server closed).
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.fetchImpl(url, {
          headers: this.headers(),
          redirect,
          signal: AbortSignal.timeout(TIMEOUT_MS),
        });
      } catch (e) {
        if (attempt < 2) continue;
        const cause = (e as { cause?: { code?: string; message?: string } }).cause;
        throw new OrchestratorError(
          'E_GITHUB_HTTP',
          `cannot reach ${this.origin} for ${what}: ` +
            `${(e as Error).message}${cause ? ` (${cause.code ?? cause.message})` : ''}`,
          {
            retryable: true,
          },
        );
      }
    }
  }

  /** Every artifact of the run (all attempts), following `Link: rel="next"` on the API origin. */
  async list(runId: string): Promise<RunArtifact[]> {
    const what = `the artifacts of run ${runId} in ${this.repo}`;
    let url: string | undefined =
      `${this.apiUrl.replace(/\/+$/, '')}/repos/${this.repo}/actions/runs/${runId}/artifacts?per_page=100`;
    const out: RunArtifact[] = [];
    for (let page = 0; url && page < PAGE_LIMIT; page++) {
      const res = await this.get(url, what);
      const text = await res.text();
      if (!res.ok) throw this.failure(res.status, what, text);
      let body: { artifacts?: RunArtifact[] };
      try {
        body = JSON.parse(text) as { artifacts?: RunArtifact[] };
      } catch {
        throw new OrchestratorError('E_GITHUB_HTTP', `${what}: the answer is not JSON`);
      }
      for (const a of body.artifacts ?? []) if (typeof a.id === 'number' && typeof a.name === 'string') out.push(a);
      url = /<([^>]+)>;\s*rel="next"/.exec(res.headers.get('link') ?? '')?.[1];
    }
    return out;
  }

  /**
   * Where the artifact's zip comes from: the zip endpoint's redirect target, read with
   * `redirect: manual` so that the Authorization header never follows it to the blob host; or the
   * endpoint's own body when a server answers 200 directly.
   */
  async zipSource(artifact: RunArtifact): Promise<{ url: string; response?: Response }> {
    const what = `artifact ${artifact.name} (id ${artifact.id})`;
    const url = `${this.apiUrl.replace(/\/+$/, '')}/repos/${this.repo}/actions/artifacts/${artifact.id}/zip`;
    const res = await this.get(url, what, 'manual');
    const location = res.headers.get('location');
    if ([301, 302, 303, 307, 308].includes(res.status) && location) {
      await res.body?.cancel();
      return { url: new URL(location, url).toString() };
    }
    if (res.status === 200 && res.body) return { url, response: res };
    const text = await res.text();
    if (res.status === 410)
      throw new OrchestratorError('E_GITHUB_NOT_FOUND', `${what} has expired (HTTP 410)`, { status: 410 });
    if (!res.ok) throw this.failure(res.status, what, text);
    throw new OrchestratorError('E_GITHUB_HTTP', `${what}: expected a redirect to the archive, got HTTP ${res.status}`);
  }
}

/** `https://github.com/O/R/actions/runs/ID[/attempts/N][/job/J]`: the repository, run and attempt. */
export function parseRunUrl(url: string): { repo: string; runId: string; attempt?: number } {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new UsageError('E_USAGE', `not a URL: ${JSON.stringify(url)}`, {
      hint: 'pass https://github.com/OWNER/REPO/actions/runs/ID, or --repo OWNER/REPO --run-id ID',
    });
  }
  const m =
    /^\/([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)\/actions\/runs\/(\d+)(?:\/attempts\/([1-9]\d*))?(?:\/job\/\d+)?\/?$/.exec(
      u.pathname,
    );
  if (!/^https?:$/.test(u.protocol) || !m)
    throw new UsageError('E_USAGE', `not a workflow run URL: ${JSON.stringify(url)}`, {
      hint: 'it looks like https://github.com/OWNER/REPO/actions/runs/ID or .../actions/runs/ID/attempts/N',
    });
  return { repo: `${m[1]}/${m[2]}`, runId: m[3]!, ...(m[4] ? { attempt: Number(m[4]) } : {}) };
}
