/**
 * Secret redaction. Every value of an `api_key_env` variable (and the action's token) is replaced
 * by `***` in everything the run writes. Redaction works on serialized text, so a secret echoed
 * back by a server inside an error message is caught as well as one in a prompt; the JSON-escaped
 * form of each secret is covered too.
 */
export const REDACTED = '***';

export class Redactor {
  private readonly needles: string[];

  constructor(secrets: Iterable<string>) {
    const set = new Set<string>();
    for (const s of secrets) {
      // Very short values would shred ordinary text; no real API key is this short.
      if (typeof s !== 'string' || s.length < 6) continue;
      set.add(s);
      const escaped = JSON.stringify(s).slice(1, -1);
      if (escaped !== s) set.add(escaped);
    }
    // Longest first, so a secret containing another is replaced whole.
    this.needles = [...set].sort((a, b) => b.length - a.length);
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
}
