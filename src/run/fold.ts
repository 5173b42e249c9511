/**
 * The manifest is a projection of the events: `RunState.apply(event)` folds one event in, in
 * O(1); `toManifest()` renders the current state. The engine folds live as it emits, and `show`,
 * `--resume` and the action fold a run's events.jsonl: one truth, one fold.
 */
import type { KnownEvent, OrchestratorEvent } from '../events/types.js';
import { decodeEvent, isEventType } from '../events/decode.js';
import type {
  BudgetTotals,
  JobStatus,
  Manifest,
  PriceUsed,
  StepState,
  Totals,
  ProviderStats,
} from './manifest-types.js';
import { stepOf } from '../jobspec/fan-out.js';

function emptyStep(): StepState {
  return {
    status: 'pending',
    cache: 'off',
    attempts: 0,
    usage: { input_tokens: 0, output_tokens: 0 },
    cost_usd: 0,
    outputs: [],
  };
}

type StatsFold = {
  apply(e: OrchestratorEvent): void;
  snapshot(): { providers: Record<string, ProviderStats>; job: ProviderStats };
};

export class RunState {
  jobId = '';
  jobName = '';
  specFile?: string;
  specSha256 = '';
  codeVersion = '0';
  status: JobStatus = 'running';
  startedAt = '';
  finishedAt: string | null = null;
  attempt = 1;
  /** Calls submitted to a provider's batch API, by custom id (from `batch.submitted`). */
  readonly batchSubmitted = new Map<string, string>();
  graph: Record<string, string[]> = {};
  readonly steps = new Map<string, StepState>();
  /**
   * Step id -> its output text (`{{ steps.ID.output }}`) from its last step.succeeded: what resume hands downstream
   * steps.
   */
  readonly outputs = new Map<string, string>();
  lastSeq = 0;
  llmCalls = 0;
  /** What prompt caching saved over the run, from llm.response events. */
  private cacheSavedUsd = 0;
  /** Why the job failed when no step is to blame (a missing key before the first step). */
  error?: { code: string; message: string; hint?: string };
  /**
   * Time spent running, over every attempt: a resumed run's duration leaves out the hours it sat
   * killed or idle. An attempt that died without a terminal event ends at its last event.
   */
  private activeMs = 0;
  private attemptStart?: number;
  private lastTs?: number;
  /** When the last event was written (ms): where a run whose process died stopped. */
  get lastEventMs(): number | undefined {
    return this.lastTs;
  }
  /** The budget of the latest attempt, and the limit that stopped it. */
  budget?: { usd?: number; tokens?: number };
  budgetExceeded?: 'usd' | 'tokens';
  prices?: Record<string, PriceUsed>;

  constructor(private readonly stats?: StatsFold) {}

  static fold(events: Iterable<OrchestratorEvent>, stats?: StatsFold): RunState {
    const s = new RunState(stats);
    for (const e of events) s.apply(e);
    return s;
  }

  private step(id: string): StepState {
    let st = this.steps.get(id);
    if (!st) {
      st = emptyStep();
      this.steps.set(id, st);
    }
    return st;
  }

  /** Folds in an event line read from a log: decoded at this boundary. */
  apply(line: OrchestratorEvent): void {
    // A payload that does not decode (an older version's, or a partial one) still moves the run
    // along: the fold takes its fields one by one, each checked below before it is used, so the
    // typed view of a known type is safe here. A type of a newer version only names its step.
    const e = decodeEvent(line) ?? (isEventType(line.type) ? (line as KnownEvent) : undefined);
    if (!e) {
      this.observe(line);
      if (line.step_id) this.step(line.step_id);
      return;
    }
    this.applyKnown(e);
  }

  private observe(line: OrchestratorEvent): void {
    // The highest seq seen: after a damaged line the next writer must still continue above every seq.
    this.lastSeq = Math.max(this.lastSeq, line.seq);
    this.stats?.apply(line);
    this.clock(line);
  }

