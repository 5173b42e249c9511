import type { Clock } from './types.js';
import { abortableSleep } from '../util/sleep.js';

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) => abortableSleep(ms, signal),
};
