/**
 * Names the action gives things GitHub keeps: cache keys and run artifacts. Separate and pure so
 * the rules (unique per attempt, newest earlier attempt wins by number) are tested on their own.
 */

/** ':' cannot occur in a job name, so a restore-key prefix for job "notes" never matches "notes-app". */
const SEP = ':';

export interface CacheKeys {
  primary: string;
  /** Most to least specific. */
  restore: string[];
}

/**
 * `instance` (7.8) keeps matrix legs apart: each leg saves under its own key, so the second leg's
 * save is not skipped as "exists" by the first's.
 */
export function cacheKeys(
  prefix: string,
  jobName: string,
  specSha256: string,
  runId: string,
  runAttempt: number,
  instance = '',
): CacheKeys {
  const job = `${prefix}orchestrator-${jobName}${instance ? `@${instance}` : ''}${SEP}`;
  const spec = `${job}${specSha256.slice(0, 16)}${SEP}`;
  return { primary: `${spec}${runId}-${runAttempt}`, restore: [spec, job] };
}

export { artifactName } from '../run/artifact-name.js';

/** The PR comment's identity: one comment per job name and instance (the 2.0 marker when no instance). */
export function commentIdentity(jobName: string, instance = ''): string {
  return `<!-- orchestrator-action:${jobName}${instance ? `:${instance}` : ''} -->`;
}

/** What `instance` may hold: safe in artifact names, cache keys (no ':' or ',') and an HTML comment. */
export const INSTANCE_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;

export { selectResumeArtifact, type NamedArtifact } from '../run/artifact-name.js';