  /**
   * Folds in an event this process built (the engine's own writer): typed when it was made, so
   * not decoded again; decoding every event of a 10,000-step run live cost a fifth of a second.
   */
  applyKnown(e: KnownEvent): void {
    this.observe(e);
    switch (e.type) {
      case 'job.started':
      case 'job.resumed': {
        const data = e.data;
        this.jobId = e.job_id;
        this.jobName = data.job_name ?? this.jobName;
        this.specFile = data.spec_file ?? this.specFile;
        this.specSha256 = data.spec_sha256 ?? this.specSha256;
        this.codeVersion = data.code_version ?? this.codeVersion;
        if (e.type === 'job.started') this.startedAt = e.ts;
        else this.attempt++;
        if (typeof data.attempt === 'number') this.attempt = data.attempt;
        this.status = 'running';
        this.finishedAt = null;
        this.error = undefined;
        this.budget = data.budget;
        this.budgetExceeded = undefined;
        if (data.prices) {
          this.prices = Object.fromEntries(
            Object.entries(data.prices).map(([name, r]) => [
              name,
              { ...r.price, source: r.source, ...(r.registry ? { registry: r.registry } : {}) },
            ]),
          );
        }
        if (data.graph) {
          this.graph = data.graph;
          for (const id of Object.keys(data.graph)) this.step(id);
          // A step of an older spec version that is gone now is no longer part of the run
          // (an instance `STEP[KEY]` belongs to the run while its step does).
          for (const id of [...this.steps.keys()]) if (!(stepOf(id) in data.graph)) this.steps.delete(id);
        }
        return;
      }
      case 'job.interrupted':
        this.status = 'interrupted';
        this.finishedAt = e.ts;
        // Steps waiting on a batch are not failed: the provider is still working on them.
        for (const sid of Array.isArray(e.data.steps) ? e.data.steps : []) {
          const st = typeof sid === 'string' ? this.steps.get(sid) : undefined;
          if (st) Object.assign(st, { status: 'pending', error: undefined });
        }
        for (const st of this.steps.values()) if (st.status === 'running') st.status = 'pending';
        return;
      case 'batch.submitted':
        // custom id -> batch: a resume re-attaches to the batch instead of submitting the call again.
        if (typeof e.data.batch_id === 'string' && Array.isArray(e.data.custom_ids))
          for (const c of e.data.custom_ids) if (typeof c === 'string') this.batchSubmitted.set(c, e.data.batch_id);
        return;
      case 'job.succeeded':
      case 'job.failed':
      case 'job.cancelled':
        this.status = e.type === 'job.succeeded' ? 'succeeded' : e.type === 'job.failed' ? 'failed' : 'cancelled';
        this.finishedAt = e.ts;
        if (e.type === 'job.failed' && e.data.error && typeof e.data.error === 'object') this.error = e.data.error;
        // Steps that were in flight when the job was cancelled are pending again.
        for (const st of this.steps.values()) if (st.status === 'running') st.status = 'pending';
        return;
    }
    if (e.type === 'budget.exceeded') {
      this.budgetExceeded = e.data.limit === 'tokens' ? 'tokens' : 'usd';
      return;
    }
    const id = e.step_id;
    if (!id) return;
    const st = this.step(id);
    switch (e.type) {
      case 'step.started':
        Object.assign(st, emptyStep(), { status: 'running', started_at: e.ts });
        if (typeof e.data.provider === 'string') st.provider = e.data.provider;
        this.noteInstance(id, st, e.data);
        return;
      case 'step.fanned_out':
        // From here on, the instances of this step that start or are kept make up its list.
        this.fanOuts.set(id, new Set());
        return;
      case 'cache.hit':
        st.cache = 'hit';
        return;
      case 'cache.miss':
        st.cache = 'miss';
        return;
      case 'llm.request':
        this.llmCalls++;
        st.attempts++;
        return;
      case 'llm.response':
        if (typeof e.data.cache_saved_usd === 'number' && Number.isFinite(e.data.cache_saved_usd))
          this.cacheSavedUsd += e.data.cache_saved_usd;
        return;
      case 'step.succeeded':
      case 'step.failed': {
        // Lines come from disk (older versions too): each field is checked before it is taken.
        const d = e.data;
        st.status = e.type === 'step.succeeded' ? 'succeeded' : 'failed';
        st.finished_at = e.ts;
        st.reason = undefined;
        if (typeof d.cache === 'string') st.cache = d.cache;
        if (typeof d.cache_key === 'string') st.cache_key = d.cache_key;
        if (typeof d.provider === 'string') st.provider = d.provider;
        if (typeof d.model === 'string') st.model = d.model;
        if (typeof d.attempts === 'number') st.attempts = d.attempts;
        if (typeof d.duration_ms === 'number') st.duration_ms = d.duration_ms;
        if (d.usage) st.usage = d.usage;
        if (typeof d.cost_usd === 'number') st.cost_usd = d.cost_usd;
        if (d.cost_estimated === true) st.cost_estimated = true;
        else delete st.cost_estimated;
        // A sampled step: its samples and pass rate (absent on an unsampled end: an earlier attempt's go).
        if (d.samples && typeof d.samples === 'object') st.samples = d.samples;
        else delete st.samples;
        if (d.instances && typeof d.instances === 'object') {
          st.instances = d.instances;
          this.dropStaleInstances(id);
        }
        if (e.type === 'step.failed') st.error = e.data.error;
        else {
          const ok = e.data;
          if (Array.isArray(ok.outputs)) st.outputs = ok.outputs;
          if (ok.checks) st.checks = ok.checks;
          st.error = undefined;
          if (typeof ok.output === 'string') this.outputs.set(id, ok.output);
        }
        return;
      }
      case 'step.skipped':
        if (e.data.reason === 'completed') {
          // Kept from an earlier attempt: it stays succeeded with what it recorded then.
          st.status = 'succeeded';
          st.reason = 'completed';
          this.noteInstance(id, st, e.data);
          return;
        }
        st.status = 'skipped';
        st.reason = typeof e.data.reason === 'string' ? e.data.reason : undefined;
        if (e.data.reason === 'not_selected') this.noteInstance(id, st, e.data);
        // A sampled step skipped for credentials measured nothing: its samples say unmeasured.
        {
          const samples = (e.data as { samples?: unknown }).samples;
          if (samples && typeof samples === 'object') st.samples = samples as StepState['samples'];
        }
        return;
    }
  }

