/**
 * Used by the golden/ composite action (dist/golden/index.js): keeps one drift issue per job and
 * instance (docs/reference.md, "Golden checks"). drift or unmeasured opens it or updates its body,
 * flaky leaves it as it is, a clean check (all same or equivalent) comments on it and closes it.
 * Reads its settings from env (composite `run:` steps pass them explicitly).
 */
import { readFile } from 'node:fs/promises';
import { clip, fence } from '../report/format.js';
import { errorMessage } from '../util/errors.js';
import { readRunContext } from './context.js';
import { closeDriftIssue, upsertDriftIssue } from './golden-issue.js';
import type { ActionServices } from './services.js';

export async function runGoldenIssue(services?: ActionServices): Promise<void> {
  const svc = services ?? (await (await import('./github-services.js')).githubServices());
  const { core, env } = svc;
  try {
    const token = env.GOLDEN_TOKEN ?? '';
    const jobName = env.GOLDEN_JOB_NAME ?? '';
    const diffFile = env.GOLDEN_DIFF_FILE ?? '';
    const trendFile = env.GOLDEN_TREND_FILE ?? '';
    const instance = env.GOLDEN_INSTANCE ?? '';
    const label = env.GOLDEN_LABEL || 'golden-drift';
    // Without an outcome (an older action step), drift is what called this step.
    const outcome = env.GOLDEN_OUTCOME || 'drift';
    if (!token || !jobName) throw new Error('GOLDEN_TOKEN and GOLDEN_JOB_NAME are required');
    core.setSecret(token);
    const ctx = readRunContext(env);
    const trend = trendFile ? await readFile(trendFile, 'utf8').catch(() => '') : '';
    const octokit = await svc.github(token);
    const target = { owner: ctx.owner, repo: ctx.repo, jobName, instance, label };
    if (outcome === 'flaky') {
      core.info('Golden check flaky (an inconclusive gate): the drift issue is left as it is');
      core.setOutput('issue-number', '');
      return;
    }
    if (outcome === 'clean') {
      const body = [
        `All golden outputs of job \`${jobName}\`${instance ? ` (${instance})` : ''} are same or equivalent ` +
          `again${ctx.runUrl ? ` in [this run](${ctx.runUrl})` : ''}; closing.`,
        ...(trend ? ['', trend] : []),
      ].join('\n');
      const res = await closeDriftIssue(octokit, { ...target, body });
      if (res.action === 'closed') core.info(`Drift issue #${res.number} closed`);
      core.setOutput('issue-number', res.action === 'closed' ? res.number : '');
      return;
    }
    const diff = diffFile ? await readFile(diffFile, 'utf8').catch(() => '') : '';
    const what = outcome === 'unmeasured' ? 'could not be measured (a step did not produce them)' : 'drifted';
    const body = [
      `The golden outputs of job \`${jobName}\`${instance ? ` (${instance})` : ''} ` +
        `${what}${ctx.runUrl ? ` in [this run](${ctx.runUrl})` : ''}.`,
      '',
      'Update the golden files (`orchestrator golden --update`) if the change is intended; otherwise fix the cause.',
      ...(trend ? ['', trend] : []),
      '',
      fence(clip(diff || '(no diff available)', 50_000), 'diff'),
    ].join('\n');
    const res = await upsertDriftIssue(octokit, { ...target, body });
    core.info(`Drift issue #${res.number} ${res.action}`);
    core.setOutput('issue-number', res.number);
  } catch (e) {
    core.setFailed(`orchestrator golden issue: ${errorMessage(e)}`);
  }
}
