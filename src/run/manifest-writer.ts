/**
 * Writes manifest.json atomically, coalescing bursts: at most one write per interval while steps
 * finish (current at the latest `intervalMs` after a step ends), and one final write at the end.
 * Rewriting a 10,000-step manifest on every step would make a run quadratic.
 */
import { atomicWriteSync } from '../util/atomic-write.js';
import type { RunState } from './fold.js';

export class ManifestWriter {
  private timer: NodeJS.Timeout | undefined;
  /** The error of the last periodic write that failed, if any. */
  lastError: unknown;

  constructor(
    private readonly file: string,
    private readonly state: RunState,
    /** docs/reference.md section 3: current at the latest 1 s after a step ends. */
    private readonly intervalMs = 1000,
    private readonly beforeWrite: () => void = () => undefined,
  ) {}

  /** Something changed: make sure a write happens within the interval. */
  touch(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      // A periodic write that fails (a full disk) is retried at the next change and at the end,
      // where the engine reports it; thrown from a timer it would crash the process.
      try {
        this.writeNow();
      } catch (e) {
        this.lastError = e;
      }
    }, this.intervalMs);
  }

  writeNow(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    // Events first: the manifest must never claim more than events.jsonl holds.
    this.beforeWrite();
    atomicWriteSync(this.file, JSON.stringify(this.state.toManifest(), null, 2) + '\n');
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
