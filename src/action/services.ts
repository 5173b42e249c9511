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
  restore(paths: string[], primaryKey: string, restoreKeys: string[], lookupOnly?: boolean): Promise<string | undefined>;
  save(paths: string[], key: string): Promise<number>;
}

export interface ArtifactInfo {
  name: string;
  id: number;
  size?: number;
  createdAt?: Date;
}

export interface ArtifactClient {
  upload(name: string, files: string[], rootDirectory: string, options: { retentionDays?: number }): Promise<{ id?: number; size?: number }>;
  /** This workflow run's artifacts, every attempt's. */
  list(): Promise<ArtifactInfo[]>;
  download(id: number, path: string): Promise<{ downloadPath?: string }>;
}

export type Octokit = ReturnType<typeof getOctokit>;

export interface ActionServices {
  core: CoreLike;
  cache: CacheClient;
  artifacts(): Promise<ArtifactClient>;
  github(token: string): Promise<Octokit>;
  env: Record<string, string | undefined>;
}

export async function realServices(): Promise<ActionServices> {
  const { runnerCore } = await import('./runner-commands.js');
  return {
    core: runnerCore(process.env),
    cache: lazyCacheClient(),
    artifacts: async () => realArtifactClient(),
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
    isAvailable: () => (process.env.ACTIONS_CACHE_SERVICE_V2 ? !!process.env.ACTIONS_RESULTS_URL : !!process.env.ACTIONS_CACHE_URL),
    restore: async (paths, key, restoreKeys, lookupOnly) => (await load()).restoreCache(paths, key, restoreKeys, { lookupOnly: lookupOnly ?? false }),
    save: async (paths, key) => (await load()).saveCache(paths, key),
  };
}

async function realArtifactClient(): Promise<ArtifactClient> {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const client = new DefaultArtifactClient();
  return {
    upload: (name, files, root, options) => client.uploadArtifact(name, files, root, options),
    list: async () => (await client.listArtifacts()).artifacts,
    download: (id, path) => client.downloadArtifact(id, { path }),
  };
}
