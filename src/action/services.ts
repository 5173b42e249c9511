/**
 * The action's collaborators, injected so tests drive `run()` without module mocks. The real ones
 * are @actions/cache, @actions/artifact and @actions/github, each loaded with `await import()` only
 * when used, and the runner protocol (./runner-commands.ts), which keeps the cold start small.
 */
import type { getOctokit } from '@actions/github';

import type { CoreLike } from './core-like.js';

export type { AnnotationProps, CoreLike } from './core-like.js';

export interface CacheClient {
  isAvailable(): boolean;
  /** The key that matched, or undefined. With lookupOnly nothing is downloaded. */
  restore(
    paths: string[],
    primaryKey: string,
    restoreKeys: string[],
    lookupOnly?: boolean,
  ): Promise<string | undefined>;
  save(paths: string[], key: string): Promise<number>;
}

export interface ArtifactInfo {
  name: string;
  id: number;
  size?: number;
  createdAt?: Date;
}

/** Where to find a workflow run's artifacts through the public REST API (@actions/artifact `findBy`). */
export interface FindBy {
  token: string;
  workflowRunId: number;
  repositoryOwner: string;
  repositoryName: string;
}

export interface ArtifactClient {
  /** 'public': the REST API with a token (run-scoped); 'runtime': the runner's token (attempt-scoped downloads). */
  readonly path: 'public' | 'runtime';
  upload(
    name: string,
    files: string[],
    rootDirectory: string,
    options: { retentionDays?: number },
  ): Promise<{ id?: number; size?: number }>;
  /** This workflow run's artifacts, every attempt's. */
  list(): Promise<ArtifactInfo[]>;
  /** A short-lived URL of the artifact's zip; the caller downloads it within its own bounds. */
  downloadUrl(artifact: ArtifactInfo): Promise<string>;
}

export type Octokit = ReturnType<typeof getOctokit>;

export interface ActionServices {
  core: CoreLike;
  cache: CacheClient;
  /** With `findBy`, lists and downloads through the public REST API; without, the runtime path. */
  artifacts(findBy?: FindBy): Promise<ArtifactClient>;
  github(token: string): Promise<Octokit>;
  env: Record<string, string | undefined>;
}

export async function realServices(): Promise<ActionServices> {
  const { runnerCore } = await import('./runner-commands.js');
  return {
    core: runnerCore(process.env),
    cache: lazyCacheClient(),
    artifacts: async (findBy) => realArtifactClient(findBy),
    github: async (token) => {
      const { getOctokit: make } = await import('@actions/github');
      return make(token, process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {});
    },
    env: process.env,
  };
}

/** @actions/cache pulls in Azure's SDK: load it only when the cache is on and the service is there. */
function lazyCacheClient(): CacheClient {
  const load = () => import('@actions/cache');
  return {
    // Mirrors @actions/cache isFeatureAvailable without importing it.
    isAvailable: () =>
      process.env.ACTIONS_CACHE_SERVICE_V2 ? !!process.env.ACTIONS_RESULTS_URL : !!process.env.ACTIONS_CACHE_URL,
    restore: async (paths, key, restoreKeys, lookupOnly) =>
      (await load()).restoreCache(paths, key, restoreKeys, { lookupOnly: lookupOnly ?? false }),
    save: async (paths, key) => (await load()).saveCache(paths, key),
  };
}

async function realArtifactClient(findBy?: FindBy): Promise<ArtifactClient> {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const client = new DefaultArtifactClient();
  const upload: ArtifactClient['upload'] = (name, files, root, options) =>
    client.uploadArtifact(name, files, root, options);
  if (findBy) {
    const { getOctokit } = await import('@actions/github');
    const octokit = getOctokit(findBy.token, process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {});
    return {
      path: 'public',
      upload,
      // The endpoint @actions/artifact's listArtifacts({ findBy }) calls, through our Octokit: the
      // library's resolves GITHUB_API_URL once at import and retries a refused token for ~1 min.
      list: async () => {
        const all = await octokit.paginate(octokit.rest.actions.listWorkflowRunArtifacts, {
          owner: findBy.repositoryOwner,
          repo: findBy.repositoryName,
          run_id: findBy.workflowRunId,
          per_page: 100,
        });
        return all.map((a) => ({
          name: a.name,
          id: a.id,
          size: a.size_in_bytes,
          createdAt: a.created_at ? new Date(a.created_at) : undefined,
        }));
      },
      downloadUrl: async (a) => {
        // The same call @actions/artifact makes: a 302 to a signed blob URL, which we fetch ourselves.
        const res = await octokit.rest.actions.downloadArtifact({
          owner: findBy.repositoryOwner,
          repo: findBy.repositoryName,
          artifact_id: a.id,
          archive_format: 'zip',
          request: { redirect: 'manual' },
        });
        const location = (res.headers as Record<string, unknown>).location;
        if (res.status !== 302 || typeof location !== 'string')
          throw new Error(`artifact ${a.name}: expected a 302 redirect, got HTTP ${res.status}`);
        return location;
      },
    };
  }
  return {
    path: 'runtime',
    upload,
    list: async () => (await client.listArtifacts()).artifacts,
    downloadUrl: async (a) => (await import('./runtime-artifacts.js')).signedArtifactUrl(process.env, a.id),
  };
}
