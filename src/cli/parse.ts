/** Parsers for CLI option values: clear errors instead of NaN. */
import { UsageError } from '../util/errors.js';

export function positiveInt(flag: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1)
      throw new UsageError('E_USAGE', `${flag} needs a whole number >= 1, got ${JSON.stringify(value)}`);
    return n;
  };
}

/** `--samples N`: 1 to 100, as `samples:` in a spec (docs/reference.md, "Samples and gates"). */
export function sampleCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 100)
    throw new UsageError('E_USAGE', `--samples needs a whole number from 1 to 100, got ${JSON.stringify(value)}`);
  return n;
}

/** `--budget-usd 0.50`: a plain non-negative decimal (no currency sign, no thousands separator). */
export function usdAmount(flag: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+(\.\d+)?$/.test(value.trim()) || !Number.isFinite(n))
      throw new UsageError('E_USAGE', `${flag} needs an amount in USD like 0.50, got ${JSON.stringify(value)}`);
    return n;
  };
}

const DURATION_UNITS: Record<string, number> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};
/** `7d`, `12h`, `30m`, `90s`. */
export function parseDuration(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)$/i.exec(value.trim());
  if (!m)
    throw new UsageError('E_USAGE', `not a duration: ${JSON.stringify(value)}`, {
      hint: 'use e.g. 90s, 30m, 12h, 7d, 2w',
    });
  return Number(m[1]) * DURATION_UNITS[m[2]!.toLowerCase()]!;
}

const SIZE_UNITS: Record<string, number> = {
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
};
/** `500MB`, `1GiB`, `2048` (bytes). */
export function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb|kib|mib|gib)?$/i.exec(value.trim());
  if (!m)
    throw new UsageError('E_USAGE', `not a size: ${JSON.stringify(value)}`, { hint: 'use e.g. 500MB, 2GB, 1GiB' });
  return Math.floor(Number(m[1]) * SIZE_UNITS[(m[2] ?? 'b').toLowerCase()]!);
}

export function stepList(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A repeatable option's values, in the order given. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
