/** A text that is exactly one fenced JSON block: is-json, json-match and the judge's answer read its content. */
/** The content of the only fenced block when the text is exactly one (```json or ```), else null. */
export function soleFencedBlock(text: string): string | null {
  const m = /^\s*(`{3,}|~{3,})[ \t]*([A-Za-z0-9_+-]*)[^\n]*\n([\s\S]*?)\n?\1[ \t]*\s*$/.exec(text);
  if (!m) return null;
  const lang = m[2]!.toLowerCase();
  if (lang !== '' && lang !== 'json' && lang !== 'jsonc' && lang !== 'json5') return null;
  const content = m[3]!;
  // Two blocks would match as one from the first opening to the last closing fence.
  if (content.split('\n').some((line) => line.trimStart().startsWith(m[1]!))) return null;
  return content;
}
