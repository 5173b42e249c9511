/**
 * Is the process that writes a run still alive? A run killed with `kill -9` never writes its
 * terminal event, so its events alone say "running" forever. The job.started / job.resumed event
 * records the writer's pid and host; on the same host, signal 0 tells whether that pid exists.
 * The run folder's lock (./lock.ts) is the first signal; this one covers a folder without a lock
 * (a writer that exited without its end event, or a run from before 2.1).
 */
import { hostname } from 'node:os';
import { viewEvents } from '../events/decode.js';
import type { OrchestratorEvent } from '../events/types.js';
import { pidAlive } from './lock.js';

export interface WriterIdentity {
  pid: number;
  host: string;
}

export function writerIdentity(): WriterIdentity {
  return { pid: process.pid, host: hostname() };
}

/** The writer of the latest attempt, from its job.started / job.resumed event. */
export function lastWriter(events: Iterable<OrchestratorEvent>): WriterIdentity | undefined {
  let w: WriterIdentity | undefined;
  for (const e of viewEvents(events, ['job.started', 'job.resumed'], ['pid', 'host'])) {
    const { pid, host } = e.data;
    w = pid !== undefined && host !== undefined ? { pid, host } : undefined;
  }
  return w;
}

/** true / false when it can tell; undefined for another host or a run that did not record its writer. */
export function writerAlive(w: WriterIdentity | undefined): boolean | undefined {
  if (!w || w.host !== hostname()) return undefined;
  return w.pid === process.pid || pidAlive(w.pid);
}
