/**
 * The run-wide services every step uses: built once by runJob, shared by every step, holding no
 * state of any one step (that lives in the step runner).
 */
import { formatLogSections } from '../run/step-log.js';
import { writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CacheStore } from '../cache/types.js';
import type { EventWriter } from '../events/writer.js';
import type { ErrorData } from '../events/types.js';
import type { FileStore } from '../run/filestore.js';
import type { RunPaths } from '../run/run-folder.js';
import type { ProviderPool } from '../routing/pool.js';
import type { LoadedSpec } from '../jobspec/schema.js';
import type { StepSettingsTable } from '../jobspec/step-settings.js';
import type { CompiledTemplate } from '../jobspec/template.js';
import { compileTemplate } from '../jobspec/template.js';
import type { Redactor } from '../util/redact.js';
import type { Clock } from '../util/clock.js';
import type { CommandEnvironment } from './command-env.js';
import type { PriorSamples } from './samples.js';
import type { StepSpec } from '../jobspec/schema.js';
import { OrchestratorError, errorMessage, isOrchestratorError } from '../util/errors.js';
import { readConfinedSync } from '../util/confined-read.js';

/**
 * What rendering a step's prompt reads: the spec, the outputs of the steps before it, compiled
 * templates and where its context comes from. A run, `--dry-run` and `plan --cost` each build one
 * of their own (src/engine/run-plan.ts).
 */
export interface PromptServices {
  loaded: LoadedSpec;
  /** Each step's settings with the spec's defaults applied, resolved once each. */
  settings: StepSettingsTable;
  /** Output texts of the steps that ran (`{{ steps.ID.output }}`). */
  texts: StepOutputs;
  templates: TemplateCache;
  /** Folder for `context.include` globs and command steps' relative `reads`. */
  workspaceDir: string;
  /** An upstream step's output file for a prompt's context, or undefined when it is not there. */
  readOutput(path: string, stepId: string): string | undefined;
  /** Folders workspace globs never read: the runs folder and the cache folder (see engineFolders). */
  engineDirs: readonly string[];
  /** Decides which values are secrets: an instance KEY holding one is its index instead. */
  redactor: Redactor;
}

/** Rendering a step with its cache key: the prompt's services and the provider identity the key names. */
export interface RenderServices extends PromptServices {
  pool: Pick<ProviderPool, 'identity'>;
}

/** What records a run: its folder, event log, outputs and the redaction on all of them. */
export interface RecordServices {
  jobId: string;
  paths: RunPaths;
  events: EventWriter;
  files: FileStore;
  redactor: Redactor;
  clock: Clock;
}

/** What makes calls and runs commands: the provider pool, the cache, the run's abort signal, command environments. */
export interface CallServices {
  pool: ProviderPool;
  cache: CacheStore | null;
  signal: AbortSignal;
  /**
   * Environment for command steps and command checks (docs/reference.md: Command environments): key values removed,
   * `env_passthrough` honoured.
   */
  commandEnvironment: CommandEnvironment;
}

/** The run-wide services every step of a run uses: built once by runJob, holding no state of any one step. */
export interface RunServices extends RenderServices, RecordServices, CallServices {
  pool: ProviderPool;
  texts: StepTexts;
  /** A resumed run: answers of samples completed in earlier attempts, by sample key (src/engine/samples.ts). */
  priorSamples?: PriorSamples;
}

/** Output texts by step id: what a template's `{{ steps.ID.output }}` reads. */
export interface StepOutputs {
  get(id: string): string;
}

/** Compiles each step's prompt and system template once. */
export class TemplateCache {
  private readonly map = new Map<string, CompiledTemplate>();
  get(key: string, text: string): CompiledTemplate {
    let c = this.map.get(key);
    if (!c) {
      c = compileTemplate(text);
      this.map.set(key, c);
    }
    return c;
  }
}

/**
 * Step output texts for `{{ steps.ID.output }}`: kept in memory as steps finish. Each
 * step.succeeded event carries its step's text, so a resumed run gets the texts of the steps it
 * keeps from events.jsonl alone.
 */
export class StepTexts implements StepOutputs {
  private readonly texts: Map<string, string>;
  constructor(initial?: Map<string, string>) {
    this.texts = initial ?? new Map();
  }

  set(id: string, text: string): void {
    this.texts.set(id, text);
  }

  get(id: string): string {
    const t = this.texts.get(id);
    if (t !== undefined) return t;
    throw new OrchestratorError('E_MISSING_OUTPUT', `the output of step ${id} is not available`, {
      hint:
        'its step.succeeded event has no output (a run folder from an older version?); start a new run without ' +
        '--resume',
    });
  }
}

/**
 * Writes a step's log, `logs/ID.log` (named by RunPaths.logOf), secrets redacted: what was sent and what came back, as
 * sections a person can read. One file a step: in a 10,000-step run, file creation is the cost.
 */
export function writeStepLog(
  ctx: RunServices,
  id: string,
  sections: ReadonlyArray<readonly [string, string | undefined]>,
): void {
  const text = formatLogSections(sections);
  // Synchronous for the reason given in src/run/filestore.ts.
  writeFileSync(ctx.paths.logOf(id), ctx.redactor.apply(text));
}

export function errorData(e: unknown): ErrorData {
  if (isOrchestratorError(e)) return { code: e.code, message: e.message, ...(e.hint ? { hint: e.hint } : {}) };
  return { code: 'E_INTERNAL', message: errorMessage(e) };
}

/** The environment of a step's command (and, with a check's own names added, of its command checks). */
export function commandEnvFor(
  ctx: RunServices,
  step: Pick<StepSpec, 'env_passthrough'>,
  more?: readonly string[],
): Record<string, string | undefined> {
  return ctx.commandEnvironment.envFor([...(step.env_passthrough ?? []), ...(more ?? [])]);
}

/**
 * Reads outputs below `root` as a prompt's context does: confined to the folder; a file that is not there reads as
 * undefined.
 */
export function outputReader(root: string): PromptServices['readOutput'] {
  return (path) => {
    try {
      return readConfinedSync(path, { root, label: 'output' }).toString('utf8');
    } catch {
      return undefined;
    }
  };
}

/** The engine's own folders (runs, cache): no workspace glob reads them (docs/reference.md, "Globs"). */
export function engineFolders(ctx: {
  engineDirs?: readonly string[];
  paths?: Pick<RunPaths, 'dir'>;
  cache?: CacheStore | null;
}): string[] {
  if (ctx.engineDirs) return [...ctx.engineDirs];
  const out: string[] = [];
  if (ctx.paths?.dir) out.push(dirname(ctx.paths.dir));
  if (ctx.cache?.dir) out.push(ctx.cache.dir);
  return out;
}
