/**
 * Fast, constant-memory scanning of events.jsonl for `tail` (1,000,000-event logs): fixed-size
 * chunk reads, lines found as bytes, and the fields a filter needs (type, step_id, level) read
 * straight from the bytes. The writer always emits `ts, seq, level, job_id, type, step_id, ...`
 * in that order and none of the values before `type` can hold a quote, so the first `"type":"`
 * of a line is its type. A line is decoded to a string only when it is printed.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { assertRegularFile } from '../util/fs-errors.js';

const CHUNK = 1 << 18;
const NL = 0x0a;
const QUOTE = 0x22;
const TYPE = Buffer.from('"type":"');
const STEP = Buffer.from('"step_id":"');
const LEVEL = Buffer.from('"level":"');
const DATA = Buffer.from('"data":');

/** One line of the log, as bytes, with lazy access to its filter fields. */
export class EventLine {
  constructor(
    private readonly buf: Buffer,
    private readonly start: number,
    private readonly end: number,
  ) {}

  private field(key: Buffer, before = this.end): string | undefined {
    const at = this.buf.indexOf(key, this.start);
    if (at < 0 || at >= before) return undefined;
    const from = at + key.length;
    const to = this.buf.indexOf(QUOTE, from);
    return to < 0 || to >= this.end ? undefined : this.buf.toString('utf8', from, to);
  }

  /** undefined when the line is not in the writer's shape (then parse it). */
  get type(): string | undefined {
    return this.field(TYPE);
  }

  get step_id(): string | undefined {
    const data = this.buf.indexOf(DATA, this.start);
    return this.field(STEP, data < 0 || data > this.end ? this.end : data);
  }

  get level(): string | undefined {
    return this.field(LEVEL);
  }

  text(): string {
    return this.buf.toString('utf8', this.start, this.end);
  }
}

/**
 * Calls onLine for every complete line from byte `start`, and afterChunk after each chunk;
 * returns the offset after the last complete line, so a follower can come back for a line still
 * being written. A line is only valid during its callback.
 */
export async function scanLines(
  file: string,
  start: number,
  onLine: (line: EventLine) => void,
  afterChunk: () => Promise<void> | void = () => undefined,
): Promise<number> {
  assertRegularFile(file, 'the event log');
  const fd = openSync(file, 'r');
  let buf = Buffer.allocUnsafe(CHUNK);
  let pos = start;
  let kept = 0; // bytes of a partial line carried at the front of buf
  try {
    for (;;) {
      if (kept === buf.length) {
        // A single line longer than the buffer: grow it.
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, kept);
        buf = bigger;
      }
      const n = readSync(fd, buf, kept, buf.length - kept, pos);
      if (n === 0) break;
      pos += n;
      const filled = kept + n;
      let from = 0;
      for (let nl = buf.indexOf(NL, from); nl !== -1 && nl < filled; nl = buf.indexOf(NL, from)) {
        if (nl > from) onLine(new EventLine(buf, from, nl));
        from = nl + 1;
      }
      kept = filled - from;
      if (kept > 0) buf.copy(buf, 0, from, filled);
      // Lets the caller wait for a slow reader of its output: memory stays flat.
      await afterChunk();
    }
  } finally {
    closeSync(fd);
  }
  return pos - kept;
}
