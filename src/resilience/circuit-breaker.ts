/**
 * A circuit breaker per provider, shared by every step of a run. `failureThreshold` consecutive
 * failures open it; while open, calls are refused at once (CircuitOpenError) so routes fail over
 * instead of waiting on a dead server; after `cooldownMs` one half-open probe goes through, and
 * its success closes the circuit (its failure opens it again for another cooldown).
 *
 * Why not cockatiel's CircuitBreakerPolicy: it reads Date.now() directly (no injectable clock, so
 * tests would wait real cooldowns) and wraps the call in its own execute(), while our retry loop,
 * events and failover need the breaker's decision and the call's outcome as separate steps.
 */
import { CircuitOpenError } from '../util/errors.js';

export type CircuitState = 'closed' | 'open' | 'half_open';

export interface CircuitBreakerOptions {
  failureThreshold: number;
  cooldownMs: number;
}

export interface CircuitTransition {
  state: CircuitState;
  /** Consecutive failures counted when the transition happened. */
  failures: number;
}

export class CircuitBreaker {
  private state: CircuitState = 'closed';
  private failures = 0;
  private openedAt = 0;
  private probeInFlight = false;

  constructor(
    readonly provider: string,
    private readonly options: CircuitBreakerOptions,
    private readonly now: () => number,
    private readonly onTransition: (t: CircuitTransition) => void = () => {},
  ) {}

  get current(): CircuitState {
    return this.state;
  }

  /** Asks to make a call now; throws CircuitOpenError when the circuit refuses it. */
  acquire(): void {
    if (this.state === 'closed') return;
    if (this.state === 'open') {
      const waited = this.now() - this.openedAt;
      if (waited < this.options.cooldownMs) throw new CircuitOpenError(this.provider, this.options.cooldownMs - waited);
      this.move('half_open');
    }
    // half-open: exactly one probe at a time; everyone else is refused until it reports.
    if (this.probeInFlight) throw new CircuitOpenError(this.provider, 0);
    this.probeInFlight = true;
  }

  success(): void {
    if (this.state === 'open') return; // a call that started before the circuit opened
    this.failures = 0;
    if (this.state === 'half_open') {
      this.probeInFlight = false;
      this.move('closed');
    }
  }

  failure(): void {
    if (this.state === 'open') return;
    this.failures += 1;
    if (this.state === 'half_open') {
      this.probeInFlight = false;
      this.open();
    } else if (this.failures >= this.options.failureThreshold) {
      this.open();
    }
  }

  /** The call ended without an outcome that says anything about the provider (cancelled). */
  release(): void {
    if (this.state === 'half_open') this.probeInFlight = false;
  }

  private open(): void {
    this.openedAt = this.now();
    this.move('open');
  }

  private move(state: CircuitState): void {
    this.state = state;
    this.onTransition({ state, failures: this.failures });
  }
}
