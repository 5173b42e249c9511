/**
 * `orchestrator pull`: a CI run's folder onto the laptop. Downloads the run artifact the action
 * uploaded, with the checks re-run resume makes (src/run/run-archive.ts), and unpacks it into the
 * runs folder, where show, tail, trace, golden and run --resume read it (docs/reference.md).
 */
import { cp, mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { choosePullArtifact } from '../../run/artifact-name.js';
import { DEFAULT_ARTIFACT_LIMITS, downloadBounded, tooLarge, type ArtifactLimits } from '../../run/bounded-download.js';
import { LOCK_FILE } from '../../run/lock.js';
import { openRunArchive } from '../../run/run-archive.js';
import { checkJobId } from '../../run/run-folder.js';
import { OrchestratorError, UsageError, isOrchestratorError } from '../../util/errors.js';
import { GithubArtifacts, findToken, parseRunUrl } from '../github-artifacts.js';
import type { Io } from '../io.js';

export interface PullFlags {
  repo?: string;
  runId?: string;
  attempt?: number;
  job?: string;
  instance?: string;
  force?: boolean;
  runsDir: string;
  json?: boolean;
  quiet?: boolean;
  /** Tests shrink the bounds; the CLI always uses the defaults. */
  limits?: ArtifactLimits;
}

interface Target {
  repo: string;
  runId: string;
  attempt?: number;
}

function target(url: string | undefined, flags: PullFlags): Target {
  if (url !== undefined && (flags.repo !== undefined || flags.runId !== undefined))
    throw new UsageError('E_USAGE', 'pass a run URL or --repo and --run-id, not both');
  if (url !== undefined) {
    const t = parseRunUrl(url);
    if (flags.attempt !== undefined && t.attempt !== undefined && flags.attempt !== t.attempt)
      throw new UsageError('E_USAGE', `the URL names attempt ${t.attempt} and --attempt says ${flags.attempt}`);
    return { ...t, ...(flags.attempt !== undefined ? { attempt: flags.attempt } : {}) };
  }
  if (flags.repo === undefined || flags.runId === undefined)
    throw new UsageError('E_USAGE', 'pull needs a run URL, or --repo OWNER/REPO and --run-id ID', {
      hint: 'e.g. orchestrator pull https://github.com/OWNER/REPO/actions/runs/123456789',
    });
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(flags.repo))
    throw new UsageError('E_USAGE', `--repo needs OWNER/REPO, got ${JSON.stringify(flags.repo)}`);
  if (!/^\d+$/.test(flags.runId))
    throw new UsageError('E_USAGE', `--run-id needs the run's number, got ${JSON.stringify(flags.runId)}`);
  return { repo: flags.repo, runId: flags.runId, ...(flags.attempt !== undefined ? { attempt: flags.attempt } : {}) };
}

/** The bound errors say what a pull does, not what the action's resume does next. */
function asPullError(e: unknown): unknown {
  if (isOrchestratorError(e) && e.code === 'E_ARTIFACT_TOO_LARGE')
    return new OrchestratorError(e.code, e.message, {
      hint: 'a run folder is megabytes; this artifact is not one the action uploaded',
    });
  return e;
}

