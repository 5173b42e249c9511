/** The smaller commands: validate, plan, schema, golden, cache, trace. */
import { existsSync, mkdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LocalCacheStore } from '../../cache/local-store.js';
import { describeSkipped, readEventsSync } from '../../events/reader.js';
import { resolveRunId, runPaths } from '../../run/run-folder.js';
import { loadSpec } from '../../jobspec/load.js';
import { planJson, planMermaid, planText } from '../../planning/plan.js';
import { knownInstanceIds, knownItemCounts } from '../../engine/fan-out.js';
import { jobJsonSchema, type LoadedSpec } from '../../jobspec/schema.js';
import { cliInputValues, resolveInputs } from '../../jobspec/inputs.js';
import { formatSpecIssue, isOrchestratorError, SpecError, UsageError } from '../../util/errors.js';
import type { Io } from '../io.js';
import { parseDuration, parseSize } from '../parse.js';
import { foldRun } from './show.js';
import { formatBytes } from '../../report/format.js';
import { resultWidth } from '../terminal.js';
import { samplingWarnings } from '../../jobspec/sampling.js';

/** The spec with --input / --input-file applied; missing required inputs count only when some value is given. */
async function loadWithInputs(flags: InputFlags, opts?: Parameters<typeof loadSpec>[1]): Promise<LoadedSpec> {
  const given = (flags.input?.length ?? 0) + (flags.inputFile?.length ?? 0) > 0;
  return resolveInputs(await loadSpec(resolve(flags.spec), opts), cliInputValues(flags, resolve('.')), {
    face: 'cli',
    requireAll: given,
  });
}

interface InputFlags {
  spec: string;
  input?: string[];
  inputFile?: string[];
}

export async function validateCommand(
  flags: InputFlags & { json?: boolean; quiet?: boolean },
  io: Io,
): Promise<number> {
  let loaded;
  try {
    loaded = await loadWithInputs(flags, { providerFiles: true });
  } catch (e) {
    // --json answers on stdout either way; stderr still gets the usual located lines.
    if (flags.json && isOrchestratorError(e)) {
      const problems =
        e instanceof SpecError
          ? e.issues
          : [{ file: flags.spec, line: 0, col: 0, message: e.message, ...(e.hint ? { hint: e.hint } : {}) }];
      io.out(`${JSON.stringify({ valid: false, file: resolve(flags.spec), code: e.code, problems })}\n`);
    }
    throw e;
  }
  const steps = Object.keys(loaded.spec.steps).length;
  const needed = loaded.missingInputs ?? [];
  const warnings = samplingWarnings(loaded.spec);
  warnings.push(...(await import('../../jobspec/gemini-checks.js')).geminiNotes(loaded.spec));
  // Advice, not errors: hosted model names the price registry does not know (exit stays 0).
  const modelWarnings = (await (await import('../../providers/model-warnings.js')).unknownModelWarnings(loaded)).map(
    formatSpecIssue,
  );
  if (!flags.json && !flags.quiet) for (const w of modelWarnings) io.err(`${io.paintErr.yellow('warning')}: ${w}\n`);
  warnings.push(...(flags.json ? modelWarnings : []));
  if (flags.json)
    io.out(
      JSON.stringify({
        valid: true,
        file: loaded.file,
        name: loaded.spec.name,
        steps,
        spec_sha256: loaded.sha256,
        ...(needed.length ? { required_inputs: needed } : {}),
        ...(warnings.length ? { warnings } : {}),
      }) + '\n',
    );
  else {
    for (const w of warnings) io.err(`warning: ${w}\n`);
    io.out(
      `${io.paintOut.green('ok')}: ${flags.spec} is a valid job spec (${loaded.spec.name}, ${steps} ` +
        `step${steps === 1 ? '' : 's'})\n`,
    );
    if (needed.length) io.err(`note: a run needs ${needed.map((n) => `--input ${n}=...`).join(' ')}\n`);
  }
  return 0;
}

export interface PlanFlags extends InputFlags {
  format: string;
  json?: boolean;
  full?: boolean;
  shards?: number;
  fromRun?: string;
  runsDir?: string;
  cost?: boolean;
  cacheDir?: string;
  /** Overrides the spec's budget.usd: with --shards, what the shares are of. */
  budgetUsd?: number;
  /** With --cost: the steps `run --only` would run (and what they need). */
  only?: string[];
}

