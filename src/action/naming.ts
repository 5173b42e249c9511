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

/** GitHub artifact names may not contain these (and they read badly in the UI). */
function sanitize(part: string): string {
  return part.replace(/[":<>|*?\\/\r\n]+/g, '_');
}

/**
 * `orchestrator-JOBNAME-GITHUBJOB[-INSTANCE]-attempt-N`: unique per attempt and matrix leg, so
 * neither a re-run nor a second leg hits a 409.
 */
export function artifactName(jobName: string, githubJob: string, runAttempt: number, instance = ''): string {
  return `orchestrator-${sanitize(jobName)}-${sanitize(githubJob)}${instance ? `-${sanitize(instance)}` : ''}-attempt-${runAttempt}`;
}

/** The PR comment's identity: one comment per job name and instance (the 2.0 marker when no instance). */
export function commentIdentity(jobName: string, instance = ''): string {
  return `<!-- orchestrator-action:${jobName}${instance ? `:${instance}` : ''} -->`;
}

/** What `instance` may hold: safe in artifact names, cache keys (no ':' or ',') and an HTML comment. */
export const INSTANCE_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;

export interface NamedArtifact {
  name: string;
  id: number;
}

/**
 * The artifact to resume from: this job's (same job name, GitHub job and instance) from the newest attempt
 * before `currentAttempt`, decided by the attempt number in the name, never by id or list order.
 */
export function selectResumeArtifact<T extends NamedArtifact>(
  artifacts: T[],
  jobName: string,
  githubJob: string,
  currentAttempt: number,
  instance = '',
): (T & { attempt: number }) | undefined {
  const stem = artifactName(jobName, githubJob, 0, instance).replace(/0$/, '');
  let best: (T & { attempt: number }) | undefined;
  for (const a of artifacts) {
    if (!a.name.startsWith(stem)) continue;
    const rest = a.name.slice(stem.length);
    if (!/^[1-9]\d*$/.test(rest)) continue;
    const attempt = Number(rest);
    if (attempt >= currentAttempt) continue;
    if (!best || attempt > best.attempt) best = { ...a, attempt };
  }
  return best;
}
