/** Shared test fixtures for the provider pool: a spec from parts, an event collector, a fake clock. */
import { JobSpecSchema, type JobSpecInput, type LoadedSpec } from '../../src/jobspec/schema.js';
import type { EventInput, EventSink, OrchestratorEvent } from '../../src/events/types.js';
import type { Clock } from '../../src/engine/types.js';
import {
  ProviderPool,
  type InvokeRequest,
  type InvokeResult,
  type ProviderPoolOptions,
} from '../../src/routing/pool.js';

export function loadedSpec(parts: Pick<JobSpecInput, 'providers'> & Partial<JobSpecInput>): LoadedSpec {
  const spec = JobSpecSchema.parse({ version: 2, name: 'pool-test', steps: { s: { prompt: 'x' } }, ...parts });
  return { spec, file: '/virtual/job.yaml', baseDir: '/virtual', sha256: '0'.repeat(64), prompts: {} };
}

export class CollectingSink implements EventSink {
  readonly events: EventInput[] = [];
  emit(event: EventInput): OrchestratorEvent {
    this.events.push(event);
    return {
      ts: '',
      seq: this.events.length,
      level: event.level ?? 'info',
      job_id: 'j',
      type: event.type,
      trace_id: 't',
      span_id: event.span_id ?? 's',
      data: event.data ?? {},
    };
  }
  ofType(type: string): EventInput[] {
    return this.events.filter((e) => e.type === type);
  }
  types(): string[] {
    return this.events.map((e) => e.type);
  }
}

/** Time only moves when someone sleeps (or the test calls advance): backoff costs no real time. */
export class FakeClock implements Clock {
  t = 1_000_000;
  readonly sleeps: number[] = [];
  now(): number {
    return this.t;
  }
  advance(ms: number): void {
    this.t += ms;
  }
  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) throw signal.reason;
    this.sleeps.push(ms);
    this.t += ms;
  }
}

export function makePool(loaded: LoadedSpec, extra: Partial<ProviderPoolOptions> = {}) {
  const events = new CollectingSink();
  const clock = new FakeClock();
  let n = 0;
  const pool = new ProviderPool({
    loaded,
    env: { OPENAI_API_KEY: 'sk-test-openai', ANTHROPIC_API_KEY: 'sk-ant-test' },
    events,
    clock,
    newSpanId: () => `span-${++n}`,
    backoff: { baseMs: 10, capMs: 100 },
    ...extra,
  });
  return { pool, events, clock };
}

export function invokeReq(target: string, over: Partial<InvokeRequest> = {}) {
  return {
    stepId: 's',
    target,
    prompt: 'Say hi',
    system: 'Be brief.',
    timeoutMs: 5_000,
    retries: 3,
    signal: new AbortController().signal,
    stepSpanId: 'step-span',
    ...over,
  };
}

const attemptsByError = new WeakMap<object, number>();

/** The step's call for tests that want its result: throws the error it gave up with (see `attemptsOf`). */
export async function invoke(pool: ProviderPool, req: InvokeRequest): Promise<InvokeResult> {
  const r = await pool.invokeSettled(req);
  if (r.ok) {
    const { ok: _ok, ...result } = r;
    return result;
  }
  if (r.error !== null && typeof r.error === 'object') attemptsByError.set(r.error, r.attempts);
  throw r.error;
}

/** The provider calls made before `invoke` threw `error`, as `invokeSettled` reported them. */
export function attemptsOf(error: unknown): number | undefined {
  return error !== null && typeof error === 'object' ? attemptsByError.get(error) : undefined;
}