  /** Instances of each fanned-out step seen since its latest step.fanned_out (this attempt's list). */
  private readonly fanOuts = new Map<string, Set<string>>();

  private noteInstance(id: string, st: StepState, data: { instance_of?: unknown; item_key?: unknown }): void {
    if (typeof data.instance_of !== 'string') return;
    st.instance_of = data.instance_of;
    if (typeof data.item_key === 'string') st.item_key = data.item_key;
    this.fanOuts.get(data.instance_of)?.add(id);
  }

  /** An instance of an earlier attempt whose item is gone from the list is no longer part of the run. */
  private dropStaleInstances(parent: string): void {
    const current = this.fanOuts.get(parent);
    if (!current) return;
    for (const [id, st] of this.steps) if (st.instance_of === parent && !current.has(id)) this.steps.delete(id);
    this.fanOuts.delete(parent);
  }

  private clock(e: OrchestratorEvent): void {
    const ts = Date.parse(e.ts);
    if (Number.isNaN(ts)) return;
    if (e.type === 'job.started' || e.type === 'job.resumed') {
      if (this.attemptStart !== undefined && this.lastTs !== undefined)
        this.activeMs += Math.max(0, this.lastTs - this.attemptStart);
      this.attemptStart = ts;
    } else if (
      (e.type === 'job.succeeded' ||
        e.type === 'job.failed' ||
        e.type === 'job.cancelled' ||
        e.type === 'job.interrupted') &&
      this.attemptStart !== undefined
    ) {
      this.activeMs += Math.max(0, ts - this.attemptStart);
      this.attemptStart = undefined;
    }
    this.lastTs = ts;
  }

