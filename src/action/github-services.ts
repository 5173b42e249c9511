/**
 * Services for the comment/ and golden/ entry points, which only talk to the REST API: no cache or
 * artifact client, so their bundles do not carry the Azure SDK.
 */
import { runnerCore } from './runner-commands.js';
import type { ActionServices } from './services.js';

function unavailable(what: string): never {
  throw new Error(`${what} is not available in this entry point`);
}

export async function githubServices(): Promise<ActionServices> {
  return {
    core: runnerCore(process.env),
    cache: {
      isAvailable: () => false,
      restore: async () => unavailable('the cache'),
      save: async () => unavailable('the cache'),
    },
    artifacts: async () => unavailable('the artifact client'),
    github: async (token) => {
      const { getOctokit } = await import('@actions/github');
      return getOctokit(token, process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {});
    },
    env: process.env,
  };
}
