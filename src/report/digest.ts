/** What the events add to the manifest: retries, fallbacks, circuit trips and check verdicts per step. */
import { viewEvents, type Lenient } from '../events/decode.js';
import type { CheckVerdictData } from '../events/types.js';

export interface CheckResult {
  index: number;
  type: string;
  passed: boolean;
  severity: string;
  message: string;
  /** similar / judge: the score on 0..1. */
  score?: number;
  /** judge: the judge's reason. */
  reason?: string;
  /** The check measured nothing (its provider call failed). */
  errored?: boolean;
}

export interface EventDigest {
  retries: Map<string, number>;
  fallbacks: Map<string, number>;
  circuitsOpened: string[];
  /** Last provider error messages seen for a step (llm.error), newest last. */
  lastErrors: Map<string, string[]>;
  /** The verdicts of each step's last check run (quality.passed / quality.failed). */
  checks: Map<string, CheckResult[]>;
}

function verdicts(list: Lenient<CheckVerdictData>[]): CheckResult[] {
  return list.map((v, i) => ({
    index: v.index ?? i,
    type: v.type ?? '',
    passed: v.passed === true,
    severity: v.severity ?? 'fail',
    message: v.message ?? '',
    ...(v.score !== undefined ? { score: v.score } : {}),
    ...(v.reason !== undefined ? { reason: v.reason } : {}),
    ...(v.errored === true ? { errored: true } : {}),
  }));
}

const DIGESTED = [
  'step.retrying',
  'route.fallback',
  'circuit.opened',
  'quality.passed',
  'quality.failed',
  'llm.error',
] as const;

export function digestEvents(events: Iterable<unknown>): EventDigest {
  const digest: EventDigest = {
    retries: new Map(),
    fallbacks: new Map(),
    circuitsOpened: [],
    lastErrors: new Map(),
    checks: new Map(),
  };
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const e of viewEvents(events, DIGESTED)) {
    const step = typeof e.step_id === 'string' ? e.step_id : '';
    if (e.type === 'step.retrying') bump(digest.retries, step);
    else if (e.type === 'route.fallback') bump(digest.fallbacks, step);
    else if (e.type === 'circuit.opened') digest.circuitsOpened.push(e.data.provider ?? '?');
    else if ((e.type === 'quality.passed' || e.type === 'quality.failed') && step && e.data.verdicts)
      digest.checks.set(step, verdicts(e.data.verdicts));
    else if (e.type === 'llm.error' && step && e.data.message !== undefined) {
      const list = digest.lastErrors.get(step) ?? [];
      list.push(`${e.type}: ${e.data.message}`);
      if (list.length > 3) list.shift();
      digest.lastErrors.set(step, list);
    }
  }
  return digest;
}
