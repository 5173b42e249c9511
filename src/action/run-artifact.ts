/**
 * The run folder as a workflow artifact: uploaded after a run (on failure by default) and fetched
 * back on "Re-run failed jobs" so the next attempt resumes instead of starting over.
 */
import { cp, lstat, mkdir, mkdtemp, readFile, readdir, readlink, realpath, rm, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { readEventsSync } from '../events/reader.js';
import { readManifest } from '../run/run-folder.js';
import type { Manifest } from '../run/manifest-types.js';
import { OrchestratorError, errorMessage } from '../util/errors.js';
import { sha256 } from '../util/hash.js';
import {
  DEFAULT_ARTIFACT_LIMITS,
  downloadBounded,
  extractBounded,
  tooLarge,
  type ArtifactLimits,
} from './bounded-download.js';
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
    if (!inside(realRoot, p))
      throw new OrchestratorError('E_ARTIFACT_UNSAFE', `artifact path escapes the download folder: ${p}`);
    const st = await lstat(p);
    if (st.isSymbolicLink()) {
      const target = resolve(dirname(p), await readlink(p));
      if (!inside(realRoot, target))
        throw new OrchestratorError(
          'E_ARTIFACT_UNSAFE',
          `artifact symlink points outside the download folder: ${relative(realRoot, p)} -> ${target}`,
        );
    }
  }
}

export interface FetchedRun {
  jobId: string;
  artifactName: string;
  attempt: number;
  manifest: Manifest;
}

/**
 * Who uploaded a run folder, written as `github.json` beside the manifest before every upload.
 * Resume refuses a folder whose record is missing or names another job, instance or run: an
 * artifact name alone is not proof (any job of the run can upload under any free name).
 */
export interface GithubRecord {
  schema: 'orchestrator.github/v1';
  repository: string;
  run_id: string;
  run_attempt: number;
  github_job: string;
  instance: string;
  job_name: string;
  head_sha?: string;
}

export const GITHUB_RECORD_FILE = 'github.json';

export async function writeGithubRecord(runDir: string, record: Omit<GithubRecord, 'schema'>): Promise<void> {
  await writeFile(
    join(runDir, GITHUB_RECORD_FILE),
    `${JSON.stringify({ schema: 'orchestrator.github/v1', ...record }, null, 2)}\n`,
  );
}

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

function invalid(name: string, why: string): OrchestratorError {
  return new OrchestratorError('E_ARTIFACT_INVALID', `artifact ${name}: ${why}`);
}

async function checkGithubRecord(runDir: string, name: string, opts: FetchOptions): Promise<void> {
  let rec: Partial<GithubRecord>;
  try {
    rec = JSON.parse(await readFile(join(runDir, GITHUB_RECORD_FILE), 'utf8')) as Partial<GithubRecord>;
  } catch {
    throw invalid(name, `no readable ${GITHUB_RECORD_FILE}: not a run folder this action uploaded`);
  }
  const want: Array<[keyof GithubRecord, unknown]> = [
    ['repository', opts.repository],
    ['run_id', opts.runId],
    ['github_job', opts.githubJob],
    ['instance', opts.instance],
    ['job_name', opts.jobName],
  ];
  for (const [k, v] of want) {
    if (rec[k] !== v) throw invalid(name, `uploaded by ${k} ${JSON.stringify(rec[k])}, not ${JSON.stringify(v)}`);
  }
}

/**
 * Every output the run recorded (manifest entries and file.written events, which resume folds)
 * must be a regular file with its recorded hash: an edited output cannot reach the next prompts.
 */
async function checkOutputHashes(runDir: string, manifest: Manifest, name: string): Promise<void> {
  const expected = new Map<string, string>();
  for (const e of readEventsSync(join(runDir, 'events.jsonl')).events) {
    if (e.type === 'file.written' && typeof e.data.path === 'string' && typeof e.data.sha256 === 'string')
      expected.set(e.data.path, e.data.sha256);
  }
  for (const st of Object.values(manifest.steps)) {
    if (st.status !== 'succeeded') continue;
    for (const o of st.outputs ?? []) {
      const seen = expected.get(o.path);
      if (seen !== undefined && seen !== o.sha256)
        throw invalid(name, `output ${o.path}: manifest and events disagree on its hash`);
      expected.set(o.path, o.sha256);
    }
  }
  const outputs = join(runDir, 'outputs');
  for (const [path, sha] of expected) {
    const abs = resolve(outputs, path);
    if (!inside(outputs, abs)) throw invalid(name, `output path leaves outputs/: ${path}`);
    let st;
    try {
      st = await lstat(abs);
    } catch {
      continue; // missing: resume runs that step again
    }
    if (!st.isFile()) throw invalid(name, `output ${path} is not a regular file`);
    if (sha256(await readFile(abs)) !== sha) throw invalid(name, `output ${path} does not match its recorded sha256`);
  }
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
    const root = join(target, 'x');
    await extractBounded(zipFile, root, limits);
    await verifyExtractedTree(root);
    const tops = (await readdir(root, { withFileTypes: true })).filter((d) => d.isDirectory());
    if (tops.length !== 1) throw invalid(chosen.name, `should hold one run folder; found ${tops.length}`);
    const jobId = tops[0].name;
    const runDir = join(root, jobId);
    let manifest: Manifest;
    try {
      manifest = await readManifest(runDir);
    } catch (e) {
      throw invalid(chosen.name, errorMessage(e));
    }
    if (manifest.job_name !== opts.jobName)
      throw invalid(chosen.name, `is a run of job "${manifest.job_name}", not "${opts.jobName}"`);
    if (manifest.job_id !== jobId) throw invalid(chosen.name, `folder ${jobId} holds run ${manifest.job_id}`);
    await checkGithubRecord(runDir, chosen.name, opts);
    await checkOutputHashes(runDir, manifest, chosen.name);
    const dest = join(opts.runsDir, jobId);
    await rm(dest, { recursive: true, force: true });
    await mkdir(opts.runsDir, { recursive: true });
    await cp(runDir, dest, { recursive: true, verbatimSymlinks: true });
    core.info(
      `Fetched run ${jobId} (${manifest.status}, ${manifest.completed_steps.length} steps completed) from artifact ${chosen.name} via the ${client.path} API`,
    );
    return { jobId, artifactName: chosen.name, attempt: chosen.attempt, manifest };
  } finally {
    await rm(target, { recursive: true, force: true });
  }
}
