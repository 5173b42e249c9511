/** `orchestrator run`: runs a job (or resumes one) and exits 0 / 1 / 2 / 130. */
import { credentialsLine } from '../../report/credentials.js';
import { resolve } from 'node:path';
import { LocalCacheStore } from '../../cache/local-store.js';
import { readSpendRecords } from '../../cache/spend-records.js';
import { legsSpendLine } from '../../report/budget-lines.js';
import { runJob } from '../../engine/run.js';
import { withheldVariableNames } from '../../engine/command-env.js';
import { OIDC_TOKEN_FILE_VARIABLE } from '../../providers/auth/oidc.js';
import {
  exposureAllowedByEnv,
  keyExposureError,
  keyExposureWarning,
  keyVariablesPresent,
  runsCommands,
} from '../../engine/key-exposure.js';
import { dryRun, type DryRunStep } from '../../engine/dry-run.js';
import { latestRunId } from '../../run/run-folder.js';
import { loadSpec } from '../../jobspec/load.js';
import { cliInputValues, resolveInputs } from '../../jobspec/inputs.js';
import { namedSecrets } from '../../providers/secrets.js';
import { UsageError } from '../../util/errors.js';
import { Redactor } from '../../util/redact.js';
import { createProgress } from '../progress.js';
import { resultWidth } from '../terminal.js';
import type { Io } from '../io.js';
import { renderRunSummary } from './show.js';
import { stopNotes } from '../stop-notes.js';

export interface RunFlags {
  spec: string;
  resume?: string | boolean;
  jobId?: string;
  runsDir: string;
  cacheDir: string;
  cache: boolean;
  concurrency?: number;
  only?: string[];
  /** `K/N`: run shard K of the plan `plan --shards N` prints. */
  shard?: string;
  fromRun?: string;
  dryRun?: boolean;
  /** Overrides the spec's budget.usd. */
  budgetUsd?: number;
  /** Replaces defaults.samples for this run (a step's own samples: still wins). */
  samples?: number;
  json?: boolean;
  quiet?: boolean;
  input?: string[];
  inputFile?: string[];
  /** `none`: run without credentials (docs/reference.md, "Runs without credentials"). */
  credentials?: string;
  failOnUnmeasured?: boolean;
  /** Run with keys although commands could read them (Node without process.execve). */
  allowKeyExposure?: boolean;
  /** A file holding a GitHub OIDC token, for keyless providers outside Actions (docs/reference.md, Keyless (OIDC)). */
  oidcTokenFile?: string;
}

function contextSummary(c: NonNullable<DryRunStep['context']>): string {
  const count = (status: string) => c.selection.filter((f) => f.status === status).length;
  return (
    `${c.tokens} of ${c.max_tokens} tokens; ${count('included')} files included, ${count('truncated')} cut, ` +
    `${count('dropped')} left out, ${count('skipped')} skipped`
  );
}

