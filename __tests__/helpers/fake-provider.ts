/** A scriptable in-memory provider: per-step answers, delays and failures, with a call log. */
import type { CompletionRequest, CompletionResult, Provider } from '../../src/providers/types.js';
import { ProviderError } from '../../src/util/errors.js';
import { abortableSleep } from '../../src/util/sleep.js';

export interface FakeScript {
  text?: string | ((req: CompletionRequest, call: number) => string);
  delayMs?: number;
  /** Fail the first N calls with this HTTP status. */
  failFirst?: { n: number; status: number };
}

export class FakeProvider implements Provider {
  readonly type = 'fake';
  readonly model = 'fake-1';
  readonly calls: Array<{ step: string; at: number; prompt: string }> = [];
  readonly starts = new Map<string, number>();
  readonly ends = new Map<string, number>();
  private readonly count = new Map<string, number>();

  constructor(
    readonly name: string,
    private readonly script: Record<string, FakeScript> = {},
    private readonly fallbackText = (id: string) => `answer of ${id}`,
  ) {}

  identity(): Record<string, unknown> {
    return { type: 'fake', model: this.model };
  }

  async complete(req: CompletionRequest): Promise<CompletionResult> {
    const n = (this.count.get(req.stepId) ?? 0) + 1;
    this.count.set(req.stepId, n);
    this.calls.push({ step: req.stepId, at: Date.now(), prompt: req.prompt });
    this.starts.set(req.stepId, Date.now());
    const s = this.script[req.stepId] ?? {};
    if (s.delayMs) await abortableSleep(s.delayMs, req.signal);
    this.ends.set(req.stepId, Date.now());
    if (s.failFirst && n <= s.failFirst.n) {
      throw new ProviderError('E_SERVER', this.name, `${this.name}: HTTP ${s.failFirst.status}`, {
        status: s.failFirst.status,
        retryable: s.failFirst.status >= 500,
      });
    }
    const text = typeof s.text === 'function' ? s.text(req, n) : (s.text ?? this.fallbackText(req.stepId));
    return { text, usage: { input_tokens: 10, output_tokens: 5 }, finishReason: 'stop', model: this.model };
  }

  callsOf(step: string): number {
    return this.count.get(step) ?? 0;
  }
}
