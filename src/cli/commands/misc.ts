/** The smaller commands: validate, plan, schema, golden, cache, trace. */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LocalCacheStore } from '../../cache/local-store.js';
import { describeSkipped, readEventsSync } from '../../events/reader.js';
import { resolveRunId, runPaths } from '../../run/run-folder.js';
import { loadSpec } from '../../jobspec/load.js';
import { planJson, planMermaid, planText } from '../../planning/plan.js';
import { knownInstanceIds, knownItemCounts } from '../../engine/fan-out.js';
import { jobJsonSchema, type LoadedSpec } from '../../jobspec/schema.js';
import { cliInputValues, resolveInputs } from '../../jobspec/inputs.js';
import { isOrchestratorError, SpecError, UsageError } from '../../util/errors.js';
import type { Io } from '../io.js';
import { parseDuration, parseSize } from '../parse.js';
import { foldRun } from './show.js';
import { formatBytes } from '../../report/format.js';

/** The spec with --input / --input-file applied; missing required inputs count only when some value is given. */
async function loadWithInputs(flags: InputFlags, opts?: Parameters<typeof loadSpec>[1]): Promise<LoadedSpec> {
  const given = (flags.input?.length ?? 0) + (flags.inputFile?.length ?? 0) > 0;
  return resolveInputs(await loadSpec(resolve(flags.spec), opts), cliInputValues(flags, resolve('.')), { face: 'cli', requireAll: given });
}

interface InputFlags {
  spec: string;
  input?: string[];
  inputFile?: string[];
}

