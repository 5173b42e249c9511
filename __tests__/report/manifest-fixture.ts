/** Realistic manifests for renderer tests: a chain/fan-out DAG with chosen statuses. */
import type { Manifest, StepState, Totals } from '../../src/run/manifest-types.js';

export interface FixtureStep {
  id: string;
  needs?: string[];
  status?: StepState['status'];
  cache?: StepState['cache'];
  error?: StepState['error'];
  reason?: string;
  durationMs?: number;
  startOffsetMs?: number;
}

const T0 = Date.parse('2025-01-02T03:04:05.000Z');

export function makeManifest(steps: FixtureStep[], overrides: Partial<Manifest> = {}): Manifest {
  const states: Record<string, StepState> = {};
  const graph: Record<string, string[]> = {};
  let offset = 0;
  for (const s of steps) {
    const status = s.status ?? 'succeeded';
    const dur = s.durationMs ?? 1200;
    const start = T0 + (s.startOffsetMs ?? offset);
    offset += 100;
    const ran = status !== 'skipped' && status !== 'pending';
    states[s.id] = {
      status,
      ...(s.reason ? { reason: s.reason } : {}),
      cache: s.cache ?? (ran ? 'miss' : 'off'),
      provider: ran ? 'smart' : undefined,
      model: ran ? 'claude-sonnet-4-5' : undefined,
      attempts: ran ? 1 : 0,
      ...(ran
        ? {
            started_at: new Date(start).toISOString(),
            finished_at: new Date(start + dur).toISOString(),
            duration_ms: dur,
          }
        : {}),
      usage: { input_tokens: ran ? 1500 : 0, output_tokens: ran ? 700 : 0 },
      cost_usd: ran ? 0.0123 : 0,
      outputs: ran ? [{ path: `${s.id}.md`, sha256: 'a'.repeat(64), size_bytes: 321 }] : [],
      ...(s.error ? { error: s.error } : {}),
    };
    graph[s.id] = s.needs ?? [];
  }
  const ids = Object.keys(states);
  const by = (st: string) => ids.filter((id) => states[id].status === st);
  const totals: Totals = {
    steps: ids.length,
    succeeded: by('succeeded').length,
    failed: by('failed').length,
    skipped: by('skipped').length,
    cache_hits: ids.filter((id) => states[id].cache === 'hit').length,
    cache_misses: ids.filter((id) => states[id].cache === 'miss').length,
    llm_calls: ids.length,
    input_tokens: 1500 * ids.length,
    output_tokens: 700 * ids.length,
    cost_usd: 0.0123 * ids.length,
    duration_ms: 65_000,
    checks_passed: 0,
    checks_failed: 0,
    providers: {},
  };
  return {
    schema: 'orchestrator.manifest/v1',
    job_id: 'notes-app-20250102T030405Z-ab12',
    job_name: 'notes-app',
    spec_sha256: 'f'.repeat(64),
    code_version: '1',
    status: by('failed').length ? 'failed' : 'succeeded',
    started_at: new Date(T0).toISOString(),
    finished_at: new Date(T0 + 65_000).toISOString(),
    attempt: 1,
    completed_steps: by('succeeded'),
    pending_steps: [],
    failed_steps: by('failed'),
    skipped_steps: by('skipped'),
    steps: states,
    graph,
    totals,
    ...overrides,
  };
}

/** The notes-app shape: architect -> builder -> (qa, docs), with builder failing its check. */
export function notesAppFailed(): Manifest {
  return makeManifest([
    { id: 'architect', durationMs: 4200 },
    {
      id: 'builder',
      needs: ['architect'],
      status: 'failed',
      durationMs: 3100,
      error: {
        code: 'E_CHECK_FAILED',
        message: 'check regex "@app\\.(get|post)" found no match in app/main.py',
        hint: 'set on_fail: retry to call the model again',
      },
    },
    { id: 'qa', needs: ['builder'], status: 'skipped', reason: 'upstream_failed' },
    { id: 'docs', needs: ['architect'], cache: 'hit', durationMs: 3 },
  ]);
}

/** n steps in layers of 10 (each needs one from the layer above), every 500th failing. */
export function bigManifest(n: number): Manifest {
  const steps: FixtureStep[] = [];
  for (let i = 0; i < n; i++) {
    const failing = i % 500 === 499;
    steps.push({
      id: `step-${String(i).padStart(5, '0')}`,
      needs: i >= 10 ? [`step-${String(i - 10).padStart(5, '0')}`] : [],
      status: failing ? 'failed' : 'succeeded',
      error: failing
        ? { code: 'E_PROVIDER', message: `HTTP 500 from provider for step ${i}\n${'stack line\n'.repeat(50)}` }
        : undefined,
      startOffsetMs: Math.floor(i / 10) * 1000,
    });
  }
  return makeManifest(steps);
}
