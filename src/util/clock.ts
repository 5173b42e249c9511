/** Time as the engine and its services see it: injectable, so tests run without waiting. */
import { abortableSleep } from './sleep.js';

export interface Clock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) => abortableSleep(ms, signal),
};