export async function runCommand(flags: RunFlags, io: Io): Promise<number> {
  // --input / --input-file: a missing required input or an unknown name exits 2.
  const loaded = resolveInputs(await loadSpec(resolve(flags.spec)), cliInputValues(flags, resolve('.')), {
    face: 'cli',
  });
  if (flags.samples !== undefined) loaded.spec.defaults.samples = flags.samples;
  let only = flags.only;
  let shareUsd: number | undefined;
  if (flags.shard !== undefined) {
    if (only?.length) throw new UsageError('E_USAGE', '--shard and --only both pick steps: pass one of them');
    const { parseShardSpec } = await import('../../planning/shards.js');
    const { shardPlan } = await import('../../planning/shard-plan.js');
    const { knownInstanceIds } = await import('../../engine/fan-out.js');
    const { index, total } = parseShardSpec(flags.shard);
    const shards = await shardPlan(loaded, total, {
      fromRun: flags.fromRun,
      runsDir: flags.runsDir,
      instances: await knownInstanceIds(loaded, [flags.runsDir, flags.cacheDir]),
    });
    const mine = shards[index - 1]!;
    if (mine.units.length === 0) {
      // More shards than steps: this leg has nothing to do, which is not a failure.
      io.out(
        `shard ${flags.shard} has no steps (the job has ${Object.keys(loaded.spec.steps).length}); nothing to run\n`,
      );
      return 0;
    }
    only = mine.units;
    const whole = flags.budgetUsd ?? loaded.spec.budget?.usd;
    if (whole !== undefined) {
      // The leg enforces its share of the whole budget: the figure `plan --shards` prints for it.
      const { shardBudgetShares } = await import('../../engine/shard-budget.js');
      shareUsd = (await shardBudgetShares(loaded, shards, whole, io.env))[index - 1]!;
      io.err(`shard ${flags.shard}: budget $${shareUsd} of the job's $${whole}\n`);
    }
  } else if (flags.fromRun !== undefined) {
    throw new UsageError('E_USAGE', '--from-run weighs shards: it goes with --shard K/N');
  }
  if (flags.dryRun) {
    const prompts = await dryRun(loaded, only);
    // What a real run would redact in logs/ (keys in inputs or context files) is redacted here too.
    const redactor = new Redactor(namedSecrets(loaded.spec, io.env));
    let text = '';
    if (flags.json) text = `${JSON.stringify(prompts, null, 2)}\n`;
    else
      for (const p of prompts) {
        text += `=== ${p.step_id} ${p.kind === 'command' ? '(command)' : `(${p.provider})`} ===\n`;
        if (p.context) text += `[context: ${contextSummary(p.context)}]\n`;
        if (p.system) text += `[system]\n${p.system}\n\n[prompt]\n`;
        text += `${p.kind === 'command' ? `$ ${p.run}` : p.prompt}\n\n`;
      }
    io.out(redactor.apply(text));
    return 0;
  }
  // Before any step runs, keys leave the exec'd environment (/proc/PID/environ) of this process;
  // where that is impossible, a job with commands does not run with keys unless told to.
  if (io.reexecWithout && !io.reexecWithout(withheldVariableNames(loaded.spec))) {
    const present = keyVariablesPresent(loaded.spec, io.env);
    if (present.length > 0 && runsCommands(loaded.spec)) {
      if (!flags.allowKeyExposure && !exposureAllowedByEnv(io.env))
        throw keyExposureError(present, io.nodeVersion ?? process.versions.node, process.platform);
      // A security warning is never hidden by --quiet.
      io.err(keyExposureWarning(present));
    }
  }
  let jobId = flags.jobId;
  const resume = flags.resume !== undefined && flags.resume !== false;
  if (resume) {
    if (typeof flags.resume === 'string') jobId = flags.resume;
    jobId ??= latestRunId(flags.runsDir, loaded.spec.name);
    if (!jobId)
      throw new UsageError('E_NO_RUN', `no run of job ${loaded.spec.name} in ${flags.runsDir} to resume`, {
        hint: 'run it without --resume first',
      });
  }
  const progress = createProgress({ quiet: !!flags.quiet, stream: io.stderr });
  const controller = new AbortController();
  const stopSignals = io.onInterrupt((signal) => controller.abort(signal));
  let code: number | undefined;
  try {
    const result = await runJob({
      loaded,
      runsDir: flags.runsDir,
      jobId,
      resume,
      cache: flags.cache ? new LocalCacheStore(flags.cacheDir) : null,
      concurrency: flags.concurrency,
      only,
      signal: controller.signal,
      onEvent: (e) => progress.onEvent(e),
      env: flags.oidcTokenFile ? { ...io.env, [OIDC_TOKEN_FILE_VARIABLE]: resolve(flags.oidcTokenFile) } : io.env,
      ...(shareUsd !== undefined
        ? { budget: { usd: shareUsd, strict: true } }
        : flags.budgetUsd !== undefined
          ? { budget: { usd: flags.budgetUsd } }
          : {}),
      ...(flags.credentials === 'none' ? { withoutCredentials: true } : {}),
      ...(flags.failOnUnmeasured ? { failOnUnmeasured: true } : {}),
    });
    progress.stop();
    // The summary is the run's result: stdout, whatever --quiet says (it silences progress only),
    // so `run ... 2>/dev/null` and `run -q` still tell what happened and where it is.
    code =
      result.status === 'succeeded'
        ? 0
        : result.status === 'cancelled'
          ? 130
          : result.status === 'interrupted'
            ? 75
            : 1;
    if (flags.json) io.out(`${JSON.stringify(result.manifest, null, 2)}\n`);
    else {
      const notes = stopNotes(result.manifest, flags, loaded.spec, io.env);
      const skipped = credentialsLine(result.manifest);
      io.out(
        `${renderRunSummary(result.manifest, io.paintOut, undefined, resultWidth(io.outColumns))}\n` +
          `${skipped ? `${skipped}\n` : ''}run folder: ${result.runDir}\n${notes.map((l) => `${l}\n`).join('')}`,
      );
    }
    // A finish run over merged shard deltas: what the legs spent, against the whole budget.
    if (flags.cache && flags.shard === undefined) {
      const legs = legsSpendLine(
        readSpendRecords(flags.cacheDir),
        flags.budgetUsd ?? loaded.spec.budget?.usd,
        result.jobId,
      );
      if (legs) io.out(`${legs}\n`);
    }
    if (result.status === 'interrupted') {
      // Work is still pending at a provider (a batch past batch_wait_s): not a failure, not Ctrl-C.
      io.err(
        `batch results still pending at the provider; collect them later (no call is submitted again):\n  ` +
          `orchestrator run --spec ${flags.spec} --runs-dir ${flags.runsDir} --resume ${result.jobId}\n`,
      );
      code = 75;
    }
    return code;
  } finally {
    progress.stop();
    stopSignals(code);
  }
}
