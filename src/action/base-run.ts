/**
 * "What this PR changed" across workflow runs. On a push to the default branch the action keeps a
 * snapshot of the run (manifest + the texts of its outputs) in the cache; caches are scoped by
 * branch and a pull request can read its base branch's, so on `pull_request` the action restores
 * the newest snapshot of the base branch and compares (src/report/pr-changes.ts).
 *
 * Also reads what the reports show from the run folder (output previews), with the same rules:
 * regular files under outputs/ only (no symlink is followed), size-capped, secrets redacted.
 */
import { lstat, mkdir, open, readFile, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Manifest } from '../run/manifest-types.js';
import type { RunSnapshot } from '../report/pr-changes.js';
import type { StepPreview } from '../report/sections.js';
import { secretValues } from '../providers/secrets.js';
import type { JobSpec } from '../jobspec/schema.js';
import { errorMessage } from '../util/errors.js';
import { Redactor } from '../util/redact.js';
import type { RunContext } from './context.js';
import type { ActionInputs } from './inputs.js';
import type { ActionServices, CacheClient, CoreLike } from './services.js';

const SNAPSHOT_FILE = 'base-run.json';
/** Per output kept for diffs, and in all: a snapshot is one cache entry among the repo's 10 GB. */
const MAX_OUTPUT_BYTES = 256 * 1024;
const MAX_TOTAL_BYTES = 8 * 1024 * 1024;
const MAX_SNAPSHOT_BYTES = 32 * 1024 * 1024;

type Env = Record<string, string | undefined>;

export type BaseRunRole =
  { role: 'save'; branch: string; sha?: string } | { role: 'compare'; branch: string; sha?: string };

