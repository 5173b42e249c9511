/**
 * Fitting a text table to a width (docs/reference.md, "Counts and widths"): columns named first
 * give way first, then the widest, never below a few characters; a cut cell ends with `…`.
 * Shared by the CLI's tables and the cost plan's.
 */

/** Columns are never cut below this (an ellipsis and a few characters still say what was there). */
export const MIN_COLUMN = 5;

/** Narrows `widths` in place so that the columns and their `gap`-wide gaps fit `maxWidth`. */
export function fitWidths(widths: number[], maxWidth: number, shrinkFirst: readonly number[] = [], gap = 2): void {
  let over = widths.reduce((a, w) => a + w, 0) + gap * (widths.length - 1) - maxWidth;
  for (const i of shrinkFirst) {
    const take = Math.min(over, Math.max(0, (widths[i] ?? 0) - MIN_COLUMN));
    if (take > 0) widths[i] = widths[i]! - take;
    over -= take;
  }
  while (over > 0) {
    let widest = 0;
    for (let i = 1; i < widths.length; i++) if (widths[i]! > widths[widest]!) widest = i;
    if (widths[widest]! <= MIN_COLUMN) return;
    widths[widest] = widths[widest]! - 1;
    over--;
  }
}

/** `text` cut to `width` visible characters, the last one an ellipsis; colours are dropped from a cut cell. */
export function cutCell(text: string, width: number): string {
  const plain = text.replace(/\x1b\[[0-9;]*m/g, '');
  return plain.length <= width ? plain : `${plain.slice(0, Math.max(0, width - 1))}…`;
}