export async function validateCommand(flags: InputFlags & { json?: boolean }, io: Io): Promise<number> {
  let loaded;
  try {
    loaded = await loadWithInputs(flags, { providerFiles: true });
  } catch (e) {
    // --json answers on stdout either way; stderr still gets the usual located lines.
    if (flags.json && isOrchestratorError(e)) {
      const problems = e instanceof SpecError ? e.issues : [{ file: flags.spec, line: 0, col: 0, message: e.message, ...(e.hint ? { hint: e.hint } : {}) }];
      io.out(`${JSON.stringify({ valid: false, file: resolve(flags.spec), code: e.code, problems })}\n`);
    }
    throw e;
  }
  const steps = Object.keys(loaded.spec.steps).length;
  const needed = loaded.missingInputs ?? [];
  if (flags.json)
    io.out(
      `${JSON.stringify({ valid: true, file: loaded.file, name: loaded.spec.name, steps, spec_sha256: loaded.sha256, ...(needed.length ? { required_inputs: needed } : {}) })}\n`,
    );
  else {
    io.out(`${io.paintOut.green('ok')}: ${flags.spec} is a valid job spec (${loaded.spec.name}, ${steps} step${steps === 1 ? '' : 's'})\n`);
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
}

export async function planCommand(flags: PlanFlags, io: Io): Promise<number> {
  const format = flags.json ? 'json' : flags.format;
  if (!['text', 'mermaid', 'json', 'matrix'].includes(format)) throw new UsageError('E_USAGE', `--format must be text, mermaid, json or matrix, got ${format}`);
  if (format === 'matrix' && flags.shards === undefined)
    throw new UsageError('E_USAGE', '--format matrix needs --shards N', { hint: 'e.g. orchestrator plan --spec job.yaml --shards 4 --format matrix' });
  if (flags.fromRun !== undefined && flags.shards === undefined) throw new UsageError('E_USAGE', '--from-run weighs shards: it needs --shards N');
  if (flags.cost && flags.shards !== undefined) throw new UsageError('E_USAGE', '--cost and --shards are two different plans: pass one of them');
  const loaded = await loadWithInputs(flags);
  if (flags.cost) {
    // The cost plan (cache hits predicted from the local cache folder).
    if (format === 'mermaid') throw new UsageError('E_USAGE', '--cost prints text or JSON, not mermaid');
    const { planCost, costPlanText } = await import('../../engine/cost-plan.js');
    const cacheDir = flags.cacheDir ?? '.orchestrator/cache';
    const store = new LocalCacheStore(cacheDir);
    const plan = await planCost({ loaded, cache: { get: (k) => store.peek(k) }, cacheDir, env: io.env });
    io.out(format === 'json' ? `${JSON.stringify(plan, null, 2)}\n` : costPlanText(plan));
    return 0;
  }
  if (flags.shards !== undefined) {
    if (format === 'mermaid') throw new UsageError('E_USAGE', '--shards prints text, json or matrix, not mermaid');
    const { shardPlan } = await import('../../planning/shard-plan.js');
    const { shardMatrix } = await import('../../planning/shards.js');
    const shards = await shardPlan(loaded, flags.shards, { fromRun: flags.fromRun, runsDir: flags.runsDir, instances: await knownInstanceIds(loaded) });
    // One line: `echo "matrix=$(orchestrator plan ... --format matrix)" >> $GITHUB_OUTPUT` must work.
    if (format === 'matrix') io.out(`${JSON.stringify(shardMatrix(shards))}\n`);
    else if (format === 'json')
      io.out(
        `${JSON.stringify({ shards: shards.map((s) => ({ shard: `${s.index}/${shards.length}`, steps: s.units, weight: s.weight, work: s.work, runs_too: s.runsToo })) }, null, 2)}\n`,
      );
    else {
      for (const s of shards) {
        const also = s.runsToo.length
          ? `; also needs ${s.runsToo.length} of other shards (${s.runsToo.slice(0, 5).join(', ')}${s.runsToo.length > 5 ? ', ...' : ''})`
          : '';
        io.out(
          `shard ${s.index}/${shards.length}: ${s.units.length} step${s.units.length === 1 ? '' : 's'}, weight ${Math.round(s.weight)} (work ${Math.round(s.work)})${also}\n`,
        );
      }
    }
    return 0;
  }
  if (format === 'matrix') throw new UsageError('E_USAGE', '--format matrix needs --shards N');
  const counts = await knownItemCounts(loaded);
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
  golden: string;
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
        ? `run ${id} is partial (--only): ${unselected.length} step${unselected.length === 1 ? '' : 's'} not run (${unselected.slice(0, 5).join(', ')}${unselected.length > 5 ? ', ...' : ''})`
        : undefined;
  if (why) {
    throw new UsageError('E_GOLDEN_RUN', `will not update the golden set from an incomplete run: ${why}`, {
      hint: 'update from a complete successful run (pass --job-id), or add --force to take it anyway',
    });
  }
}

export async function goldenCommand(flags: GoldenFlags, io: Io): Promise<number> {
  const { compareGolden, updateGolden } = await import('../../golden/compare.js');
  const loaded = await loadSpec(resolve(flags.spec));
  const id = resolveRunId(flags.runsDir, flags.jobId, loaded.spec.name);
  const outputs = runPaths(flags.runsDir, id).outputs;
  const golden = resolve(flags.golden);
  if (flags.update) {
    refuseIncompleteRun(flags.runsDir, id, !!flags.force);
    const r = await updateGolden(outputs, golden);
    const n = r.changed.length + r.extra.length + r.missing.length;
    io.out(
      flags.json
        ? `${JSON.stringify({ updated: true, job_id: id, ...r, diff: undefined })}\n`
        : `golden ${flags.golden} updated from run ${id}: ${r.changed.length} changed, ${r.extra.length} added, ${r.missing.length} removed${n === 0 ? ' (already up to date)' : ''}\n`,
    );
    return 0;
  }
  if (!existsSync(golden)) throw new UsageError('E_NO_GOLDEN', `no golden folder ${flags.golden}`, { hint: 'create it with --update from a run you trust' });
  const r = await compareGolden(outputs, golden);
  if (flags.json) io.out(`${JSON.stringify({ job_id: id, ...r })}\n`);
  else if (!r.drift) io.out(`${io.paintOut.green('same')}: run ${id} matches ${flags.golden} (${r.same.length} files)\n`);
  else {
    io.out(r.diff);
    io.err(
      `${io.paintErr.red('drift')}: run ${id} differs from ${flags.golden}: ${r.changed.length} changed, ${r.missing.length} missing, ${r.extra.length} extra\n` +
        `${io.paintErr.dim(`hint: if the change is intended, run \`orchestrator golden --spec ${flags.spec} --golden ${flags.golden} --update\``)}\n`,
    );
  }
  return r.drift ? 1 : 0;
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
    const r = await exportRunCache(flags.runsDir, id, flags.cacheDir, dir);
    io.out(
      flags.json
        ? `${JSON.stringify({ job_id: id, dir, keys: r.keys, copied: r.copied })}\n`
        : `exported ${r.copied} ${r.copied === 1 ? 'entry' : 'entries'} of run ${id} to ${dir}${r.copied < r.keys ? ` (${r.keys - r.copied} of its keys have no entry in ${flags.cacheDir})` : ''}\n`,
    );
    return 0;
  }
  if (dir !== undefined) throw new UsageError('E_USAGE', `cache ${action} takes no folder argument`, { hint: 'only `cache export --run JOB_ID DIR` does' });
  const store = new LocalCacheStore(flags.cacheDir);
  if (action === 'stats') {
    const s = store.stats();
    io.out(
      flags.json
        ? `${JSON.stringify(s)}\n`
        : `${s.dir}: ${s.entries} ${s.entries === 1 ? 'entry' : 'entries'}, ${formatBytes(s.bytes)}${s.oldest ? `, oldest ${s.oldest}, newest ${s.newest}` : ''}\n`,
    );
    return 0;
  }
  if (action === 'prune') {
    if (!flags.maxAge && !flags.maxSize)
      throw new UsageError('E_USAGE', 'cache prune needs --max-age or --max-size', { hint: 'e.g. orchestrator cache prune --max-age 7d --max-size 500MB' });
    const r = store.prune({
      maxAgeMs: flags.maxAge ? parseDuration(flags.maxAge) : undefined,
      maxSizeBytes: flags.maxSize ? parseSize(flags.maxSize) : undefined,
    });
    // snake_case like every other --json output (the store's own fields are camelCase).
    io.out(
      flags.json
        ? `${JSON.stringify({ removed: r.removed, freed_bytes: r.freedBytes, kept: r.kept, kept_bytes: r.keptBytes })}\n`
        : `removed ${r.removed} ${r.removed === 1 ? 'entry' : 'entries'} (${formatBytes(r.freedBytes)}); ${r.kept} left (${formatBytes(r.keptBytes)})\n`,
    );
    return 0;
  }
  throw new UsageError('E_USAGE', `unknown cache action ${action}`, { hint: 'use `orchestrator cache stats`, `cache prune` or `cache export`' });
}

export async function traceCommand(jobId: string | undefined, flags: { runsDir: string; out?: string; quiet?: boolean }, io: Io): Promise<number> {
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
