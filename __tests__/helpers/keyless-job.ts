/**
 * What the keyless suites share (docs/reference.md, "Keyless (OIDC)"): an environment with no key
 * and no OIDC token source but the ones a test gives, the Actions token request variables of the
 * OIDC issuer emulator (oidc-servers.ts), the built CLI snapshot for the whole file, one run of
 * `job.yaml`, and the scan of everything the run left behind (every file of runs/, stdout, stderr,
 * a command step's environment dump) for any form of a secret.
 */
import { runAsync, snapshotCli, type CliBin, type ProcResult } from '../cli/snapshot-bin.js';
import { allFiles, leaks } from '../security/secret-grep.js';
import type { OidcServers } from './oidc-servers.js';
import type { Workspace } from './workspace.js';

export type Env = Record<string, string | undefined>;
export type Text = { path: string; text: string };

/** Every way the CLI can get a GitHub OIDC token: the Actions request variables and a token file. */
export const OIDC_TOKEN_SOURCES = [
  'ORCHESTRATOR_OIDC_TOKEN_FILE',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
] as const;

/** An env override that unsets each variable (runAsync merges it over process.env). */
export function unsetVars(...names: string[]): Env {
  return Object.fromEntries(names.map((n) => [n, undefined]));
}

/** The keys unset and no OIDC token source, so only the path a test sets up can work. */
export function noKeys(...keyVariables: string[]): Env {
  return unsetVars(...keyVariables, ...OIDC_TOKEN_SOURCES);
}

/** `base` with the emulated Actions token request variables, then `extra` over both. */
export function withActionsToken(
  oidc: Pick<OidcServers, 'requestUrl' | 'requestToken'>,
  base: Env,
  extra: Env = {},
): Env {
  return {
    ...base,
    ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
    ...extra,
  };
}

/** The CLI snapshot, built before the file's first test and removed after its last. */
export function suiteCli(): Pick<CliBin, 'bin'> {
  let cli: CliBin | undefined;
  beforeAll(() => {
    cli = snapshotCli();
  });
  afterAll(() => cli?.cleanup());
  return {
    get bin() {
      return cli!.bin;
    },
  };
}

/** `orchestrator run --spec job.yaml --job-id ID --no-cache -q` in the workspace, to its end. */
export function runJob(cli: Pick<CliBin, 'bin'>, ws: Workspace, jobId: string, env: Env): Promise<ProcResult> {
  return runAsync(cli.bin, ['run', '--spec', 'job.yaml', '--job-id', jobId, '--no-cache', '-q'], ws.dir, { env }).done;
}

/** Every file the runs left under runs/. */
export function runFiles(ws: Workspace): Text[] {
  return allFiles(ws.path('runs'));
}

/** The files with the process's stdout and stderr, for a scan of all it left and said. */
export function withOutput(files: Text[], run: Pick<ProcResult, 'stdout' | 'stderr'>): Text[] {
  return [...files, { path: 'stdout', text: run.stdout }, { path: 'stderr', text: run.stderr }];
}

/** Where any form of any secret occurs in the texts: [] when nowhere. */
export function leaksOf(secrets: readonly string[], texts: Text[]): string[] {
  return secrets.flatMap((s) => leaks(s, texts));
}

/**
 * A command step's `env > env.txt`: it ran in the run's environment (ORCHESTRATOR_RUN_DIR) and saw
 * none of `hidden` (the Actions token request variables unless told).
 */
export function expectCleanEnvDump(files: Text[], hidden: string | RegExp = 'ACTIONS_ID_TOKEN_REQUEST'): void {
  const env = files.find((f) => f.path.endsWith('env.txt'))!;
  expect(env.text).toContain('ORCHESTRATOR_RUN_DIR=');
  if (typeof hidden === 'string') expect(env.text).not.toContain(hidden);
  else expect(env.text).not.toMatch(hidden);
}

/** The steps of a job whose first step is a command: a run stopped at preflight leaves no ran.txt. */
export const COMMAND_THEN_ASK = `steps:
  early: { run: "echo ran > ran.txt" }
  ask: { prompt: "hi" }
`;

/** Stopped before any step for want of an OIDC token: exit 2, E_AUTH naming the workflow permission. */
export function expectNoTokenStop(run: Pick<ProcResult, 'code' | 'stderr'>, ws: Workspace): void {
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/E_AUTH/);
  expect(run.stderr).toMatch(/permissions: id-token: write/);
  expect(runFiles(ws).some((f) => f.path.endsWith('ran.txt'))).toBe(false);
}

/**
 * Three calls, one at a time, with a pause after the first: a credential that lives 2 s (refreshed
 * at half its life) is exchanged again before the second call and reused by the third.
 */
export function refreshJob(provider: string, providersYaml: string): string {
  return `version: 2
name: refresh
defaults: { provider: ${provider}, concurrency: 1, retries: 0 }
${providersYaml}steps:
  first: { prompt: "one" }
  wait: { needs: [first], run: "sleep 1.5" }
  second: { needs: [wait], prompt: "two" }
  third: { needs: [second], prompt: "three" }
`;
}

/** What refreshJob's three calls carried: a new credential for the second, the same for the third. */
export function expectRefreshedOnce([first, second, third]: unknown[]): void {
  expect(second).not.toBe(first);
  expect(third).toBe(second);
}
