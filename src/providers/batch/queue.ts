/**
 * Batch mode (docs/reference.md, "Batch mode"): the calls of a `batch: true` provider that are
 * ready at the same moment go to the provider's batch API together, and each caller waits for its
 * own result. The engine's event log makes batches survive the process: `batch.submitted` records
 * the batch id and the custom ids of its calls, so a resumed run re-attaches to the batch instead
 * of submitting a call twice (an OpenAI batch is also found by its metadata when the process died
 * before the record). The wait is bounded by `batch_wait_s`; past it the caller gets
 * E_BATCH_PENDING and the run stops as `interrupted` (exit 75), to be collected later.
 */
import { OrchestratorError, ProviderError } from '../../util/errors.js';
import type { CompletionResult } from '../types.js';
import type { BatchClient } from './client.js';
import type { ItemOutcome } from './wire.js';

/** What the engine gives a batch provider: its record of earlier submissions and a way to add to it. */
export interface BatchRecorder {
  jobId: string;
  attempt: number;
  /** custom id -> batch id, from the `batch.submitted` events of earlier attempts. */
  submitted: ReadonlyMap<string, string>;
  emit(type: 'batch.submitted' | 'batch.completed', data: Record<string, unknown>): void;
  /** Polling: first interval and the cap it grows to (x1.5 each poll); tests shorten them. */
  pollMs?: { first: number; max: number };
  now?: () => number;
}

export class BatchPendingError extends OrchestratorError {
  constructor(provider: string, batchIds: readonly string[], waitedS: number) {
    super(
      'E_BATCH_PENDING',
      `provider ${provider}: batch ${batchIds.join(', ')} not finished after ${Math.round(waitedS)} s (batch_wait_s)`,
      {
        retryable: false,
        hint:
          'the provider keeps working on it: run again with --resume to collect the results (no call is ' +
          'submitted twice)',
      },
    );
  }
}

interface Waiter {
  customId: string;
  body: Record<string, unknown>;
  resolve(r: ItemOutcome): void;
  reject(e: unknown): void;
}

/** Collects ready calls for this long before submitting them as one batch. */
const GATHER_MS = 50;

export class BatchQueue {
  private waiting: Waiter[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly polls = new Map<string, Promise<Map<string, ItemOutcome>>>();
  private readonly used = new Set<string>();
  private found: Promise<void> | undefined;
  private readonly attached = new Map<string, string>();
  private deadline: number | undefined;

  constructor(
    private readonly provider: string,
    private readonly client: BatchClient,
    private readonly recorder: BatchRecorder,
    private readonly waitMs: number,
  ) {
    for (const [id, batch] of recorder.submitted) this.attached.set(id, batch);
  }

  private now(): number {
    return this.recorder.now?.() ?? Date.now();
  }

  /**
   * The result of one call. `customId` is deterministic for the call (same step, prompt and
   * attempt give the same id), so a resume finds the batch an earlier attempt submitted it in.
   */
  async call(customId: string, body: Record<string, unknown>, signal: AbortSignal): Promise<CompletionResult> {
    let id = customId;
    // A second call of the same id in one run (an on_fail retry round) is a new call.
    for (let n = 2; this.used.has(id); n++) id = `${customId.slice(0, 58)}-r${n}`;
    this.used.add(id);
    this.deadline ??= this.now() + this.waitMs;
    await (this.found ??= this.findUnrecorded());
    const batch = this.attached.get(id);
    const outcome = batch !== undefined ? this.outcomeIn(batch, id, signal) : this.enqueue(id, body, signal);
    const r = await outcome;
    if (!r.ok) throw r.error;
    return r.result;
  }

  /** OpenAI: batches of this job that no `batch.submitted` recorded (killed between the two). */
  private async findUnrecorded(): Promise<void> {
    const recorded = new Set(this.recorder.submitted.values());
    const batches = await this.client.findByMetadata(this.recorder.jobId, this.provider).catch(() => []);
    for (const b of batches) {
      if (recorded.has(b.id)) continue;
      for (const id of b.customIds) if (!this.attached.has(id)) this.attached.set(id, b.id);
      this.recorder.emit('batch.submitted', {
        provider: this.provider,
        batch_id: b.id,
        custom_ids: b.customIds,
        found_by: 'metadata',
      });
    }
  }

  private enqueue(customId: string, body: Record<string, unknown>, signal: AbortSignal): Promise<ItemOutcome> {
    return new Promise<ItemOutcome>((resolve, reject) => {
      const w: Waiter = { customId, body, resolve, reject };
      const onAbort = () => {
        // Not submitted yet: it leaves the queue. Submitted: the batch goes on at the provider
        // and a resume re-attaches to it.
        this.waiting = this.waiting.filter((x) => x !== w);
        reject(signal.reason);
      };
      if (signal.aborted) return onAbort();
      signal.addEventListener('abort', onAbort, { once: true });
      w.resolve = (r) => {
        signal.removeEventListener('abort', onAbort);
        resolve(r);
      };
      w.reject = (e) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      };
      this.waiting.push(w);
      this.timer ??= setTimeout(() => void this.flush(), GATHER_MS);
    });
  }

