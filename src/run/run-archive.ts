/**
 * A run folder that arrives as a zip (a workflow run artifact): the checks every consumer makes
 * before a byte of it is used. The action's re-run resume and the CLI's `pull` share them, so a
 * folder one refuses the other refuses too (docs/reference.md, "orchestrator pull").
 */
import { lstat, readFile, readdir, readlink, realpath, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { viewEvents } from '../events/decode.js';
import { readEventsSync } from '../events/reader.js';
import { OrchestratorError, errorMessage } from '../util/errors.js';
import { sha256 } from '../util/hash.js';
import { extractBounded, type ArtifactLimits } from './bounded-download.js';
import type { Manifest } from './manifest-types.js';
import { readManifest, RUN_FILES } from './run-folder.js';

function inside(root: string, p: string): boolean {
  const rel = relative(root, p);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * Refuses an extracted tree where any path leaves `root` (zip-slip) or a symlink points out of
 * it. @actions/artifact extracts for us on one path; this checks what it left on disk.
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

/**
 * Who uploaded a run folder, written as `github.json` beside the manifest before every upload.
 * A consumer refuses a folder whose record is missing or names another repository, run, job or
 * instance: an artifact name alone is not proof (any job of the run can upload under any free name).
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

export const GITHUB_RECORD_FILE = RUN_FILES.github;

export async function writeGithubRecord(runDir: string, record: Omit<GithubRecord, 'schema'>): Promise<void> {
  await writeFile(
    join(runDir, GITHUB_RECORD_FILE),
    `${JSON.stringify({ schema: 'orchestrator.github/v1', ...record }, null, 2)}\n`,
  );
}

export function invalidArtifact(name: string, why: string): OrchestratorError {
  return new OrchestratorError('E_ARTIFACT_INVALID', `artifact ${name}: ${why}`);
}

/** The fields of `github.json` that must hold these values; the others are not checked. */
export type ExpectedUploader = Partial<
  Pick<GithubRecord, 'repository' | 'run_id' | 'github_job' | 'instance' | 'job_name'>
>;

export async function checkGithubRecord(runDir: string, name: string, want: ExpectedUploader): Promise<GithubRecord> {
  let rec: Partial<GithubRecord>;
  try {
    rec = JSON.parse(await readFile(join(runDir, GITHUB_RECORD_FILE), 'utf8')) as Partial<GithubRecord>;
  } catch {
    throw invalidArtifact(name, `no readable ${GITHUB_RECORD_FILE}: not a run folder the action uploaded`);
  }
  for (const [k, v] of Object.entries(want) as Array<[keyof GithubRecord, unknown]>) {
    if (v !== undefined && rec[k] !== v)
      throw invalidArtifact(name, `uploaded by ${k} ${JSON.stringify(rec[k])}, not ${JSON.stringify(v)}`);
  }
  return rec as GithubRecord;
}

/**
 * Every output the run recorded (manifest entries and file.written events, which resume folds)
 * must be a regular file with its recorded hash: an edited output cannot reach the next prompts.
 */
export async function checkOutputHashes(runDir: string, manifest: Manifest, name: string): Promise<void> {
  const expected = new Map<string, string>();
  for (const e of viewEvents(readEventsSync(join(runDir, 'events.jsonl')).events, ['file.written'])) {
    if (e.data.path !== undefined && e.data.sha256 !== undefined) expected.set(e.data.path, e.data.sha256);
  }
  for (const st of Object.values(manifest.steps)) {
    if (st.status !== 'succeeded') continue;
    for (const o of st.outputs ?? []) {
      const seen = expected.get(o.path);
      if (seen !== undefined && seen !== o.sha256)
        throw invalidArtifact(name, `output ${o.path}: manifest and events disagree on its hash`);
      expected.set(o.path, o.sha256);
    }
  }
  const outputs = join(runDir, 'outputs');
  for (const [path, sha] of expected) {
    const abs = resolve(outputs, path);
    if (!inside(outputs, abs)) throw invalidArtifact(name, `output path leaves outputs/: ${path}`);
    let st;
    try {
      st = await lstat(abs);
    } catch {
      continue; // missing: resume runs that step again
    }
    if (!st.isFile()) throw invalidArtifact(name, `output ${path} is not a regular file`);
    if (sha256(await readFile(abs)) !== sha)
      throw invalidArtifact(name, `output ${path} does not match its recorded sha256`);
  }
}

export interface OpenedRunArchive {
  jobId: string;
  /** The checked run folder, inside the extraction folder. */
  runDir: string;
  manifest: Manifest;
  record: GithubRecord;
}

/**
 * Extracts `zipFile` into `root` within `limits` and checks it: paths, one run folder, its
 * manifest, the job it ran, the uploader, the outputs' hashes.
 */
export async function openRunArchive(
  zipFile: string,
  root: string,
  limits: ArtifactLimits,
  name: string,
  want: ExpectedUploader & { jobName?: string },
): Promise<OpenedRunArchive> {
  await extractBounded(zipFile, root, limits);
  await verifyExtractedTree(root);
  const tops = (await readdir(root, { withFileTypes: true })).filter((d) => d.isDirectory());
  if (tops.length !== 1) throw invalidArtifact(name, `should hold one run folder; found ${tops.length}`);
  const jobId = tops[0]!.name;
  const runDir = join(root, jobId);
  let manifest: Manifest;
  try {
    manifest = await readManifest(runDir);
  } catch (e) {
    throw invalidArtifact(name, errorMessage(e));
  }
  if (want.jobName !== undefined && manifest.job_name !== want.jobName)
    throw invalidArtifact(name, `is a run of job "${manifest.job_name}", not "${want.jobName}"`);
  if (manifest.job_id !== jobId) throw invalidArtifact(name, `folder ${jobId} holds run ${manifest.job_id}`);
  const { jobName: _jobName, ...uploader } = want;
  const record = await checkGithubRecord(runDir, name, uploader);
  await checkOutputHashes(runDir, manifest, name);
  return { jobId, runDir, manifest, record };
}
