/**
 * The run folder as a workflow artifact: uploaded after a run (on failure by default) and fetched
 * back on "Re-run failed jobs" so the next attempt resumes instead of starting over.
 */
import { cp, lstat, mkdir, mkdtemp, readdir, readlink, realpath, rm } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { readManifest } from '../run/run-folder.js';
import type { Manifest } from '../run/manifest-types.js';
import { OrchestratorError, errorMessage } from '../util/errors.js';
import { selectResumeArtifact } from './naming.js';
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
export async function uploadRunFolder(client: ArtifactClient, name: string, runDir: string, retentionDays?: number): Promise<number | undefined> {
  const files = await listFiles(runDir);
  const res = await client.upload(name, files, dirname(runDir), { retentionDays });
  return res.id;
}

function inside(root: string, p: string): boolean {
  const rel = relative(root, p);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * Refuses an extracted tree where any path leaves `root` (zip-slip) or a symlink points out of
 * it. @actions/artifact extracts for us; this checks what it left on disk.
 */
export async function verifyExtractedTree(root: string): Promise<void> {
  const realRoot = await realpath(root);
  for (const entry of await readdir(realRoot, { withFileTypes: true, recursive: true })) {
    const p = resolve(entry.parentPath, entry.name);
    if (!inside(realRoot, p)) throw new OrchestratorError('E_ARTIFACT_UNSAFE', `artifact path escapes the download folder: ${p}`);
    const st = await lstat(p);
    if (st.isSymbolicLink()) {
      const target = resolve(dirname(p), await readlink(p));
      if (!inside(realRoot, target)) throw new OrchestratorError('E_ARTIFACT_UNSAFE', `artifact symlink points outside the download folder: ${relative(realRoot, p)} -> ${target}`);
    }
  }
}

export interface FetchedRun {
  jobId: string;
  artifactName: string;
  attempt: number;
  manifest: Manifest;
}

export interface FetchOptions {
  jobName: string;
  githubJob: string;
  runAttempt: number;
  runsDir: string;
  tempDir: string;
}

/**
 * Finds this job's artifact from the newest earlier attempt, downloads it to a temp folder,
 * checks it (paths, manifest, job name) and moves the run folder into `runsDir`.
 * Returns undefined when there is none to resume from.
 */
export async function fetchPreviousRun(client: ArtifactClient, core: CoreLike, opts: FetchOptions): Promise<FetchedRun | undefined> {
  const all = await client.list();
  const chosen = selectResumeArtifact(all, opts.jobName, opts.githubJob, opts.runAttempt);
  if (!chosen) return undefined;
  await mkdir(opts.tempDir, { recursive: true });
  const target = await mkdtemp(join(opts.tempDir, 'orchestrator-resume-'));
  try {
    const res = await client.download(chosen.id, target);
    const root = res.downloadPath ?? target;
    await verifyExtractedTree(root);
    const tops = (await readdir(root, { withFileTypes: true })).filter((d) => d.isDirectory());
    if (tops.length !== 1) {
      throw new OrchestratorError('E_ARTIFACT_INVALID', `artifact ${chosen.name} should hold one run folder; found ${tops.length}`);
    }
    const jobId = tops[0].name;
    const runDir = join(root, jobId);
    let manifest: Manifest;
    try {
      manifest = await readManifest(runDir);
    } catch (e) {
      throw new OrchestratorError('E_ARTIFACT_INVALID', `artifact ${chosen.name}: ${errorMessage(e)}`);
    }
    if (manifest.job_name !== opts.jobName) {
      throw new OrchestratorError('E_ARTIFACT_INVALID', `artifact ${chosen.name} is a run of job "${manifest.job_name}", not "${opts.jobName}"`);
    }
    if (manifest.job_id !== jobId) {
      throw new OrchestratorError('E_ARTIFACT_INVALID', `artifact ${chosen.name}: folder ${jobId} holds run ${manifest.job_id}`);
    }
    const dest = join(opts.runsDir, jobId);
    await rm(dest, { recursive: true, force: true });
    await mkdir(opts.runsDir, { recursive: true });
    await cp(runDir, dest, { recursive: true, verbatimSymlinks: true });
    core.info(`Fetched run ${jobId} (${manifest.status}, ${manifest.completed_steps.length} steps completed) from artifact ${chosen.name}`);
    return { jobId, artifactName: chosen.name, attempt: chosen.attempt, manifest };
  } finally {
    await rm(target, { recursive: true, force: true });
  }
}
