/**
 * Used by the golden/ composite action (dist/golden/index.js): opens or updates one issue per job
 * when outputs drift. Reads its settings from env (composite `run:` steps pass them explicitly).
 */
import { readFile } from 'node:fs/promises';
import { clip, fence } from '../report/format.js';
import { errorMessage } from '../util/errors.js';
import { readRunContext } from './context.js';
import { upsertDriftIssue } from './golden-issue.js';
import type { ActionServices } from './services.js';

export async function runGoldenIssue(services?: ActionServices): Promise<void> {
  const svc = services ?? (await (await import('./github-services.js')).githubServices());
  const { core, env } = svc;
  try {
    const token = env.GOLDEN_TOKEN ?? '';
    const jobName = env.GOLDEN_JOB_NAME ?? '';
    const diffFile = env.GOLDEN_DIFF_FILE ?? '';
    const label = env.GOLDEN_LABEL || 'golden-drift';
    if (!token || !jobName) throw new Error('GOLDEN_TOKEN and GOLDEN_JOB_NAME are required');
    core.setSecret(token);
    const ctx = readRunContext(env);
    const diff = diffFile ? await readFile(diffFile, 'utf8').catch(() => '') : '';
    const body = [
      `The golden outputs of job \`${jobName}\` drifted${ctx.runUrl ? ` in [this run](${ctx.runUrl})` : ''}.`,
      '',
      'Update the golden files (`orchestrator golden --update`) if the change is intended; otherwise fix the cause.',
      '',
      fence(clip(diff || '(no diff available)', 60_000), 'diff'),
    ].join('\n');
    const res = await upsertDriftIssue(await svc.github(token), {
      owner: ctx.owner,
      repo: ctx.repo,
      jobName,
      label,
      body,
    });
    core.info(`Drift issue #${res.number} ${res.action}`);
    core.setOutput('issue-number', res.number);
  } catch (e) {
    core.setFailed(`orchestrator golden issue: ${errorMessage(e)}`);
  }
}
