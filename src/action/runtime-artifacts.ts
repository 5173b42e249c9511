/**
 * The runtime-token (Twirp) path to an artifact's signed URL, for when `github-token` cannot read
 * actions. Written out (two JSON RPCs) instead of calling @actions/artifact's download, so the
 * download itself goes through the same size bounds as the public path (./bounded-download.ts).
 * Since July 2026 github.com answers 404 "workflow run not found" here for an earlier attempt's
 * artifact (actions/download-artifact#486), which is why resume prefers the public path.
 */
type Env = Record<string, string | undefined>;

function backendIds(token: string): { run: string; job: string } {
  const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { scp?: string };
  for (const scope of (claims.scp ?? '').split(' ')) {
    const [kind, run, job] = scope.split(':');
    if (kind === 'Actions.Results' && run && job) return { run, job };
  }
  throw new Error('ACTIONS_RUNTIME_TOKEN carries no Actions.Results scope');
}

async function rpc<T>(env: Env, method: string, body: object): Promise<T> {
  const token = env.ACTIONS_RUNTIME_TOKEN;
  const base = env.ACTIONS_RESULTS_URL;
  if (!token || !base)
    throw new Error(
      'the runtime artifact service is not available (ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL unset)',
    );
  const res = await fetch(`${new URL(base).origin}/twirp/github.actions.results.api.v1.ArtifactService/${method}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) {
    let msg = text.slice(0, 300);
    try {
      msg = (JSON.parse(text) as { msg?: string }).msg ?? msg;
    } catch {
      /* not JSON: keep the text */
    }
    throw new Error(`${method}: HTTP ${res.status}: ${msg}`);
  }
  return JSON.parse(text) as T;
}

interface ListedArtifact {
  workflow_run_backend_id: string;
  workflow_job_run_backend_id: string;
  name: string;
}

export async function signedArtifactUrl(env: Env, artifactId: number): Promise<string> {
  const ids = backendIds(env.ACTIONS_RUNTIME_TOKEN ?? '');
  const { artifacts } = await rpc<{ artifacts?: ListedArtifact[] }>(env, 'ListArtifacts', {
    workflow_run_backend_id: ids.run,
    workflow_job_run_backend_id: ids.job,
    id_filter: String(artifactId),
  });
  const a = artifacts?.[0];
  if (!a) throw new Error(`artifact ${artifactId} not found on the runtime path`);
  const { signed_url: url } = await rpc<{ signed_url?: string }>(env, 'GetSignedArtifactURL', {
    workflow_run_backend_id: a.workflow_run_backend_id,
    workflow_job_run_backend_id: a.workflow_job_run_backend_id,
    name: a.name,
  });
  if (!url) throw new Error(`GetSignedArtifactURL gave no URL for ${a.name}`);
  return url;
}
