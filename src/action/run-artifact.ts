/**
 * The run folder as a workflow artifact: uploaded after a run (on failure by default) and fetched
 * back on "Re-run failed jobs" so the next attempt resumes instead of starting over.
 */
import { cp, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Manifest } from '../run/manifest-types.js';
import { DEFAULT_ARTIFACT_LIMITS, downloadBounded, tooLarge, type ArtifactLimits } from '../run/bounded-download.js';
import { selectResumeArtifact } from '../run/artifact-name.js';
import { openRunArchive } from '../run/run-archive.js';
import type { ArtifactClient, CoreLike } from './services.js';

/** Every file under `dir`, as absolute paths (what @actions/artifact wants). */
export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(join(entry.parentPath, entry.name));
  }
  return out.sort();
}

/** Uploads RUNS_DIR/JOB_ID so the archive holds `JOB_ID/...` (the layout resume expects). */
export async function uploadRunFolder(
  client: ArtifactClient,
  name: string,
  runDir: string,
  retentionDays?: number,
): Promise<number | undefined> {
  const files = await listFiles(runDir);
  const res = await client.upload(name, files, dirname(runDir), { retentionDays });
  return res.id;
}

export interface FetchedRun {
  jobId: string;
  artifactName: string;
  attempt: number;
  manifest: Manifest;
}

export { GITHUB_RECORD_FILE, verifyExtractedTree, writeGithubRecord, type GithubRecord } from '../run/run-archive.js';

export interface FetchOptions {
  jobName: string;
  githubJob: string;
  instance: string;
  repository: string;
  runId: string;
  runAttempt: number;
  runsDir: string;
  tempDir: string;
  limits?: ArtifactLimits;
}

/**
 * Finds this job's artifact from the newest earlier attempt, checks its size, downloads and
 * extracts it within bounds to a temp folder, checks it (paths, manifest, job, uploader, output
 * hashes) and moves the run folder into `runsDir`. Returns undefined when there is none.
 */
export async function fetchPreviousRun(
  client: ArtifactClient,
  core: CoreLike,
  opts: FetchOptions,
): Promise<FetchedRun | undefined> {
  const limits = opts.limits ?? DEFAULT_ARTIFACT_LIMITS;
  const all = await client.list();
  const chosen = selectResumeArtifact(all, opts.jobName, opts.githubJob, opts.runAttempt, opts.instance);
  if (!chosen) return undefined;
  if (chosen.size !== undefined && chosen.size > limits.maxZipBytes) {
    throw tooLarge(`artifact ${chosen.name}`, limits.maxZipBytes, `it is ${chosen.size} bytes; not downloaded`);
  }
  await mkdir(opts.tempDir, { recursive: true });
  const target = await mkdtemp(join(opts.tempDir, 'orchestrator-resume-'));
  try {
    const zipFile = join(target, 'artifact.zip');
    await downloadBounded(await client.downloadUrl(chosen), zipFile, limits.maxZipBytes);
    const { jobId, runDir, manifest } = await openRunArchive(zipFile, join(target, 'x'), limits, chosen.name, {
      jobName: opts.jobName,
      repository: opts.repository,
      run_id: opts.runId,
      github_job: opts.githubJob,
      instance: opts.instance,
      job_name: opts.jobName,
    });
    const dest = join(opts.runsDir, jobId);
    await rm(dest, { recursive: true, force: true });
    await mkdir(opts.runsDir, { recursive: true });
    await cp(runDir, dest, { recursive: true, verbatimSymlinks: true });
    core.info(
      `Fetched run ${jobId} (${manifest.status}, ${manifest.completed_steps.length} steps completed) from ` +
        `artifact ${chosen.name} via the ${client.path} API`,
    );
    return { jobId, artifactName: chosen.name, attempt: chosen.attempt, manifest };
  } finally {
    await rm(target, { recursive: true, force: true });
  }
}