  private async flush(): Promise<void> {
    this.timer = undefined;
    const batch = this.waiting.splice(0);
    if (batch.length === 0) return;
    let id: string;
    try {
      id = (
        await this.client.submit(
          batch.map((w) => [w.customId, w.body] as const),
          {
            orchestrator_job: this.recorder.jobId,
            orchestrator_attempt: String(this.recorder.attempt),
            orchestrator_provider: this.provider,
          },
        )
      ).id;
    } catch (e) {
      for (const w of batch) w.reject(e);
      return;
    }
    const customIds = batch.map((w) => w.customId);
    for (const c of customIds) this.attached.set(c, id);
    this.recorder.emit('batch.submitted', {
      provider: this.provider,
      batch_id: id,
      custom_ids: customIds,
      calls: customIds.length,
    });
    const never = new AbortController().signal;
    for (const w of batch) this.outcomeIn(id, w.customId, never).then(w.resolve, w.reject);
  }

  private outcomeIn(batch: string, customId: string, signal: AbortSignal): Promise<ItemOutcome> {
    let poll = this.polls.get(batch);
    if (!poll) {
      poll = this.pollUntilEnded(batch);
      this.polls.set(batch, poll);
    }
    const result = poll.then((results): ItemOutcome => {
      const r = results.get(customId);
      if (r) return r;
      return {
        ok: false,
        error: new ProviderError(
          'E_SERVER',
          this.provider,
          `provider ${this.provider}: batch ${batch} has no result for ${customId}`,
          { retryable: true },
        ),
      };
    });
    if (signal.aborted) return Promise.reject(signal.reason as Error);
    return new Promise((resolve, reject) => {
      const onAbort = () => reject(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
      result.then(
        (r) => {
          signal.removeEventListener('abort', onAbort);
          resolve(r);
        },
        (e: unknown) => {
          signal.removeEventListener('abort', onAbort);
          reject(e);
        },
      );
    });
  }

  private async pollUntilEnded(batch: string): Promise<Map<string, ItemOutcome>> {
    const { first, max } = this.recorder.pollMs ?? { first: 1_000, max: 60_000 };
    let interval = first;
    const started = this.now();
    for (;;) {
      const state = await this.client.state(batch);
      if (state.ended) {
        const results = await this.client.results(batch);
        let ok = 0;
        for (const r of results.values()) if (r.ok) ok++;
        this.recorder.emit('batch.completed', {
          provider: this.provider,
          batch_id: batch,
          status: state.status,
          succeeded: ok,
          errored: results.size - ok,
        });
        return results;
      }
      const left = (this.deadline ?? Infinity) - this.now();
      if (left <= 0) throw new BatchPendingError(this.provider, [batch], (this.now() - started) / 1000);
      await new Promise((r) => setTimeout(r, Math.min(interval, left)));
      interval = Math.min(max, Math.ceil(interval * 1.5));
    }
  }
}
