/**
 * Text from a run, made inert for HTML: every character that could start markup or end an
 * attribute is an entity, and control characters are shown as their visible symbols (a NUL or
 * an escape sequence in a model's answer is displayed, never interpreted). `escapedBytes` is the
 * size of the escaped text in UTF-8, so texts can be cut to a byte budget before rendering.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

// C0 controls but tab, LF and CR; DEL; C1 controls.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

function visibleControl(c: string): string {
  const code = c.charCodeAt(0);
  // U+2400.. are the Control Pictures (␀ ␁ ...); DEL is U+2421; C1 controls have none.
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return '\ufffd';
}

export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!).replace(CONTROL, visibleControl);
}

const SPECIAL = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const EXTRA: Record<string, number> = { '&': 4, '<': 3, '>': 3, '"': 5, "'": 4 };

/** UTF-8 bytes of esc(text), without building it: the native UTF-8 count plus what escaping adds. */
export function escapedBytes(text: string, end = text.length): number {
  if (end < text.length) return escapedPrefixBytes(text, end);
  let n = Buffer.byteLength(text, 'utf8');
  SPECIAL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SPECIAL.exec(text))) {
    const c = m[0];
    const code = c.charCodeAt(0);
    // Control pictures are 3 bytes in UTF-8, for 1 (C0, DEL) or 2 (C1) before.
    n += EXTRA[c] ?? (code < 0x80 ? 2 : 1);
  }
  return n;
}

function unitBytes(c: number): number {
  if (c >= 0x20 && c < 0x7f) return c === 0x26 || c === 0x27 ? 5 : c === 0x3c || c === 0x3e ? 4 : c === 0x22 ? 6 : 1;
  if (c < 0x80) return c === 9 || c === 10 || c === 13 ? 1 : 3;
  if (c < 0xa0) return 3;
  if (c < 0x800) return 2;
  // A surrogate is half of a 4-byte character; a lone one becomes U+FFFD (3 bytes): count 2 each.
  return c >= 0xd800 && c <= 0xdfff ? 2 : 3;
}

/** As escapedBytes over the first `end` code units. */
function escapedPrefixBytes(text: string, end: number): number {
  let n = 0;
  for (let i = 0; i < end; i++) n += unitBytes(text.charCodeAt(i));
  return n;
}

/** The longest prefix of `text` whose escaped form fits `maxBytes`, never splitting a surrogate pair. */
export function prefixWithin(text: string, maxBytes: number): string {
  let n = 0;
  let i = 0;
  for (; i < text.length; i++) {
    const b = unitBytes(text.charCodeAt(i));
    if (n + b > maxBytes) break;
    n += b;
  }
  if (i > 0 && i < text.length && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800) i--;
  return text.slice(0, i);
}

/** A short field (an id, a path, a model name): at most `max` characters, cut with an ellipsis. */
export function short(text: string, max = 300): string {
  if (text.length <= max) return text;
  let end = max - 1;
  if ((text.charCodeAt(end - 1) & 0xfc00) === 0xd800) end--;
  return `${text.slice(0, end)}…`;
}

/**
 * JSON for a `<script type="application/json">` block: `<`, `>` and `&` as \u escapes, so no
 * text can end the block (`</script>`) or open a comment in it; U+2028/2029 escaped too.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** UTF-8 bytes of a string inside jsonForScript output (without its quotes). */
export function jsonBytes(text: string): number {
  let n = Buffer.byteLength(JSON.stringify(text), 'utf8') - 2;
  // A flat loop: a regex exec per match is slow on text made of markup characters.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3c || c === 0x3e || c === 0x26) n += 5;
  }
  return n;
}

function jsonUnitBytes(c: number): number {
  if (c >= 0x20 && c < 0x7f) return c === 0x3c || c === 0x3e || c === 0x26 ? 6 : c === 0x22 || c === 0x5c ? 2 : 1;
  if (c < 0x20) return c === 8 || c === 9 || c === 10 || c === 12 || c === 13 ? 2 : 6;
  if (c < 0x80) return 1;
  if (c < 0x800) return 2;
  return c >= 0xd800 && c <= 0xdfff ? 2 : c === 0x2028 || c === 0x2029 ? 6 : 3;
}

/** The longest prefix of `text` whose jsonBytes fit `maxBytes`, never splitting a surrogate pair. */
export function jsonPrefixWithin(text: string, maxBytes: number): string {
  let n = 0;
  let i = 0;
  for (; i < text.length; i++) {
    const b = jsonUnitBytes(text.charCodeAt(i));
    if (n + b > maxBytes) break;
    n += b;
  }
  if (i > 0 && i < text.length && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800) i--;
  return text.slice(0, i);
}