export async function pullCommand(url: string | undefined, flags: PullFlags, io: Io): Promise<number> {
  const t = target(url, flags);
  const limits = flags.limits ?? DEFAULT_ARTIFACT_LIMITS;
  const token = await findToken(io.env);
  if (!token)
    throw new OrchestratorError(
      'E_GITHUB_TOKEN',
      'no GitHub token: GH_TOKEN and GITHUB_TOKEN are not set and `gh auth token` gave none',
      {
        hint: 'export GH_TOKEN=<a token with actions: read on the repository>, or run `gh auth login`',
      },
    );
  const api = new GithubArtifacts(io.env.GITHUB_API_URL || 'https://api.github.com', t.repo, token);
  const all = await api.list(t.runId);
  const choice = choosePullArtifact(all, { job: flags.job, instance: flags.instance, attempt: t.attempt });
  const of = [
    flags.job && `of job ${flags.job}`,
    flags.instance && `instance ${flags.instance}`,
    t.attempt && `attempt ${t.attempt}`,
  ]
    .filter(Boolean)
    .join(', ');
  if (choice.kind === 'none')
    throw new OrchestratorError(
      'E_GITHUB_NOT_FOUND',
      `run ${t.runId} in ${t.repo} has no run artifact${of ? ` (${of})` : ''}`,
      {
        hint:
          all.length > 0
            ? `its artifacts: ${all
                .map((a) => a.name)
                .slice(0, 10)
                .join(', ')}`
            : 'the action uploads the run folder on failure (input upload-run-folder: always keeps it on ' +
              'success too); artifacts expire after their retention',
      },
    );
  if (choice.kind === 'several')
    throw new UsageError(
      'E_USAGE',
      `run ${t.runId} has several run ` +
        `artifacts${of ? ` (${of})` : ''}:\n${choice.artifacts.map((a) => `  ${a.name}`).join('\n')}`,
      {
        hint: 'choose one with --job NAME (the spec job name) and, for a matrix leg, --instance I',
      },
    );
  const chosen = choice.artifact;
  if (chosen.expired)
    throw new OrchestratorError('E_GITHUB_NOT_FOUND', `artifact ${chosen.name} has expired`, {
      hint: 'artifacts are kept for their retention days',
    });
  if (chosen.size_in_bytes > limits.maxZipBytes)
    throw asPullError(
      tooLarge(
        `artifact ${chosen.name}`,
        limits.maxZipBytes,
        `GitHub lists ${chosen.size_in_bytes} bytes; not downloaded`,
      ),
    );

  const work = await mkdtemp(join(tmpdir(), 'orchestrator-pull-'));
  try {
    const zipFile = join(work, 'artifact.zip');
    const opened = await (async () => {
      const source = await api.zipSource(chosen);
      // The blob URL gets a plain GET: no token (it is signed); a direct answer is read as it came.
      await downloadBounded(
        source.url,
        zipFile,
        limits.maxZipBytes,
        source.response ? async () => source.response! : fetch,
      );
      return openRunArchive(zipFile, join(work, 'x'), limits, chosen.name, {
        repository: t.repo,
        run_id: t.runId,
        ...(flags.job !== undefined ? { jobName: flags.job, job_name: flags.job } : {}),
        ...(flags.instance !== undefined ? { instance: flags.instance } : {}),
      });
    })().catch((e: unknown) => {
      throw asPullError(e);
    });
    const jobId = checkJobId(opened.jobId);
    const runsDir = resolve(flags.runsDir);
    const dest = join(runsDir, jobId);
    const exists = await stat(dest).then(
      () => true,
      () => false,
    );
    if (exists && !flags.force)
      throw new OrchestratorError('E_RUN_EXISTS', `${dest} already exists: not replaced`, {
        hint: 'pass --force to replace it with the pulled run',
      });
    await rm(dest, { recursive: true, force: true });
    await mkdir(runsDir, { recursive: true });
    await cp(opened.runDir, dest, { recursive: true, verbatimSymlinks: true });
    // A lock left by a runner that was killed names a host that will never release it.
    await rm(join(dest, LOCK_FILE), { force: true });
    const m = opened.manifest;
    if (flags.json) {
      io.out(
        JSON.stringify({
          job_id: jobId,
          job_name: m.job_name,
          status: m.status,
          artifact: chosen.name,
          attempt: chosen.attempt,
          repository: t.repo,
          run_id: t.runId,
          path: dest,
        }) + '\n',
      );
    } else {
      io.out(
        `pulled ${jobId} (${m.job_name}, ${m.status}) from ${chosen.name} of run ${t.runId} in ${t.repo} ` +
          `into ${dest}\n`,
      );
      if (!flags.quiet) io.err(`next: orchestrator show ${jobId} --runs-dir ${flags.runsDir}\n`);
    }
    return 0;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
