/** Colour and formatting for the terminal. Honours NO_COLOR (https://no-color.org) and non-TTY streams. */
import { cutCell, fitWidths } from '../report/column-fit.js';

export interface Paint {
  green(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  cyan(s: string): string;
}

export function paintFor(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): Paint {
  const on =
    (!!stream.isTTY && env.NO_COLOR === undefined && env.TERM !== 'dumb') ||
    (env.FORCE_COLOR !== undefined && env.NO_COLOR === undefined);
  const wrap = (open: number, close: number) => (s: string) => (on ? `\x1b[${open}m${s}\x1b[${close}m` : s);
  return {
    green: wrap(32, 39),
    red: wrap(31, 39),
    yellow: wrap(33, 39),
    dim: wrap(2, 22),
    bold: wrap(1, 22),
    cyan: wrap(36, 39),
  };
}

const ANSI = /\x1b\[[0-9;]*m/g;

/**
 * `line` cut to `columns` visible characters (colour codes kept, closed with a reset), ending in
 * `…` when cut: a terminal wraps a longer line, and one event should stay one row.
 */
export function fitLine(line: string, columns: number): string {
  const plain = line.replace(ANSI, '');
  if ([...plain].length <= columns) return line;
  let out = '';
  let visible = 0;
  let i = 0;
  const limit = Math.max(0, columns - 1);
  while (i < line.length && visible < limit) {
    if (line[i] === '\x1b') {
      const m = /^\x1b\[[0-9;]*m/.exec(line.slice(i));
      if (m) {
        out += m[0];
        i += m[0].length;
        continue;
      }
    }
    const ch = String.fromCodePoint(line.codePointAt(i)!);
    out += ch;
    i += ch.length;
    visible++;
  }
  return `${out}${line.includes('\x1b[') ? '\x1b[0m' : ''}…`;
}

/** A plain-text table with aligned columns. */
export function table(
  rows: string[][],
  visibleLength: (s: string) => number = (s) => s.replace(/\x1b\[[0-9;]*m/g, '').length,
  maxWidth?: number,
  /** Columns to narrow first, in this order (the least telling first), before the widest others. */
  shrinkFirst: readonly number[] = [],
): string {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, visibleLength(c))));
  if (maxWidth !== undefined) fitWidths(widths, maxWidth, shrinkFirst);
  return rows
    .map((r) =>
      r
        .map((c, i) => {
          const cell = visibleLength(c) > widths[i]! ? cutCell(c, widths[i]!) : c;
          return i === r.length - 1 ? cell : cell + ' '.repeat(Math.max(0, widths[i]! - visibleLength(cell)));
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** The width result tables fit: stdout's columns on a terminal, else 80 (docs/reference.md, "Streams"). */
export function resultWidth(outColumns: number | undefined): number {
  return outColumns && outColumns > 20 ? outColumns : 80;
}
