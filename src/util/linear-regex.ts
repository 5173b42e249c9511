/**
 * Regular expressions from specs (`regex` checks) run on RE2 semantics through `re2js`, a pure
 * JavaScript port of RE2: matching takes time linear in the text, so a pattern like `^(a+)+$`
 * cannot stall the main thread (V8's backtracking engine needs minutes on 35 characters, and a
 * synchronous match cannot be stopped by timeout_s or Ctrl-C). Pure JS, so `npm ci` needs no
 * native build and ncc bundles it into dist/. The price: no backreferences and no lookahead or
 * lookbehind (RE2 rejects them at compile time, so `validate` reports them).
 */
import { RE2JS } from 're2js';

export interface LinearMatch {
  /** The matched text. */
  text: string;
  /** UTF-16 index of the match in the input. */
  index: number;
}

export interface LinearRegex {
  exec(text: string): LinearMatch | null;
}

/**
 * JavaScript flag letters mapped onto RE2's; `g`, `y` and `d` change nothing for one search, `u`/`v` are RE2's default.
 */
const FLAG_BITS: Record<string, number> = {
  i: RE2JS.CASE_INSENSITIVE,
  m: RE2JS.MULTILINE,
  s: RE2JS.DOTALL,
  u: 0,
  v: 0,
  g: 0,
  y: 0,
  d: 0,
};

export class RegexSyntaxError extends Error {
  constructor(
    message: string,
    readonly badFlags: boolean,
  ) {
    super(message);
  }
}

/** Compiles `value` with JavaScript-style flags; throws RegexSyntaxError (the pattern or flags are bad). */
export function compileLinear(value: string, flags = ''): LinearRegex {
  let bits = 0;
  for (const f of flags) {
    const b = FLAG_BITS[f];
    if (b === undefined || flags.indexOf(f) !== flags.lastIndexOf(f))
      throw new RegexSyntaxError(`invalid regex flags ${JSON.stringify(flags)}`, true);
    bits |= b;
  }
  let re: RE2JS;
  try {
    re = RE2JS.compile(value, bits);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const lookaround = /\(\?[=!<]/.test(value) || /\\[1-9]/.test(value);
    throw new RegexSyntaxError(
      `invalid regex /${value}/: ` +
        `${msg}` +
        `${
          lookaround
            ? ' (lookahead, lookbehind and backreferences are not supported: checks use linear-time ' + 'RE2 syntax)'
            : ''
        }`,
      false,
    );
  }
  return {
    exec(text: string): LinearMatch | null {
      const m = re.matcher(text);
      if (!m.find()) return null;
      return { text: m.group() ?? '', index: m.start() };
    },
  };
}
