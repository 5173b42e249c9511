/** A per-call deadline joined with the caller's cancellation, as one AbortSignal. */

export interface CallSignal {
  signal: AbortSignal;
  /** True when the deadline (not the caller) ended the call. */
  timedOut(): boolean;
  /** Stops the timer and detaches from the caller's signal. */
  dispose(): void;
}

export function callSignal(parent: AbortSignal, timeoutMs: number, timeoutReason: () => Error): CallSignal {
  const ctl = new AbortController();
  let timedOut = false;
  const onParent = () => ctl.abort(parent.reason);
  const timer = setTimeout(() => {
    timedOut = true;
    ctl.abort(timeoutReason());
  }, timeoutMs);
  if (parent.aborted) ctl.abort(parent.reason);
  else parent.addEventListener('abort', onParent, { once: true });
  return {
    signal: ctl.signal,
    timedOut: () => timedOut,
    dispose() {
      clearTimeout(timer);
      parent.removeEventListener('abort', onParent);
    },
  };
}

/**
 * Settles with `work`, or rejects with the signal's reason as soon as it aborts, so a provider
 * that ignores its signal still cannot hold a step past its deadline.
 */
export function raceAbort<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    work.catch(() => {}); // its late rejection is of no interest any more
    return Promise.reject(signal.reason as Error);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      work.catch(() => {});
      reject(signal.reason as Error);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e as Error);
      },
    );
  });
}
