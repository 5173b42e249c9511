/**
 * The golden action's history hook (docs/reference.md, "Golden checks"): restores the newest
 * window of checks of this job and instance, appends this check, saves one cache entry, and
 * writes the trend (Markdown with a Mermaid chart) beside the run for the summary and the issue.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  appendCheck,
  historyKeys,
  makeCheck,
  restoreHistory,
  saveHistory,
  type CheckOutcome,
  type GoldenCheck,
} from '../golden/history.js';
import { trendMarkdown } from '../golden/trend.js';
import type { GoldenFileVerdict } from '../golden/verdicts.js';
import type { Manifest } from '../run/manifest-types.js';
import type { RunContext } from './context.js';
import type { ActionServices } from './services.js';

export interface GoldenHistoryResult {
  outcome: CheckOutcome;
  history: GoldenCheck[];
  trend: string;
  trendFile: string;
}

export async function recordGoldenHistory(opts: {
  svc: ActionServices;
  ctx: RunContext;
  prefix: string;
  instance: string;
  jobName: string;
  files: readonly GoldenFileVerdict[];
  manifest?: Pick<Manifest, 'steps'>;
  runDir: string;
}): Promise<GoldenHistoryResult> {
  const { svc, ctx } = opts;
  const warn = (m: string) => svc.core.warning(m);
  const check = makeCheck({
    files: opts.files,
    ...(opts.manifest ? { manifest: opts.manifest } : {}),
    ...(ctx.headSha ? { commit: ctx.headSha } : {}),
    runId: ctx.runId,
    attempt: ctx.runAttempt,
    ...(ctx.runUrl ? { runUrl: ctx.runUrl } : {}),
  });
  const keys = historyKeys(opts.prefix, opts.jobName, opts.instance, ctx.runId, ctx.runAttempt);
  // A fixed path: @actions/cache versions an entry by its paths, so every check must use the same one.
  const dir = join(ctx.tempDir, 'orchestrator-golden-history');
  const available = svc.cache.isAvailable();
  const before = available ? await restoreHistory(svc.cache, dir, keys.restore, warn) : [];
  const history = appendCheck(before, check);
  if (available) {
    if (await saveHistory(svc.cache, dir, keys.primary, history, warn))
      svc.core.info(`Golden history (${history.length} checks) kept under cache key ${keys.primary}`);
  } else {
    svc.core.info('Golden history not kept: the cache service is not available');
  }
  const trend = trendMarkdown(history);
  const trendFile = join(opts.runDir, 'golden-trend.md');
  await writeFile(trendFile, trend);
  return { outcome: check.outcome, history, trend, trendFile };
}
