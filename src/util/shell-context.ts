/**
 * Where a position of a POSIX `sh` command line stands: plain (unquoted) command text, inside
 * double quotes, single quotes, a comment... Command templates (docs/reference.md, "Values in
 * commands") use it to decide how a value's environment variable is referenced at a spot, or
 * that no reference there can be proved safe.
 *
 * This is a conservative scanner, not a shell parser: it knows quoting, `$(...)`, `${...}`,
 * `$((...))`, backquotes, comments and the start of a here-document, which is all that decides
 * whether `"${NAME}"` at a spot is one expansion the shell does not parse again. Anything it
 * cannot follow ends in a context that is reported as unsafe rather than guessed.
 */

/**
 * - `plain`: unquoted command text (also inside `$(...)`): a reference is written `"${NAME}"`;
 * - `double`: inside "...": written `${NAME}`;
 * - `comment`: after `#`; the shell ignores it;
 * - the rest cannot hold a reference safely: `single` ('...', never expanded), `ansi` ($'...'),
 *   `backquote` (`...`, parsed twice), `parameter` (${...}), `arithmetic` ($((...)), whose
 *   value is evaluated), `heredoc` (after <<: the delimiter's quoting decides, we do not follow it).
 */
export type ShellContext =
  'plain' | 'double' | 'comment' | 'single' | 'ansi' | 'backquote' | 'parameter' | 'arithmetic' | 'heredoc';

interface Frame {
  ctx: ShellContext;
  /** Open parentheses inside a `$(` frame or an arithmetic frame. */
  depth: number;
  /** A `plain` frame opened by `$(` ends at its `)`; the outermost one never ends. */
  closes: boolean;
}

const WORD_BREAK = /[\s;&|()<>]/;

/** Follows a command text piece by piece (`feed`), answering `context()` at the end of what was fed. */
export class ShellScanner {
  private readonly stack: Frame[] = [{ ctx: 'plain', depth: 0, closes: false }];
  /** The character before the next one fed (for `#` at the start of a word). */
  private prev = '';
  /** A backslash at the end of the last piece escapes the first character of the next. */
  private escaped = false;

  context(): ShellContext {
    return this.top().ctx;
  }

  /**
   * Text that stands where a reference was written (`"${NAME}"` in plain text). It is one word
   * part: the character before the next piece is not a word break, so `#` after it is not a comment.
   */
  feedWordPart(): void {
    this.prev = 'x';
    this.escaped = false;
  }

  private top(): Frame {
    return this.stack[this.stack.length - 1]!;
  }

  feed(text: string): void {
    let i = 0;
    if (this.escaped) {
      this.escaped = false;
      if (text.length > 0) {
        this.prev = text[0]!;
        i = 1;
      }
    }
    for (; i < text.length; i++) {
      const top = this.top();
      const c = text[i]!;
      const next = text[i + 1];
      const prev = this.prev;
      this.prev = c;
      switch (top.ctx) {
        case 'heredoc':
          return; // everything after `<<` stays unsafe
        case 'comment':
          if (c === '\n') this.stack.pop();
          break;
        case 'single':
          if (c === "'") this.stack.pop();
          break;
        case 'ansi':
          if (c === '\\') i = this.skip(text, i);
          else if (c === "'") this.stack.pop();
          break;
        case 'backquote':
          if (c === '\\') i = this.skip(text, i);
          else if (c === '`') this.stack.pop();
          break;
        case 'double':
          if (c === '\\') i = this.skip(text, i);
          else if (c === '"') this.stack.pop();
          else if (c === '`') this.push('backquote');
          else if (c === '$') i = this.dollar(text, i);
          break;
        case 'parameter':
          if (c === '\\') i = this.skip(text, i);
          else if (c === '}') this.stack.pop();
          else if (c === "'") this.push('single');
          else if (c === '"') this.push('double');
          else if (c === '`') this.push('backquote');
          else if (c === '$') i = this.dollar(text, i);
          break;
        case 'arithmetic':
          if (c === '(') top.depth++;
          else if (c === ')') {
            if (top.depth > 0) top.depth--;
            else if (next === ')') {
              this.stack.pop();
              i++;
            }
          } else if (c === '$') i = this.dollar(text, i);
          break;
        case 'plain':
          if (c === '\\') i = this.skip(text, i);
          else if (c === "'") this.push('single');
          else if (c === '"') this.push('double');
          else if (c === '`') this.push('backquote');
          else if (c === '$') i = this.dollar(text, i);
          else if (c === '#' && (prev === '' || WORD_BREAK.test(prev))) this.push('comment');
          else if (c === '<' && next === '<') {
            if (text[i + 2] === '<')
              i += 2; // a here-string (<<<) is a plain word
            else {
              this.push('heredoc');
              return;
            }
          } else if (c === '(') top.depth++;
          else if (c === ')') {
            if (top.depth > 0) top.depth--;
            else if (top.closes) this.stack.pop();
          }
          break;
      }
    }
  }

  private push(ctx: ShellContext, closes = false): void {
    this.stack.push({ ctx, depth: 0, closes });
  }

  /** A backslash: the next character is literal (one past the end carries over to the next piece). */
  private skip(text: string, i: number): number {
    if (i + 1 >= text.length) this.escaped = true;
    else this.prev = text[i + 1]!;
    return i + 1;
  }

  /** `$` at i: opens `$(`, `$((`, `${` or `$'`; returns the index of the last character consumed. */
  private dollar(text: string, i: number): number {
    const next = text[i + 1];
    if (next === '(') {
      if (text[i + 2] === '(') {
        this.push('arithmetic');
        this.prev = '(';
        return i + 2;
      }
      this.push('plain', true);
      this.prev = '(';
      return i + 1;
    }
    if (next === '{') {
      this.push('parameter');
      this.prev = '{';
      return i + 1;
    }
    if (next === "'" && this.top().ctx === 'plain') {
      this.push('ansi');
      return i + 1;
    }
    return i;
  }
}
