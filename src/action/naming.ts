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

export function cacheKeys(prefix: string, jobName: string, specSha256: string, runId: string, runAttempt: number): CacheKeys {
  const job = `${prefix}orchestrator-${jobName}${SEP}`;
  const spec = `${job}${specSha256.slice(0, 16)}${SEP}`;
  return { primary: `${spec}${runId}-${runAttempt}`, restore: [spec, job] };
}

/** GitHub artifact names may not contain these (and they read badly in the UI). */
function sanitize(part: string): string {
  return part.replace(/[":<>|*?\\/\r\n]+/g, '_');
}

/** `orchestrator-JOBNAME-GITHUBJOB-attempt-N`: unique per attempt, so a re-run never hits a 409. */
export function artifactName(jobName: string, githubJob: string, runAttempt: number): string {
  return `orchestrator-${sanitize(jobName)}-${sanitize(githubJob)}-attempt-${runAttempt}`;
}

export interface NamedArtifact {
  name: string;
  id: number;
}

/**
 * The artifact to resume from: this job's (same job name and GitHub job) from the newest attempt
 * before `currentAttempt`, decided by the attempt number in the name, never by id or list order.
 */
export function selectResumeArtifact<T extends NamedArtifact>(artifacts: T[], jobName: string, githubJob: string, currentAttempt: number): (T & { attempt: number }) | undefined {
  const stem = artifactName(jobName, githubJob, 0).replace(/0$/, '');
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
