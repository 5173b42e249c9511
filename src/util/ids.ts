import { randomBytes } from 'node:crypto';

/** W3C trace context ids: 16-byte trace id, 8-byte span id, lowercase hex (what OTLP expects). */
export function newTraceId(): string {
  return randomBytes(16).toString('hex');
}

/** Span ids come from a pre-filled random pool: a run makes tens of thousands of them. */
let pool = Buffer.alloc(0);
let offset = 0;
export function newSpanId(): string {
  if (offset + 8 > pool.length) {
    pool = randomBytes(8 * 4096);
    offset = 0;
  }
  const id = pool.toString('hex', offset, offset + 8);
  offset += 8;
  return id;
}

/** A run id: `<job name>-<UTC yyyymmdd-hhmmss>-<4 hex>`; sortable by time within a job. */
export function newJobId(jobName: string, now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `${jobName}-${stamp}-${randomBytes(2).toString('hex')}`;
}
