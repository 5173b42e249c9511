/** The engine's public, in-process API: no argv, no process, no GitHub. Faces pass collaborators in. */
import type { CacheStore } from '../cache/types.js';
import type { OrchestratorEvent } from '../events/types.js';
import type { Provider } from '../providers/types.js';
import type { Manifest } from '../run/manifest-types.js';
import type { LoadedSpec } from '../jobspec/schema.js';

import type { Clock } from '../util/clock.js';

export type { Clock };

export interface RunJobOptions {
  loaded: LoadedSpec;
  /** Folder holding run folders (`RUNS_DIR/JOB_ID`). */
  runsDir: string;
  /** Name of a new run; default: `<job name>-<UTC timestamp>-<random>`. */
  jobId?: string;
  /** Continue the run `jobId` in its own folder (its events.jsonl must exist). */
  resume?: boolean;
  /** null or undefined = no cache (`cache: off` on every step). */
  cache?: CacheStore | null;
  concurrency?: number;
  /** Run only these steps and what they need; the rest are skipped (`not_selected`). */
  only?: string[];
  /** Override or add providers by spec name (tests, embedding). */
  providers?: Record<string, Provider>;
  /** Environment for API keys (`api_key_env`); default process.env. */
  env?: Record<string, string | undefined>;
  /** Folder for `context.include` globs and command steps' relative `reads`; default: the spec's folder. */
  workspaceDir?: string;
  /** Abort = cancel the run: stop scheduling, abort in-flight calls, write job.cancelled. */
  signal?: AbortSignal;
  clock?: Clock;
  /** Every event, after it is written: for progress displays. */
  onEvent?: (event: OrchestratorEvent) => void;
  /** Extra secret values to redact (the action's token). `api_key_env` values are always redacted. */
  secrets?: string[];
  /**
   * Told each credential a provider obtains during the run (keyless OIDC tokens), after the run's redactor learnt it.
   */
  onSecret?: (value: string) => void;
  /** Attempt number recorded in the manifest (GITHUB_RUN_ATTEMPT in the action). */
  attempt?: number;
  /** Overrides the spec's `budget` field by field (CLI --budget-usd, action input budget-usd). */
  budget?: { usd?: number; tokens?: number; strict?: boolean };
  /**
   * No credentials (a fork's pull request, `--credentials none`): steps that need a call are skipped
   * (docs/reference.md).
   */
  withoutCredentials?: boolean;
  /** With `withoutCredentials`: a step skipped for credentials fails the run. */
  failOnUnmeasured?: boolean;
}

export interface RunResult {
  jobId: string;
  runDir: string;
  outputsDir: string;
  status: Manifest['status'];
  manifest: Manifest;
}
