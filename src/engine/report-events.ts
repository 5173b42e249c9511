/**
 * The events the end-of-run HTML report reads (REPORT_EVENT_TYPES), kept as the engine emits them
 * so that writing the report does not read events.jsonl back: at 1,000 steps that read was a
 * fifth of the report's cost. Past TEXT_STEPS_LIMIT started steps the report shows no checks or
 * texts, so nothing more is kept.
 */
import type { OrchestratorEvent } from '../events/types.js';
import { REPORT_EVENT_TYPES, TEXT_STEPS_LIMIT } from '../report/html/read-run.js';

export class ReportEvents {
  private kept: OrchestratorEvent[] | undefined = [];
  private readonly started = new Set<string>();

  /** `prior`: the earlier attempts' events, on a resume. */
  constructor(prior: readonly OrchestratorEvent[] = []) {
    for (const e of prior) this.add(e);
  }

  add(e: OrchestratorEvent): void {
    if (this.kept === undefined || !REPORT_EVENT_TYPES.has(e.type)) return;
    if (e.type === 'step.started' && e.step_id !== undefined) {
      this.started.add(e.step_id);
      if (this.started.size > TEXT_STEPS_LIMIT) {
        this.kept = undefined;
        return;
      }
    }
    this.kept.push(e);
  }

  /** The events kept, or undefined once the run grew past the limit. */
  get events(): readonly OrchestratorEvent[] | undefined {
    return this.kept;
  }
}