/** The runs and cache folders a run with these flags would use: its globs never read them. */
function engineDirsOf(flags: { runsDir?: string; cacheDir?: string }): string[] {
  return [flags.runsDir ?? 'runs', flags.cacheDir ?? '.orchestrator/cache'];
}

export async function planCommand(flags: PlanFlags, io: Io): Promise<number> {
  const format = flags.json ? 'json' : flags.format;
  if (!['text', 'mermaid', 'json', 'matrix'].includes(format))
    throw new UsageError('E_USAGE', `--format must be text, mermaid, json or matrix, got ${format}`);
  if (format === 'matrix' && flags.shards === undefined)
    throw new UsageError('E_USAGE', '--format matrix needs --shards N', {
      hint: 'e.g. orchestrator plan --spec job.yaml --shards 4 --format matrix',
    });
  if (flags.fromRun !== undefined && flags.shards === undefined)
    throw new UsageError('E_USAGE', '--from-run weighs shards: it needs --shards N');
  if (flags.cost && flags.shards !== undefined)
    throw new UsageError('E_USAGE', '--cost and --shards are two different plans: pass one of them');
  if (flags.only !== undefined && !flags.cost)
    throw new UsageError('E_USAGE', '--only prices what `run --only` would run: it needs --cost');
  const loaded = await loadWithInputs(flags);
  if (flags.cost) {
    // The cost plan (cache hits predicted from the local cache folder).
    if (format === 'mermaid') throw new UsageError('E_USAGE', '--cost prints text or JSON, not mermaid');
    const { planCost, costPlanText } = await import('../../engine/cost-plan.js');
    const cacheDir = flags.cacheDir ?? '.orchestrator/cache';
    const store = new LocalCacheStore(cacheDir);
    const plan = await planCost({
      loaded,
      cache: { get: (k) => store.peek(k) },
      cacheDir,
      env: io.env,
      engineDirs: engineDirsOf(flags),
      only: flags.only,
    });
    io.out(format === 'json' ? `${JSON.stringify(plan, null, 2)}\n` : costPlanText(plan, resultWidth(io.outColumns)));
    return 0;
  }
  if (flags.shards !== undefined) {
    if (format === 'mermaid') throw new UsageError('E_USAGE', '--shards prints text, json or matrix, not mermaid');
    const { shardPlan } = await import('../../planning/shard-plan.js');
    const { shardMatrix } = await import('../../planning/shards.js');
    const shards = await shardPlan(loaded, flags.shards, {
      fromRun: flags.fromRun,
      runsDir: flags.runsDir,
      instances: await knownInstanceIds(loaded, engineDirsOf(flags)),
    });
    const total = flags.budgetUsd ?? loaded.spec.budget?.usd;
    const budgets =
      total === undefined
        ? undefined
        : await (await import('../../engine/shard-budget.js')).shardBudgetShares(loaded, shards, total, io.env);
    const share = (i: number) => (budgets ? { budget_usd: budgets[i]! } : {});
    // One line: `echo "matrix=$(orchestrator plan ... --format matrix)" >> $GITHUB_OUTPUT` must work.
    if (format === 'matrix') io.out(`${JSON.stringify(shardMatrix(shards, budgets))}\n`);
    else if (format === 'json')
      io.out(
        JSON.stringify(
          {
            shards: shards.map((s, i) => ({
              shard: `${s.index}/${shards.length}`,
              steps: s.units,
              weight: s.weight,
              work: s.work,
              runs_too: s.runsToo,
              ...share(i),
            })),
          },
          null,
          2,
        ) + '\n',
      );
    else {
      if (budgets)
        io.out(
          `budget $${total} shared by planned cost (cold cache): ` +
            `${budgets.map((b, i) => `${i + 1}/${shards.length} $${b}`).join(', ')}\n`,
        );
      for (const s of shards) {
        const also = s.runsToo.length
          ? `; also needs ${s.runsToo.length} of other shards ` +
            `(${s.runsToo.slice(0, 5).join(', ')}${s.runsToo.length > 5 ? ', ...' : ''})`
          : '';
        io.out(
          `shard ${s.index}/${shards.length}: ${s.units.length} step${s.units.length === 1 ? '' : 's'}, ` +
            `weight ${Math.round(s.weight)} (work ${Math.round(s.work)})${also}\n`,
        );
      }
    }
    return 0;
  }
  if (format === 'matrix') throw new UsageError('E_USAGE', '--format matrix needs --shards N');
  const counts = await knownItemCounts(loaded, engineDirsOf(flags));
  if (format === 'json') io.out(`${JSON.stringify(planJson(loaded.spec, counts), null, 2)}\n`);
  else if (format === 'mermaid') io.out(`${planMermaid(loaded.spec, { full: flags.full === true }, counts)}\n`);
  else io.out(`${planText(loaded.spec, counts)}\n`);
  return 0;
}