function eventPayload(env: Env): Record<string, unknown> {
  try {
    return env.GITHUB_EVENT_PATH
      ? (JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

/** Save on a push to the default branch; compare on a pull request; else nothing. */
export function baseRunRole(env: Env): BaseRunRole | undefined {
  const event = eventPayload(env);
  const name = env.GITHUB_EVENT_NAME;
  if (name === 'push') {
    const def = (event.repository as { default_branch?: unknown } | undefined)?.default_branch;
    const branch =
      env.GITHUB_REF_NAME ||
      (env.GITHUB_REF?.startsWith('refs/heads/') ? env.GITHUB_REF.slice('refs/heads/'.length) : '');
    // The push payload names the default branch; without a payload (a hand-made event) every
    // pushed branch keeps its run, which also serves pull requests based on it.
    if (branch && (typeof def !== 'string' || branch === def)) return { role: 'save', branch, sha: env.GITHUB_SHA };
    return undefined;
  }
  if (name === 'pull_request' || name === 'pull_request_target') {
    const pr = event.pull_request as { base?: { ref?: unknown }; head?: { sha?: unknown } } | undefined;
    const branch = env.GITHUB_BASE_REF || (typeof pr?.base?.ref === 'string' ? pr.base.ref : '');
    const sha = typeof pr?.head?.sha === 'string' ? pr.head.sha : env.GITHUB_SHA;
    return branch ? { role: 'compare', branch, sha } : undefined;
  }
  return undefined;
}

/** `PREFIXorchestrator-base-JOB[-INSTANCE]:BRANCH:` + run id; restores take the newest by prefix. */
export function baseRunKeys(
  prefix: string,
  jobName: string,
  branch: string,
  runId: string,
  attempt: number,
  instance = '',
): { primary: string; restore: string } {
  const stem =
    `${prefix}orchestrator-base-${jobName}${instance ? `-${instance}` : ''}:${branch.replace(/[^\w./-]/g, '_')}` + `:`;
  return { primary: `${stem}${runId}-${attempt}`, restore: stem };
}

function inside(root: string, path: string): string | undefined {
  const abs = resolve(root, path);
  const rel = relative(root, abs);
  return rel && !rel.startsWith('..') && !rel.startsWith(sep) ? abs : undefined;
}

/** A regular file under `root` (no symlink at any component), up to `max` bytes, as UTF-8 text; undefined if binary. */
async function readOutputText(
  root: string,
  path: string,
  max: number,
): Promise<{ text: string; size: number } | undefined> {
  const abs = inside(root, path);
  if (!abs) return undefined;
  let at = root;
  for (const part of relative(root, abs).split(sep)) {
    at = join(at, part);
    const st = await lstat(at).catch(() => undefined);
    if (!st || st.isSymbolicLink()) return undefined;
  }
  const st = await lstat(abs);
  if (!st.isFile()) return undefined;
  const fh = await open(abs, 'r');
  try {
    const buf = Buffer.alloc(Math.min(st.size, max));
    await fh.read(buf, 0, buf.length, 0);
    if (buf.includes(0)) return undefined;
    return { text: buf.toString('utf8'), size: st.size };
  } finally {
    await fh.close();
  }
}

export type Redact = (text: string) => string;

/** Each step's first output, cut to `maxChars`, for the reports. */
export async function readPreviews(
  manifest: Manifest,
  outputsDir: string,
  redact: Redact,
  maxChars = 4000,
): Promise<Record<string, StepPreview>> {
  const out: Record<string, StepPreview> = {};
  for (const [id, s] of Object.entries(manifest.steps)) {
    const first = s.status === 'succeeded' ? s.outputs?.[0] : undefined;
    if (!first) continue;
    const got = await readOutputText(outputsDir, first.path, maxChars * 4).catch(() => undefined);
    if (got) out[id] = { path: first.path, text: redact(got.text.slice(0, maxChars)), size_bytes: got.size };
  }
  return out;
}

export async function snapshotRun(
  manifest: Manifest,
  outputsDir: string,
  redact: Redact,
  sha?: string,
): Promise<RunSnapshot> {
  const outputs: Record<string, string> = {};
  let total = 0;
  for (const s of Object.values(manifest.steps)) {
    for (const o of s.outputs ?? []) {
      if (o.size_bytes > MAX_OUTPUT_BYTES || total + o.size_bytes > MAX_TOTAL_BYTES) continue;
      const got = await readOutputText(outputsDir, o.path, MAX_OUTPUT_BYTES).catch(() => undefined);
      if (got && got.size <= MAX_OUTPUT_BYTES) {
        outputs[o.path] = redact(got.text);
        total += got.size;
      }
    }
  }
  return { manifest, outputs, ...(sha ? { sha } : {}) };
}

export async function saveBaseRun(
  cache: CacheClient,
  core: CoreLike,
  dir: string,
  key: string,
  snapshot: RunSnapshot,
): Promise<boolean> {
  try {
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, SNAPSHOT_FILE), JSON.stringify(snapshot));
    // Keys are immutable: look first, saving onto an existing key retries for ~30 s.
    if ((await cache.restore([dir], key, [], true)) === key) return false;
    await cache.save([dir], key);
    core.info(`Base run kept for pull requests under cache key ${key}`);
    return true;
  } catch (e) {
    core.warning(`Could not keep this run for pull request comparisons: ${errorMessage(e)}`);
    return false;
  }
}

function isSnapshot(x: unknown): x is RunSnapshot {
  const s = x as RunSnapshot;
  return (
    typeof s === 'object' &&
    s !== null &&
    typeof s.manifest === 'object' &&
    s.manifest !== null &&
    typeof s.manifest.steps === 'object' &&
    s.manifest.steps !== null &&
    typeof s.outputs === 'object' &&
    s.outputs !== null &&
    Object.values(s.outputs).every((v) => typeof v === 'string')
  );
}

/** The base branch's newest snapshot, or undefined (none yet, unreadable, malformed). */
export async function restoreBaseRun(
  cache: CacheClient,
  core: CoreLike,
  dir: string,
  restorePrefix: string,
): Promise<RunSnapshot | undefined> {
  try {
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    const matched = await cache.restore([dir], `${restorePrefix}none`, [restorePrefix]);
    if (!matched) return undefined;
    const file = join(dir, SNAPSHOT_FILE);
    const st = await lstat(file);
    if (!st.isFile() || st.size > MAX_SNAPSHOT_BYTES) return undefined;
    const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
    return isSnapshot(parsed) ? parsed : undefined;
  } catch (e) {
    core.warning(`Could not read the base branch's run: ${errorMessage(e)}`);
    return undefined;
  }
}

export interface BaseRunReport {
  changes?: import('../report/pr-changes.js').PrChanges;
  changesNote?: string;
  sha?: string;
  /** Pull requests: sampled steps' pass rates against the base run (../report/pr-quality.ts). */
  quality?: import('../report/pr-quality.js').PrQuality;
}

/** The one call main makes: save (push to default branch) or restore and compare (pull request). */
export async function syncBaseRun(opts: {
  cache: CacheClient;
  cacheAvailable: boolean;
  core: CoreLike;
  env: Env;
  prefix: string;
  jobName: string;
  instance?: string;
  runId: string;
  attempt: number;
  tempDir: string;
  manifest: Manifest;
  outputsDir: string;
  redact: Redact;
}): Promise<BaseRunReport> {
  const role = baseRunRole(opts.env);
  if (!role) return {};
  const { compareQuality } = await import('../report/pr-quality.js');
  if (!opts.cacheAvailable)
    return {
      sha: role.sha,
      ...(role.role === 'compare'
        ? {
            changesNote: 'not compared: the cache service is not available',
            quality: compareQuality(opts.manifest, undefined),
          }
        : {}),
    };
  const keys = baseRunKeys(opts.prefix, opts.jobName, role.branch, opts.runId, opts.attempt, opts.instance);
  // A fixed path: @actions/cache versions an entry by its paths, so the PR must restore the same one.
  const dir = join(opts.tempDir, 'orchestrator-base-run');
  const head = await snapshotRun(opts.manifest, opts.outputsDir, opts.redact, role.sha);
  if (role.role === 'save') {
    await saveBaseRun(opts.cache, opts.core, dir, keys.primary, head);
    return { sha: role.sha };
  }
  const base = await restoreBaseRun(opts.cache, opts.core, dir, keys.restore);
  if (!base)
    return {
      sha: role.sha,
      changesNote:
        `not compared: no run of \`${role.branch.replace(/`/g, '')}\` kept yet (one is kept on every push to ` + `it)`,
      quality: compareQuality(opts.manifest, undefined),
    };
  const { comparePrRuns } = await import('../report/pr-changes.js');
  return { sha: role.sha, changes: comparePrRuns(base, head), quality: compareQuality(opts.manifest, base.manifest) };
}

