/**
 * Secret redaction: the one redactor every value leaving the engine goes through (events before
 * any listener sees them, the manifest, errors, logs, command output, cache entries, outputs).
 * Every value of an `api_key_env` variable (and the action's token) is replaced by `***`.
 *
 * Redaction works on text, so a secret echoed back by a server inside an error message is caught
 * as well as one in a prompt. Besides the plain value it covers the forms a secret takes when a
 * model or a server re-encodes it: JSON-escaped, URL-encoded, hex (both cases) and base64 (the
 * standard and URL-safe alphabets, at each of the three byte alignments, so a key inside a longer
 * base64 blob is caught too).
 *
 * Values shorter than MIN_SECRET_LENGTH are not masked: `none` or `ollama` (placeholder keys of
 * local servers) would shred ordinary text and outputs. Their variable names are listed in
 * `unmaskable` so the run can warn once, naming the variable and never the value.
 */
export const REDACTED = '***';

/** Shorter values are not masked (see above); no real API key is this short. */
export const MIN_SECRET_LENGTH = 8;

/** A secret with the variable it came from, so a warning can name the variable. */
export interface NamedSecret {
  name: string;
  value: string;
}

function toBase64Url(b64: string): string {
  return b64.replace(/\+/g, '-').replace(/\//g, '_');
}

/**
 * The part of the base64 encoding of `bytes` that does not depend on the bytes around it, when
 * `bytes` starts `align` bytes into a 3-byte group (0, 1 or 2). Any base64 text that encodes
 * data containing `bytes` at that alignment contains this substring.
 */
function stableBase64(bytes: Buffer, align: number): string {
  const enc = Buffer.concat([Buffer.alloc(align), bytes])
    .toString('base64')
    .replace(/=+$/, '');
  const skip = align === 0 ? 0 : align === 1 ? 2 : 3;
  const total = align + bytes.length;
  const rest = total % 3;
  const keep = Math.floor(total / 3) * 4 + (rest === 0 ? 0 : rest);
  return enc.slice(skip, keep);
}

/** Every encoded form of `secret` the redactor masks (the secret itself first). */
export function secretVariants(secret: string): string[] {
  const out = new Set<string>([secret]);
  out.add(JSON.stringify(secret).slice(1, -1));
  const url = encodeURIComponent(secret);
  out.add(url);
  out.add(url.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()));
  out.add(url.replace(/%20/g, '+'));
  const bytes = Buffer.from(secret, 'utf8');
  const hex = bytes.toString('hex');
  out.add(hex);
  out.add(hex.toUpperCase());
  // The whole encoding first (longest needles win), then the alignment-independent fragments.
  const whole = bytes.toString('base64');
  out.add(whole);
  out.add(whole.replace(/=+$/, ''));
  out.add(bytes.toString('base64url'));
  for (let align = 0; align < 3; align++) {
    const b64 = stableBase64(bytes, align);
    // A fragment this short could occur by chance in ordinary base64 data; real keys give 10+.
    if (b64.length < MIN_SECRET_LENGTH) continue;
    out.add(b64);
    out.add(toBase64Url(b64));
  }
  return [...out];
}

export class Redactor {
  private readonly needles: string[];
  private readonly byteNeedles: Buffer[];
  /** Names of the variables whose values are too short to mask (deduplicated, in order). */
  readonly unmaskable: string[];

  constructor(secrets: Iterable<string | NamedSecret>) {
    const set = new Set<string>();
    const short = new Set<string>();
    for (const s of secrets) {
      const value = typeof s === 'string' ? s : s?.value;
      if (typeof value !== 'string' || value.trim() === '') continue;
      if (value.length < MIN_SECRET_LENGTH) {
        if (typeof s !== 'string') short.add(s.name);
        continue;
      }
      for (const v of secretVariants(value)) set.add(v);
    }
    // Longest first, so a secret containing another is replaced whole.
    this.needles = [...set].sort((a, b) => b.length - a.length);
    this.byteNeedles = this.needles.map((n) => Buffer.from(n, 'utf8'));
    this.unmaskable = [...short];
  }

  get active(): boolean {
    return this.needles.length > 0;
  }

  apply(text: string): string {
    if (this.needles.length === 0) return text;
    let out = text;
    for (const n of this.needles) if (out.includes(n)) out = out.split(n).join(REDACTED);
    return out;
  }

  /** As apply, on bytes (a file a command wrote, which may not be UTF-8 text). */
  applyBytes(bytes: Buffer): Buffer {
    if (this.byteNeedles.length === 0) return bytes;
    let out = bytes;
    const mask = Buffer.from(REDACTED, 'utf8');
    for (const n of this.byteNeedles) {
      let at = out.indexOf(n);
      if (at === -1) continue;
      const parts: Buffer[] = [];
      let from = 0;
      while (at !== -1) {
        parts.push(out.subarray(from, at), mask);
        from = at + n.length;
        at = out.indexOf(n, from);
      }
      parts.push(out.subarray(from));
      out = Buffer.concat(parts);
    }
    return out;
  }

  /**
   * A copy of a JSON-like value with every string (and key) redacted; the value itself when it
   * holds no secret. Checks the serialized form first: most values hold none, and one
   * stringify is cheaper than a walk.
   */
  applyDeep<T>(value: T): T {
    if (this.needles.length === 0) return value;
    const json = JSON.stringify(value);
    if (json === undefined || this.apply(json) === json) return value;
    return this.walk(value) as T;
  }

  private walk(value: unknown): unknown {
    if (typeof value === 'string') return this.apply(value);
    if (Array.isArray(value)) return value.map((v) => this.walk(v));
    if (value !== null && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[this.apply(k)] = this.walk(v);
      return out;
    }
    return value;
  }

  /**
   * Redacts an error in place (message, hint, stack, and its causes) so that the faces, which
   * print `message` and `hint` and, with --debug, the stack, cannot show a secret. Returns it.
   */
  applyError<E>(e: E, depth = 0): E {
    if (this.needles.length === 0 || depth > 5 || e === null || typeof e !== 'object') return e;
    const err = e as { message?: unknown; hint?: unknown; stack?: unknown; cause?: unknown };
    try {
      if (typeof err.message === 'string') err.message = this.apply(err.message);
      if (typeof err.hint === 'string') err.hint = this.apply(err.hint);
      if (typeof err.stack === 'string') err.stack = this.apply(err.stack);
      if (err.cause !== undefined) this.applyError(err.cause, depth + 1);
    } catch {
      // A frozen or getter-only error: it cannot be redacted in place, so drop what it says. The
      // plain Error stands in for E: callers read only message, hint and stack of what they get back.
      return new Error(this.apply(String((e as { message?: unknown }).message ?? 'error'))) as unknown as E;
    }
    return e;
  }
}