export async function schemaCommand(io: Io): Promise<number> {
  io.out(`${JSON.stringify(jobJsonSchema(), null, 2)}\n`);
  return 0;
}

export interface GoldenFlags {
  spec: string;
  /** The golden folder; default: the spec's golden.dir. */
  golden?: string;
  update?: boolean;
  jobId?: string;
  runsDir: string;
  json?: boolean;
  force?: boolean;
}

/**
 * A golden set is what a complete, successful run produces: a failed run lacks outputs and an
 * `--only` run holds only some, and either would silently become the new truth.
 */
function refuseIncompleteRun(runsDir: string, id: string, force: boolean): void {
  if (force) return;
  const m = foldRun(runsDir, id);
  const unselected = Object.entries(m.steps)
    .filter(([, s]) => s.status === 'skipped' && s.reason === 'not_selected')
    .map(([sid]) => sid);
  const why =
    m.status !== 'succeeded'
      ? `run ${id} ${m.status === 'running' ? 'has not finished' : m.status}`
      : unselected.length
        ? `run ${id} is partial (--only): ${unselected.length} step${unselected.length === 1 ? '' : 's'} not ` +
          `run (${unselected.slice(0, 5).join(', ')}${unselected.length > 5 ? ', ...' : ''})`
        : undefined;
  if (why) {
    throw new UsageError('E_GOLDEN_RUN', `will not update the golden set from an incomplete run: ${why}`, {
      hint: 'update from a complete successful run (pass --job-id), or add --force to take it anyway',
    });
  }
}

/** Output paths the spec declares without a template, per step: who should have written a golden file. */
function declaredOutputs(spec: LoadedSpec['spec']): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [id, step] of Object.entries(spec.steps))
    out[id] = step.outputs.map((o) => o.path).filter((p) => !p.includes('{{'));
  return out;
}

