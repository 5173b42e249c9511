/**
 * The loopback GitHub that the action's integration tests run against: the results service
 * (Twirp + azurite blobs) and the REST emulator, wired together, one temp root for the runner's
 * workspace and files. Also the runner env of one job attempt and the action's real services
 * pointed at the emulators.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { getOctokit } from '@actions/github';
import { realServices, type ActionServices } from '../../src/action/services.js';
import { RestEmulator, startResultsService, type ResultsEmulator, type TokenGrant } from './github-emulator.js';

/**
 * A three-step job on the offline replay provider: plan, build from the plan, and a command gate
 * that fails while `fail-flag` lies next to the spec. `moreProviders`: provider lines to add.
 */
export function planBuildGateSpec(name: string, moreProviders = ''): string {
  return `version: 2
name: ${name}
providers:
  offline: { type: replay, responses: responses.yaml }
${moreProviders}defaults: { provider: offline }
steps:
  plan:
    prompt: Plan the work
    outputs: [{ path: plan.md }]
  build:
    needs: [plan]
    prompt: "Build from {{ steps.plan.output }}"
    outputs: [{ path: build.md }]
  gate:
    needs: [build]
    run: test ! -e "$ORCHESTRATOR_SPEC_DIR/fail-flag"
`;
}

/** The replay answers of planBuildGateSpec. */
export const PLAN_BUILD_RESPONSES = 'plan: "1. write build.md"\nbuild: "built it"\n';

export interface ActionEmulators {
  /** The temp root: the workspace, RUNNER_TEMP and event files live below it; removed after all tests. */
  readonly root: string;
  /** The runner's GITHUB_WORKSPACE (root/ws). */
  readonly workspace: string;
  /** Started before the file's tests. */
  readonly results: ResultsEmulator;
  readonly rest: RestEmulator;
  /** A fresh runner: the workspace wiped, then `files` (paths relative to it) written. */
  freshWorkspace(files: Record<string, string>): void;
  /**
   * The env of one job attempt of `octo/repo`, job `build`, on this workspace, with `vars` over it
   * (the results service's env, the API URL, the test's own). Returned, and made process.env's
   * ACTIONS_* / GITHUB_* too: @actions/cache and @actions/artifact read process.env themselves.
   */
  runnerEnv(runId: string, attempt: number, vars: Record<string, string>): Record<string, string>;
  /** The action's real services with the given core and env, Octokit on the REST emulator. */
  services(core: ActionServices['core'], env: Record<string, string>): Promise<ActionServices>;
}

/**
 * Call at the top of a test file: starts the emulators before its tests (the REST one knows only
 * the `grants` tokens, as GitHub refuses unknown ones), stops them after, restores process.env and
 * removes the temp root.
 */
export function useActionEmulators(
  tmpPrefix: string,
  grants: Record<string, TokenGrant['permissions']>,
): ActionEmulators {
  const root = mkdtempSync(join(tmpdir(), tmpPrefix));
  const workspace = join(root, 'ws');
  const savedEnv = { ...process.env };
  let svc: { stop(): Promise<void>; results: ResultsEmulator } | undefined;
  let rest: RestEmulator | undefined;

  beforeAll(async () => {
    svc = await startResultsService();
    rest = await new RestEmulator().start();
    rest.results = svc.results;
    for (const [token, permissions] of Object.entries(grants)) rest.grant(token, permissions);
  });

  afterAll(async () => {
    await svc?.stop();
    await rest?.stop();
    process.env = savedEnv;
    rmSync(root, { recursive: true, force: true });
  });

  const started = <T>(what: T | undefined): T => {
    if (what === undefined) throw new Error('the emulators start in beforeAll');
    return what;
  };

  const harness: ActionEmulators = {
    root,
    workspace,
    get results() {
      return started(svc).results;
    },
    get rest() {
      return started(rest);
    },
    freshWorkspace(files) {
      rmSync(workspace, { recursive: true, force: true });
      mkdirSync(workspace, { recursive: true });
      for (const [rel, content] of Object.entries(files)) {
        mkdirSync(dirname(join(workspace, rel)), { recursive: true });
        writeFileSync(join(workspace, rel), content);
      }
    },
    runnerEnv(runId, attempt, vars) {
      const e: Record<string, string> = {
        GITHUB_WORKSPACE: workspace,
        GITHUB_RUN_ID: runId,
        GITHUB_RUN_ATTEMPT: String(attempt),
        GITHUB_JOB: 'build',
        GITHUB_REPOSITORY: 'octo/repo',
        RUNNER_TEMP: join(root, 'tmp'),
        ...vars,
      };
      for (const k of Object.keys(process.env))
        if (k.startsWith('ACTIONS_') || k.startsWith('GITHUB_')) delete process.env[k];
      Object.assign(process.env, e);
      return e;
    },
    async services(core, env) {
      const real = await realServices();
      return { ...real, core, env, github: async (token) => getOctokit(token, { baseUrl: harness.rest.url }) };
    },
  };
  return harness;
}
