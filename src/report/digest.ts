/** What the events add to the manifest: retries, fallbacks, circuit trips and check verdicts per step. */
import type { OrchestratorEvent } from '../events/types.js';
import { str } from './format.js';

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
  /** Last error messages seen for a step (llm.error, quality.failed), newest last. */
  lastErrors: Map<string, string[]>;
  /** The verdicts of each step's last check run (quality.passed / quality.failed). */
  checks: Map<string, CheckResult[]>;
}

function verdicts(raw: unknown): CheckResult[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  return raw
    .filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null)
    .map((v, i) => ({
      index: typeof v.index === 'number' ? v.index : i,
      type: str(v.type),
      passed: v.passed === true,
      severity: str(v.severity) || 'fail',
      message: str(v.message),
      ...(typeof v.score === 'number' ? { score: v.score } : {}),
      ...(typeof v.reason === 'string' ? { reason: v.reason } : {}),
      ...(v.errored === true ? { errored: true } : {}),
    }));
}

export function digestEvents(events: Iterable<OrchestratorEvent>): EventDigest {
  const digest: EventDigest = {
    retries: new Map(),
    fallbacks: new Map(),
    circuitsOpened: [],
    lastErrors: new Map(),
    checks: new Map(),
  };
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const e of events) {
    if (typeof e !== 'object' || e === null) continue;
    const step = typeof e.step_id === 'string' ? e.step_id : '';
    const data = (typeof e.data === 'object' && e.data !== null ? e.data : {}) as Record<string, unknown>;
    if (e.type === 'step.retrying') bump(digest.retries, step);
    else if (e.type === 'route.fallback') bump(digest.fallbacks, step);
    else if (e.type === 'circuit.opened') digest.circuitsOpened.push(str(data.provider ?? data.name ?? '?'));
    if ((e.type === 'quality.passed' || e.type === 'quality.failed') && step) {
      const v = verdicts(data.verdicts);
      if (v) digest.checks.set(step, v);
    }
    if ((e.type === 'llm.error' || e.type === 'quality.failed') && step) {
      const msg = data.message ?? data.error ?? data.reason;
      if (msg !== undefined) {
        const list = digest.lastErrors.get(step) ?? [];
        list.push(`${e.type}: ${str(msg)}`);
        if (list.length > 3) list.shift();
        digest.lastErrors.set(step, list);
      }
    }
  }
  return digest;
}