  failedSteps(): string[] {
    const ids: string[] = [];
    for (const [id, st] of this.steps) if (st.status === 'failed') ids.push(id);
    return ids;
  }

  /** `now`: the end of a running attempt (default the clock; a dead run's last event). */
  totals(now = Date.now()): Totals {
    const t: Totals = {
      steps: this.steps.size,
      succeeded: 0,
      failed: 0,
      skipped: 0,
      cache_hits: 0,
      cache_misses: 0,
      llm_calls: this.llmCalls,
      input_tokens: 0,
      output_tokens: 0,
      cost_usd: 0,
      duration_ms: 0,
      checks_passed: 0,
      checks_failed: 0,
      providers: {},
    };
    if (this.stats) {
      const snap = this.stats.snapshot();
      t.providers = snap.providers;
      t.quality = snap.job;
    }
    for (const st of this.steps.values()) {
      if (st.status === 'succeeded') t.succeeded++;
      else if (st.status === 'failed') t.failed++;
      else if (st.status === 'skipped') t.skipped++;
      // A fanned-out step's own entry sums its instances, which are counted each on their own.
      // A step that ran without a hit is a miss, with the cache off too (the action's cache-misses
      // counts the same: docs/reference.md 6.2); one that never ran is neither.
      if (st.reason !== 'completed' && !st.instances && st.status !== 'pending' && st.status !== 'skipped') {
        if (st.cache === 'hit') t.cache_hits++;
        else t.cache_misses++;
      }
      t.input_tokens += st.usage.input_tokens;
      t.output_tokens += st.usage.output_tokens;
      if (st.usage.cached_input_tokens)
        t.cached_input_tokens = (t.cached_input_tokens ?? 0) + st.usage.cached_input_tokens;
      if (st.usage.cache_write_tokens) t.cache_write_tokens = (t.cache_write_tokens ?? 0) + st.usage.cache_write_tokens;
      t.cost_usd += st.cost_usd;
      t.checks_passed += st.checks?.passed ?? 0;
      t.checks_failed += st.checks?.failed ?? 0;
    }
    t.cost_usd = Math.round(t.cost_usd * 1e8) / 1e8;
    if (this.cacheSavedUsd > 0) t.cache_saved_usd = Math.round(this.cacheSavedUsd * 1e8) / 1e8;
    if (this.budget) {
      const b: BudgetTotals = { ...this.budget, spent_usd: t.cost_usd, spent_tokens: t.input_tokens + t.output_tokens };
      if (this.budgetExceeded) b.exceeded = this.budgetExceeded;
      t.budget = b;
    }
    if (this.startedAt)
      t.duration_ms = this.activeMs + (this.attemptStart !== undefined ? Math.max(0, now - this.attemptStart) : 0);
    return t;
  }

  toManifest(now?: number): Manifest {
    const completed: string[] = [];
    const pending: string[] = [];
    const failed: string[] = [];
    const skipped: string[] = [];
    const steps: Record<string, StepState> = {};
    for (const [id, st] of this.steps) {
      steps[id] = st;
      if (st.status === 'succeeded') completed.push(id);
      else if (st.status === 'failed') failed.push(id);
      else if (st.status === 'skipped') skipped.push(id);
      else pending.push(id);
    }
    return {
      schema: 'orchestrator.manifest/v1',
      job_id: this.jobId,
      job_name: this.jobName,
      ...(this.specFile ? { spec_file: this.specFile } : {}),
      spec_sha256: this.specSha256,
      code_version: this.codeVersion,
      status: this.status,
      started_at: this.startedAt,
      finished_at: this.finishedAt,
      ...(this.error ? { error: this.error } : {}),
      attempt: this.attempt,
      completed_steps: completed,
      pending_steps: pending,
      failed_steps: failed,
      skipped_steps: skipped,
      steps,
      graph: this.graph,
      totals: this.totals(now),
      ...(this.prices ? { prices: this.prices } : {}),
    };
  }
}
