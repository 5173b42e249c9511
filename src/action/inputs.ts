/** The action's inputs, parsed once into a typed object. Every bad value is reported together, by input name. */
import { UsageError } from '../util/errors.js';
import { INSTANCE_PATTERN } from './naming.js';
import { MAX_SHARDS, parseShardSpec } from '../planning/shards.js';

export type ResumeMode = 'auto' | 'always' | 'never';
export type UploadMode = 'on-failure' | 'always' | 'never';
export type CommentMode = 'auto' | 'always' | 'never';
/** How the PR comment is refreshed: in place, deleted and posted anew, or posted anew with the old one hidden. */
export type CommentRefresh = 'update' | 'recreate' | 'hide-old';

export interface ActionInputs {
  spec: string;
  workingDirectory: string;
  runsDir: string;
  cache: boolean;
  cacheKeyPrefix: string;
  resume: ResumeMode;
  uploadArtifact: UploadMode;
  /** undefined = the repository's default retention. */
  artifactRetentionDays?: number;
  summary: boolean;
  comment: CommentMode;
  commentMode: CommentRefresh;
  /** Keeps several uses of the action in one workflow run apart (matrix legs); '' = none. */
  instance: string;
  /** Step whose first output becomes the `result` output; undefined = the job's only sink step. */
  resultStep?: string;
  golden?: string;
  concurrency?: number;
  /** Overrides the spec's budget.usd. */
  budgetUsd?: number;
  /** Write the cost plan (plan --cost) to the job summary before the run. */
  planCost: boolean;
  githubToken: string;
  /** `shard: K/N`: run only shard K of N (7.9) and what its steps need. */
  shard?: { index: number; total: number };
  /** `plan-shards: N`: plan only; set the `matrix` output and run nothing. */
  planShards?: number;
  /** Folders (relative to working-directory) whose cache entries join the cache folder before the run. */
  cacheFrom: string[];
  /** Folder (relative to working-directory) that receives the cache entries this run used or created. */
  cacheExport?: string;
  /** `inputs`: a YAML or JSON mapping of job input values (src/jobspec/inputs.ts reads it). */
  inputs?: string;
  /** `input-files`: a YAML mapping input name -> file path relative to working-directory. */
  inputFiles?: string;
  /** `none`: make no call that needs credentials (a fork's pull request is detected on its own). */
  credentials: 'auto' | 'none';
  /** Fail the run when a step was skipped for credentials (or a gate or golden file is unmeasured). */
  failOnUnmeasured: boolean;
}

/** Reads a raw input: '' when unset (the shape of @actions/core getInput). */
export type InputReader = (name: string) => string;

const TRUE = ['true', 'True', 'TRUE', 'yes', '1', 'on'];
const FALSE = ['false', 'False', 'FALSE', 'no', '0', 'off'];

export function parseInputs(read: InputReader): ActionInputs {
  const problems: string[] = [];
  const raw = (name: string) => read(name).trim();

  const choice = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const v = raw(name);
    if (v === '') return fallback;
    if ((allowed as readonly string[]).includes(v)) return v as T;
    problems.push(`input "${name}" must be one of ${allowed.join(', ')}; got "${v}"`);
    return fallback;
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const v = raw(name);
    if (v === '') return fallback;
    if (TRUE.includes(v)) return true;
    if (FALSE.includes(v)) return false;
    problems.push(`input "${name}" must be true or false; got "${v}"`);
    return fallback;
  };
  const int = (name: string, min: number, max: number): number | undefined => {
    const v = raw(name);
    if (v === '') return undefined;
    if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) {
      problems.push(`input "${name}" must be a whole number from ${min} to ${max}; got "${v}"`);
      return undefined;
    }
    return Number(v);
  };

  const usd = (name: string): number | undefined => {
    const v = raw(name);
    if (v === '') return undefined;
    if (!/^\d+(\.\d+)?$/.test(v)) {
      problems.push(`input "${name}" must be an amount in USD like 0.50; got "${v}"`);
      return undefined;
    }
    return Number(v);
  };

  const spec = raw('spec');
  if (spec === '')
    problems.push('input "spec" is required: the path of the job spec (YAML), relative to working-directory');
  const prefix = raw('cache-key-prefix');
  if (prefix.includes(',')) problems.push(`input "cache-key-prefix" may not contain commas; got "${prefix}"`);

  let shard: ActionInputs['shard'];
  if (raw('shard')) {
    try {
      shard = parseShardSpec(raw('shard'));
    } catch {
      problems.push(
        `input "shard" must be K/N with 1 <= K <= N <= ${MAX_SHARDS}; got "${raw('shard')}" (pass \${{ ` +
          `matrix.shard }} from plan-shards)`,
      );
    }
  }
  const planShards = int('plan-shards', 1, MAX_SHARDS);
  if (shard && planShards !== undefined)
    problems.push('inputs "shard" and "plan-shards" exclude each other: plan in one job, run the shards in the matrix');
  // A matrix leg needs its own artifact name, cache key and comment marker (7.8): the shard is one.
  const instance = raw('instance') || (shard ? `shard-${shard.index}-of-${shard.total}` : '');
  if (instance && !INSTANCE_PATTERN.test(instance)) {
    problems.push(
      `input "instance" may hold letters, digits, '.', '_' and '-' (at most 64); got "${instance}" (pass ` +
        `e.g. \${{ matrix.os }}-\${{ matrix.node }})`,
    );
  }

  const inputs: ActionInputs = {
    spec,
    workingDirectory: raw('working-directory') || '.',
    runsDir: raw('runs-dir') || 'runs',
    cache: bool('cache', true),
    cacheKeyPrefix: prefix,
    resume: choice('resume', ['auto', 'always', 'never'] as const, 'auto'),
    uploadArtifact: choice('upload-artifact', ['on-failure', 'always', 'never'] as const, 'on-failure'),
    artifactRetentionDays: int('artifact-retention-days', 1, 90),
    summary: bool('summary', true),
    comment: choice('comment', ['auto', 'always', 'never'] as const, 'auto'),
    commentMode: choice('comment-mode', ['update', 'recreate', 'hide-old'] as const, 'update'),
    instance,
    resultStep: raw('result-step') || undefined,
    golden: raw('golden') || undefined,
    concurrency: int('concurrency', 1, 1000),
    budgetUsd: usd('budget-usd'),
    planCost: bool('plan-cost', false),
    githubToken: raw('github-token'),
    shard,
    planShards,
    cacheFrom: read('cache-from')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
    cacheExport: raw('cache-export') || undefined,
    inputs: raw('inputs') || undefined,
    inputFiles: raw('input-files') || undefined,
    credentials: choice('credentials', ['auto', 'none'] as const, 'auto'),
    failOnUnmeasured: bool('fail-on-unmeasured', false),
  };
  if ((inputs.cacheFrom.length || inputs.cacheExport) && !inputs.cache)
    problems.push('inputs "cache-from" and "cache-export" need the cache: leave "cache" at true');
  if (problems.length) {
    throw new UsageError('E_ACTION_INPUT', problems.join('\n'), {
      hint: 'see the inputs table in the README (action.yml describes each input)',
    });
  }
  return inputs;
}
