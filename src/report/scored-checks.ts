/**
 * The scores and reasons of a run's checks for model output (`similar`, `judge`) and the checks
 * that errored, per step, from the last quality event of each step: what `show` and the progress
 * lines print beside the pass/fail (docs/reference.md, "Checks for model output").
 */
import { viewEvents } from '../events/decode.js';
import type { CheckVerdictData } from '../events/types.js';

export type ScoredVerdict = Pick<
  CheckVerdictData,
  'index' | 'type' | 'passed' | 'message' | 'score' | 'reason' | 'errored'
>;

/** Whether a verdict has something beyond pass/fail to show: a score, a reason, or an error. */
export function isScored(v: Partial<CheckVerdictData>): boolean {
  return typeof v.score === 'number' || typeof v.reason === 'string' || v.errored === true;
}

/** Step id -> its scored verdicts (steps without any are left out). */
export function scoredChecks(events: Iterable<unknown>): Record<string, ScoredVerdict[]> {
  const out: Record<string, ScoredVerdict[]> = {};
  for (const e of viewEvents(events, ['quality.passed', 'quality.failed'])) {
    if (typeof e.step_id !== 'string') continue;
    const scored = (e.data.verdicts ?? []).filter(isScored);
    if (scored.length === 0) continue;
    out[e.step_id] = scored.map((v) => ({
      index: v.index ?? 0,
      type: v.type ?? '',
      passed: v.passed === true,
      message: v.message ?? '',
      ...(v.score !== undefined ? { score: v.score } : {}),
      ...(v.reason !== undefined ? { reason: v.reason } : {}),
      ...(v.errored === true ? { errored: true } : {}),
    }));
  }
  return out;
}

/** One line a verdict: `step  ✓ judge (grader): pass, ... reason`. */
export function scoredCheckLines(
  scored: Record<string, ScoredVerdict[]>,
  mark: (v: ScoredVerdict) => string,
  max = 50,
): string[] {
  const lines: string[] = [];
  for (const [step, list] of Object.entries(scored))
    for (const v of list) {
      if (lines.length >= max) return [...lines, `  ... more in \`orchestrator tail --type quality.\``];
      const msg = v.message.length > 200 ? `${v.message.slice(0, 200)}…` : v.message;
      lines.push(`  ${step}: ${mark(v)} ${msg.replaceAll('\n', ' ')}`);
    }
  return lines;
}
