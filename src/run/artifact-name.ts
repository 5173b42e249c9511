/**
 * Names of run artifacts: `orchestrator-JOBNAME-GITHUBJOB[-INSTANCE]-attempt-N`. Shared by the
 * action (upload, re-run resume) and the CLI (`pull`), so both read a name the same way.
 */

/** GitHub artifact names may not contain these (and they read badly in the UI). */
export function sanitizeNamePart(part: string): string {
  return part.replace(/[":<>|*?\\/\r\n]+/g, '_');
}

/** Unique per attempt and matrix leg, so neither a re-run nor a second leg hits a 409. */
export function artifactName(jobName: string, githubJob: string, runAttempt: number, instance = ''): string {
  return (
    `orchestrator-${sanitizeNamePart(jobName)}-${sanitizeNamePart(githubJob)}` +
    `${instance ? `-${sanitizeNamePart(instance)}` : ''}-attempt-${runAttempt}`
  );
}

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

const RUN_ARTIFACT = /^orchestrator-(.+)-attempt-([1-9]\d*)$/;

/** A run artifact's attempt and its name without it (the job, GitHub job and instance), or undefined. */
export function parseRunArtifactName(name: string): { stem: string; attempt: number } | undefined {
  const m = RUN_ARTIFACT.exec(name);
  return m ? { stem: `orchestrator-${m[1]}`, attempt: Number(m[2]) } : undefined;
}

export interface PullFilter {
  /** The spec's job name. */
  job?: string;
  instance?: string;
  attempt?: number;
}

export type PullChoice<T> =
  | { kind: 'one'; artifact: T & { attempt: number } }
  | { kind: 'none' }
  | { kind: 'several'; artifacts: Array<T & { attempt: number }> };

/**
 * The run artifact `pull` takes: of the job (and instance) when named; of the given attempt, else
 * the newest attempt that has one. Several jobs or legs left: the caller lists them.
 */
export function choosePullArtifact<T extends NamedArtifact>(artifacts: T[], filter: PullFilter): PullChoice<T> {
  const jobPrefix = filter.job !== undefined ? `orchestrator-${sanitizeNamePart(filter.job)}-` : undefined;
  const instanceSuffix = filter.instance !== undefined ? `-${sanitizeNamePart(filter.instance)}` : undefined;
  const found: Array<T & { attempt: number; stem: string }> = [];
  for (const a of artifacts) {
    const p = parseRunArtifactName(a.name);
    if (!p) continue;
    if (jobPrefix && !a.name.startsWith(jobPrefix)) continue;
    if (instanceSuffix && !p.stem.endsWith(instanceSuffix)) continue;
    if (filter.attempt !== undefined && p.attempt !== filter.attempt) continue;
    found.push({ ...a, ...p });
  }
  if (found.length === 0) return { kind: 'none' };
  const newest = new Map<string, T & { attempt: number; stem: string }>();
  for (const a of found) {
    const had = newest.get(a.stem);
    if (!had || a.attempt > had.attempt) newest.set(a.stem, a);
  }
  // The parsed stem stays on each pick: callers read the artifact's own fields and its attempt.
  const picks: Array<T & { attempt: number }> = [...newest.values()];
  if (picks.length > 1) return { kind: 'several', artifacts: picks.sort((x, y) => x.name.localeCompare(y.name)) };
  return { kind: 'one', artifact: picks[0]! };
}
