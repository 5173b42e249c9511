/**
 * Turns the engine's event stream into one collapsible log group per step. Steps run in parallel
 * and GitHub groups cannot interleave, so a step's lines are buffered and printed as one group
 * when the step ends.
 */
import { viewEvent } from '../events/decode.js';
import { fieldsOf, type OrchestratorEvent } from '../events/types.js';
import type { CoreLike } from './services.js';

const QUIET = new Set(['step.started', 'llm.request']);

function scalarData(data: Record<string, unknown> | undefined): string {
  if (!data) return '';
  const parts: string[] = [];
  for (const [k, v] of Object.entries(data)) {
    if (v === null || v === undefined) continue;
    if (typeof v === 'object') continue;
    const s = String(v).replace(/\s+/g, ' ');
    parts.push(`${k}=${s.length > 160 ? `${s.slice(0, 157)}...` : s}`);
    if (parts.length >= 8) break;
  }
  return parts.join(' ');
}

function secondsOf(ms: number | undefined): string {
  return ms !== undefined ? ` in ${(ms / 1000).toFixed(1)} s` : '';
}

export class StepLogGroups {
  private readonly lines = new Map<string, string[]>();

  constructor(private readonly core: CoreLike) {}

  readonly onEvent = (event: OrchestratorEvent): void => {
    const step = event.step_id;
    if (!step) {
      if (event.type.startsWith('job.'))
        this.core.info(`${event.type} ${event.job_id} ${scalarData(fieldsOf(event))}`.trim());
      else if (event.type.startsWith('circuit.')) this.core.info(`${event.type} ${scalarData(fieldsOf(event))}`.trim());
      return;
    }
    // The fields a group's header names are read checked; the lines print every scalar field as it is.
    if (event.type === 'step.skipped') {
      const v = viewEvent(event);
      this.lines.delete(step);
      this.core.info(`⏭ ${step} skipped (${v?.type === 'step.skipped' ? (v.data.reason ?? 'skipped') : 'skipped'})`);
      return;
    }
    const buf = this.lines.get(step) ?? [];
    if (!this.lines.has(step)) this.lines.set(step, buf);
    if (!QUIET.has(event.type) || buf.length === 0)
      buf.push(`${event.ts.slice(11, 23)} ${event.type} ${scalarData(fieldsOf(event))}`.trimEnd());
    if (event.type === 'step.succeeded' || event.type === 'step.failed') {
      const icon = event.type === 'step.succeeded' ? '✓' : '✗';
      const v = viewEvent(event);
      const end = v?.type === 'step.succeeded' || v?.type === 'step.failed' ? v.data : undefined;
      const cached = end?.cache === 'hit' ? ' (cache hit)' : '';
      this.core.startGroup(`${icon} ${step}${cached}${secondsOf(end?.duration_ms)}`);
      for (const line of buf) this.core.info(line);
      this.core.endGroup();
      this.lines.delete(step);
    }
  };
}
