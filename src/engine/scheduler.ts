/**
 * A ready queue under a concurrency limit. A step starts the moment its last need finishes and a
 * slot is free: no level-by-level barrier, so a slow step never holds back an unrelated ready step.
 * A failed step's dependents are skipped (upstream_failed) while independent branches run on.
 * O(steps + edges) overall.
 */
import { yielder } from '../util/yield.js';
/** `budget`: the run's budget stopped the step; its dependents are skipped for the budget too. */
/** `credentials`: a run without credentials skipped it (needs_credentials); its dependents too. */
export type Outcome = 'succeeded' | 'failed' | 'budget' | 'credentials' | 'cancelled';

export interface SchedulerHooks {
  run(id: string): Promise<Outcome>;
  /** `cause`: how the need that blocks the step ended (a need of a need: how the first one ended). */
  skip(id: string, failedNeed: string, cause: 'failed' | 'budget' | 'credentials'): void;
}

export async function schedule(
  ids: readonly string[],
  needs: Readonly<Record<string, readonly string[]>>,
  concurrency: number,
  hooks: SchedulerHooks,
  signal: AbortSignal,
): Promise<void> {
  const index = new Map<string, number>();
  ids.forEach((id, i) => index.set(id, i));
  const waiting = new Int32Array(ids.length);
  const dependents: number[][] = ids.map(() => []);
  ids.forEach((id, i) => {
    for (const n of needs[id] ?? []) {
      const j = index.get(n);
      if (j === undefined) continue; // a need outside the selection is satisfied already
      waiting[i]!++;
      dependents[j]!.push(i);
    }
  });
  const blocked = new Uint8Array(ids.length);
  const ready: number[] = [];
  let head = 0;
  for (let i = 0; i < ids.length; i++) if (waiting[i] === 0) ready.push(i);

  let running = 0;
  let finished = 0;
  const total = ids.length;

  const blockDownstream = (from: number, cause: 'failed' | 'budget' | 'credentials') => {
    const stack = [from];
    while (stack.length) {
      const k = stack.pop()!;
      for (const d of dependents[k]!) {
        if (blocked[d]) continue;
        blocked[d] = 1;
        finished++;
        hooks.skip(ids[d]!, ids[k]!, cause);
        stack.push(d);
      }
    }
  };

  // Steps that never wait on I/O would otherwise keep the loop from seeing a Ctrl-C until the end.
  const due = yielder();
  await new Promise<void>((resolve) => {
    const pump = () => {
      while (!signal.aborted && running < concurrency && head < ready.length) {
        const i = ready[head++]!;
        running++;
        hooks.run(ids[i]!).then(
          (outcome) => done(i, outcome),
          () => done(i, 'failed'),
        );
      }
      if (running === 0 && (signal.aborted || finished === total || head >= ready.length)) resolve();
    };
    const done = (i: number, outcome: Outcome) => {
      running--;
      finished++;
      if (outcome === 'succeeded') {
        for (const d of dependents[i]!) if (--waiting[d]! === 0 && !blocked[d]) ready.push(d);
      } else if (outcome === 'failed' || outcome === 'budget' || outcome === 'credentials') {
        blockDownstream(i, outcome);
      }
      const turn = due();
      if (turn) void turn.then(pump);
      else pump();
    };
    pump();
  });
}