export async function goldenCommand(flags: GoldenFlags, io: Io): Promise<number> {
  const { goldenVerdicts } = await import('../../golden/verdicts.js');
  const { goldenServices } = await import('../../golden/services.js');
  const { removeInside, writeInside } = await import('../../run/safe-path.js');
  const loaded = await loadSpec(resolve(flags.spec));
  const gspec = loaded.spec.golden;
  // --golden overrides the folder and keeps the spec's rules (docs/reference.md, "Golden checks").
  const label = flags.golden ?? gspec?.dir;
  if (label === undefined)
    throw new UsageError('E_USAGE', 'golden needs a folder: --golden DIR, or golden.dir in the spec', {
      hint: 'e.g. orchestrator golden --spec job.yaml --golden golden/',
    });
  const golden = flags.golden !== undefined ? resolve(flags.golden) : resolve(loaded.baseDir, label);
  const id = resolveRunId(flags.runsDir, flags.jobId, loaded.spec.name);
  const outputs = runPaths(flags.runsDir, id).outputs;
  if (flags.update) refuseIncompleteRun(flags.runsDir, id, !!flags.force);
  else if (!existsSync(golden))
    throw new UsageError('E_NO_GOLDEN', `no golden folder ${label}`, {
      hint: 'create it with --update from a run you trust',
    });
  const controller = new AbortController();
  const r = await goldenVerdicts({
    outputsDir: outputs,
    goldenDir: golden,
    rules: gspec?.files ?? [],
    manifest: foldRun(flags.runsDir, id),
    declaredOutputs: declaredOutputs(loaded.spec),
    baseDir: loaded.baseDir,
    services: goldenServices(loaded, io.env, controller.signal),
    signal: controller.signal,
  });
  const pathsOf = (verdict: string, kind?: string) =>
    r.files.filter((f) => f.verdict === verdict && (kind === undefined || f.kind === kind)).map((f) => f.path);
  // The 2.1 fields (byte comparison's view) beside the per-file verdicts.
  const legacy = {
    same: pathsOf('same'),
    changed: pathsOf('drift', 'changed'),
    missing: pathsOf('drift', 'missing'),
    extra: pathsOf('drift', 'extra'),
  };
  if (flags.update) {
    // Only drifted files are rewritten: never an equivalent, flaky or unmeasured one.
    mkdirSync(golden, { recursive: true });
    const root = realpathSync(golden);
    for (const path of legacy.missing) removeInside(root, path, 'the golden folder');
    for (const path of [...legacy.changed, ...legacy.extra])
      writeInside(root, path, readFileSync(join(outputs, path)), undefined, 'the golden folder');
    const n = legacy.changed.length + legacy.extra.length + legacy.missing.length;
    io.out(
      flags.json
        ? `${JSON.stringify({ updated: true, job_id: id, files: r.files, counts: r.counts, ...legacy })}\n`
        : `golden ${label} updated from run ${id}: ${legacy.changed.length} changed, ${legacy.extra.length} ` +
            `added, ${legacy.missing.length} removed${n === 0 ? ' (already up to date)' : ''}` +
            `${r.counts.equivalent ? `; ${r.counts.equivalent} equivalent kept` : ''}` +
            (r.counts.flaky + r.counts.unmeasured
              ? `; ${r.counts.flaky} flaky and ${r.counts.unmeasured} unmeasured left as they are`
              : '') +
            `\n`,
    );
    return 0;
  }
  // The run keeps what was found, and its report.html shows it (docs/reference.md, "The HTML report").
  await (
    await import('./golden-report.js')
  ).recordGoldenInRun(runPaths(flags.runsDir, id).dir, io.env, {
    golden: label,
    checked_at: new Date().toISOString(),
    drift: r.exitCode === 1,
    ...legacy,
    diff: r.diff,
    files: r.files,
  });
  if (flags.json) {
    io.out(
      JSON.stringify({
        job_id: id,
        golden: label,
        drift: r.exitCode === 1,
        counts: r.counts,
        files: r.files,
        ...legacy,
        diff: r.diff,
      }) + '\n',
    );
    return r.exitCode;
  }
  const c = r.counts;
  const notable = r.files.filter((f) => f.verdict !== 'same');
  const line = (f: (typeof r.files)[number]): string => {
    const score =
      f.score !== undefined
        ? ` (${f.compare}, score ${f.score.toFixed(3).replace(/\.?0+$/, '') || '0'})`
        : f.compare !== 'exact'
          ? ` (${f.compare})`
          : '';
    const paint =
      f.verdict === 'equivalent' ? io.paintErr.green : f.verdict === 'flaky' ? io.paintErr.yellow : io.paintErr.red;
    const why = f.kind ? ` ${f.kind}` : '';
    const detail = f.verdict === 'unmeasured' || f.reason ? `: ${f.reason ?? f.message ?? ''}` : '';
    return `  ${paint(f.verdict)} ${f.path}${why}${score}${detail}\n`;
  };
  if (r.exitCode === 0 && c.equivalent + c.flaky === 0) {
    io.out(`${io.paintOut.green('same')}: run ${id} matches ${label} (${c.same} files)\n`);
    return 0;
  }
  if (r.diff) io.out(r.diff);
  const tally =
    `${c.same} same, ${c.equivalent} equivalent, ${c.drift} drift, ${c.flaky} flaky, ${c.unmeasured} ` + `unmeasured`;
  if (r.exitCode === 0) {
    io.out(`${io.paintOut.green('equivalent')}: run ${id} matches ${label} (${tally})\n`);
    for (const f of notable) io.err(line(f));
    return 0;
  }
  const head = c.drift
    ? `${io.paintErr.red('drift')}: run ${id} differs from ${label}: ${legacy.changed.length} changed, ` +
      `${legacy.missing.length} missing, ${legacy.extra.length} extra`
    : `${io.paintErr.red('unmeasured')}: run ${id} did not measure every file of ${label}`;
  io.err(`${head} (${tally})\n`);
  for (const f of notable) io.err(line(f));
  if (c.drift)
    io.err(
      `${io.paintErr.dim(
        `hint: if the change is intended, run \`orchestrator golden --spec ` +
          `${flags.spec}${flags.golden ? ` --golden ${flags.golden}` : ''} --update\``,
      )}` + `\n`,
    );
  if (c.unmeasured)
    io.err(
      `${io.paintErr.dim(
        'hint: an unmeasured file never passes: its step failed or was skipped, or its comparator could ' +
          'not reach its provider',
      )}` + `\n`,
    );
  return 1;
}

export async function cacheCommand(
  action: string,
  flags: { cacheDir: string; maxAge?: string; maxSize?: string; json?: boolean; run?: string; runsDir: string },
  io: Io,
  dir?: string,
): Promise<number> {
  if (action === 'export') {
    if (!flags.run || !dir)
      throw new UsageError('E_USAGE', 'cache export needs --run JOB_ID and a destination folder', {
        hint: 'e.g. orchestrator cache export --run JOB_ID delta/',
      });
    const { exportRunCache } = await import('../../cache/export.js');
    const id = resolveRunId(flags.runsDir, flags.run);
    // A destination that is a file (or below one) is a usage mistake (exit 2), not an I/O fault.
    const destKind = pathKind(resolve(dir));
    if (destKind !== 'folder' && destKind !== 'missing')
      throw new UsageError('E_USAGE', `cache export writes a folder, and ${dir} is ${destKind}`, {
        hint: 'name a new or existing folder, e.g. delta/',
      });
    const r = await exportRunCache(flags.runsDir, id, flags.cacheDir, dir);
    io.out(
      flags.json
        ? `${JSON.stringify({ job_id: id, dir, keys: r.keys, copied: r.copied })}\n`
        : `exported ${r.copied} ${r.copied === 1 ? 'entry' : 'entries'} of run ${id} to ` +
            `${dir}` +
            `${r.copied < r.keys ? ` (${r.keys - r.copied} of its keys have no entry in ${flags.cacheDir})` : ''}` +
            `\n`,
    );
    return 0;
  }
  if (dir !== undefined)
    throw new UsageError('E_USAGE', `cache ${action} takes no folder argument`, {
      hint: 'only `cache export --run JOB_ID DIR` does',
    });
  const store = new LocalCacheStore(flags.cacheDir);
  if (action === 'stats') {
    const s = store.stats();
    io.out(
      flags.json
        ? `${JSON.stringify(s)}\n`
        : `${s.dir}: ${s.entries} ${s.entries === 1 ? 'entry' : 'entries'}, ${formatBytes(s.bytes)}` +
            `${s.oldest ? `, oldest ${s.oldest}, newest ${s.newest}` : ''}\n`,
    );
    return 0;
  }
  if (action === 'prune') {
    if (!flags.maxAge && !flags.maxSize)
      throw new UsageError('E_USAGE', 'cache prune needs --max-age or --max-size', {
        hint: 'e.g. orchestrator cache prune --max-age 7d --max-size 500MB',
      });
    const r = store.prune({
      maxAgeMs: flags.maxAge ? parseDuration(flags.maxAge) : undefined,
      maxSizeBytes: flags.maxSize ? parseSize(flags.maxSize) : undefined,
    });
    // snake_case like every other --json output (the store's own fields are camelCase).
    io.out(
      flags.json
        ? JSON.stringify({ removed: r.removed, freed_bytes: r.freedBytes, kept: r.kept, kept_bytes: r.keptBytes }) +
            '\n'
        : `removed ${r.removed} ${r.removed === 1 ? 'entry' : 'entries'} (${formatBytes(r.freedBytes)}); ` +
            `${r.kept} left (${formatBytes(r.keptBytes)})\n`,
    );
    return 0;
  }
  throw new UsageError('E_USAGE', `unknown cache action ${action}`, {
    hint: 'use `orchestrator cache stats`, `cache prune` or `cache export`',
  });
}

export async function traceCommand(
  jobId: string | undefined,
  flags: { runsDir: string; out?: string; quiet?: boolean },
  io: Io,
): Promise<number> {
  const { eventsToOtlp, exportOtlpHttp, otlpTracesEndpoint } = await import('../../tracing/otlp.js');
  const id = resolveRunId(flags.runsDir, jobId);
  const file = runPaths(flags.runsDir, id).events;
  const { events, skipped } = readEventsSync(file);
  for (const w of describeSkipped(file, skipped)) io.err(`warning: ${w}\n`);
  const body = eventsToOtlp(events);
  const text = `${JSON.stringify(body)}\n`;
  if (flags.out) {
    writeFileSync(flags.out, text);
    if (!flags.quiet) io.err(`wrote ${flags.out}\n`);
  } else if (!otlpTracesEndpoint(io.env)) io.out(text);
  const endpoint = otlpTracesEndpoint(io.env);
  if (endpoint) {
    await exportOtlpHttp(body, endpoint, {}, { env: io.env });
    if (!flags.quiet) io.err(`exported ${id} to ${endpoint}\n`);
  }
  return 0;
}

/** What stands at a path (or its nearest existing parent, when that is not a folder). */
function pathKind(abs: string): 'folder' | 'missing' | 'a file' | 'below a file' {
  try {
    return statSync(abs).isDirectory() ? 'folder' : 'a file';
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOTDIR') return 'below a file';
    return 'missing';
  }
}