export interface ReportExtras extends BaseRunReport {
  kinds: Record<string, 'llm' | 'command'>;
  previews: Record<string, StepPreview>;
}

/**
 * Everything the reports need beyond the manifest and events, in one call so main stays short.
 * Never throws: a report without extras is better than a failed action.
 */
export async function reportExtras(o: {
  svc: ActionServices;
  inputs: ActionInputs;
  ctx: RunContext;
  spec: JobSpec;
  manifest: Manifest;
  outputsDir: string;
  cacheAvailable: boolean;
}): Promise<ReportExtras> {
  const kinds = Object.fromEntries(
    Object.entries(o.spec.steps).map(([id, s]) => [
      id,
      typeof s.run === 'string' ? ('command' as const) : ('llm' as const),
    ]),
  );
  const redactor = new Redactor([
    ...secretValues(o.spec, o.svc.env),
    ...(o.inputs.githubToken ? [o.inputs.githubToken] : []),
  ]);
  const redact = (t: string) => redactor.apply(t);
  try {
    const pr = await syncBaseRun({
      cache: o.svc.cache,
      cacheAvailable: o.cacheAvailable,
      core: o.svc.core,
      env: o.svc.env,
      prefix: o.inputs.cacheKeyPrefix,
      jobName: o.spec.name,
      runId: o.ctx.runId,
      attempt: o.ctx.runAttempt,
      tempDir: o.ctx.tempDir,
      manifest: o.manifest,
      outputsDir: o.outputsDir,
      redact,
    });
    return { ...pr, kinds, previews: await readPreviews(o.manifest, o.outputsDir, redact) };
  } catch (e) {
    o.svc.core.warning(`Could not prepare the report's extras: ${errorMessage(e)}`);
    return { kinds, previews: {} };
  }
}
