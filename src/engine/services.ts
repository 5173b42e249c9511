/**
 * The run-wide services every step uses: built once by runJob, shared by every step, holding no
 * state of any one step (that lives in the step runner).
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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
import { fileNameOf } from '../jobspec/fan-out.js';
import type { Redactor } from '../util/redact.js';
import type { Clock } from '../util/clock.js';
import type { CommandEnvironment } from './command-env.js';
import type { StepSpec } from '../jobspec/schema.js';
import { OrchestratorError, errorMessage, isOrchestratorError } from '../util/errors.js';

export interface RunServices {
  loaded: LoadedSpec;
  /** Each step's settings with the spec's defaults applied, resolved once each. */
  settings: StepSettingsTable;
  jobId: string;
  paths: RunPaths;
  events: EventWriter;
  pool: ProviderPool;
  files: FileStore;
  cache: CacheStore | null;
  redactor: Redactor;
  clock: Clock;
  signal: AbortSignal;
  /** Environment for command steps and command checks (docs/reference.md: Command environments): key values removed, `env_passthrough` honoured. */
  commandEnvironment: CommandEnvironment;
  workspaceDir: string;
  /** Folders workspace globs never read; default: the runs folder and the cache folder (see engineFolders). */
  engineDirs?: readonly string[];
  texts: StepTexts;
  templates: TemplateCache;
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
export class StepTexts {
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
      hint: 'its step.succeeded event has no output (a run folder from an older version?); start a new run without --resume',
    });
  }
}

/**
 * Writes a step's log, `logs/ID.log` (an instance id escaped by fileNameOf), secrets redacted: what was sent and what came back, as
 * sections a person can read. One file a step: in a 10,000-step run, file creation is the cost.
 */
export function writeStepLog(
  ctx: RunServices,
  id: string,
  sections: ReadonlyArray<readonly [string, string | undefined]>,
): void {
  let text = '';
  for (const [title, body] of sections)
    if (body !== undefined) text += `===== ${title} =====\n${body}${body.endsWith('\n') ? '' : '\n'}`;
  // Synchronous for the reason given in src/run/filestore.ts.
  writeFileSync(join(ctx.paths.logs, `${fileNameOf(id)}.log`), ctx.redactor.apply(text));
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

/** The engine's own folders (runs, cache): no workspace glob reads them (docs/reference.md, "Globs"). */
export function engineFolders(ctx: Pick<RunServices, 'engineDirs' | 'paths' | 'cache'>): string[] {
  if (ctx.engineDirs) return [...ctx.engineDirs];
  const out: string[] = [];
  if (ctx.paths?.dir) out.push(dirname(ctx.paths.dir));
  if (ctx.cache?.dir) out.push(ctx.cache.dir);
  return out;
}
