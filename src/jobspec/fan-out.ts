/**
 * Fan-out naming (docs/reference.md: Fan-out): a `for_each` step runs one instance per item, with the id
 * `STEP[KEY]`. KEY is the item when it is a short string, else its index; items whose KEYs would
 * collide fall back to their indexes. Step ids never hold `[`, so an instance id names its step
 * unambiguously.
 */
import { boundedFileName } from '../util/file-names.js';

/** The longest string item used as a KEY as is; longer ones (and non-strings) use their index. */
export const MAX_KEY_CHARS = 100;

/** One item of a fanned-out step, as an instance. */
export interface Instance {
  /** The fanned-out step's id. */
  parent: string;
  /** The instance id, `STEP[KEY]`. */
  id: string;
  key: string;
  /** The item's position in the list (0-based). */
  index: number;
  item: unknown;
}

export function instanceId(step: string, key: string): string {
  return `${step}[${key}]`;
}

/** The step an id belongs to: the id itself for a step, STEP for `STEP[KEY]`. */
export function stepOf(id: string): string {
  const i = id.indexOf('[');
  return i === -1 ? id : id.slice(0, i);
}

export function isInstanceId(id: string): boolean {
  return id.includes('[') && id.endsWith(']');
}

/** A string item is its own KEY when it is short and printable (it becomes part of an id and a log name). */
function ownKey(item: unknown): string | undefined {
  if (typeof item !== 'string' || item.length === 0 || item.length > MAX_KEY_CHARS) return undefined;
  // Control characters would make ids unreadable in logs and terminals.
  if (/[\u0000-\u001f\u007f]/.test(item)) return undefined;
  return item;
}

export interface InstanceNaming {
  /** Whether a text holds a secret (a key variable's value, in any encoding the redactor knows). */
  holdsSecret?: (text: string) => boolean;
}

/**
 * The instances of a step over `items`, in item order. Two items that would give the same KEY
 * (duplicates, or a string equal to another item's index) both fall back to their indexes, and if
 * an index still collides every item uses its index.
 */
export function instancesOf(step: string, items: readonly unknown[], opts: InstanceNaming = {}): Instance[] {
  // A KEY holding a secret would put it in file names and cache entries: such an item uses its index.
  const keys = items.map((item, i) => {
    const own = ownKey(item);
    return own !== undefined && !opts.holdsSecret?.(own) ? own : String(i);
  });
  const count = new Map<string, number>();
  for (const k of keys) count.set(k, (count.get(k) ?? 0) + 1);
  let final = keys.map((k, i) => ((count.get(k) ?? 0) > 1 ? String(i) : k));
  if (new Set(final).size !== final.length) final = items.map((_, i) => String(i));
  return items.map((item, index) => ({
    parent: step,
    id: instanceId(step, final[index]!),
    key: final[index]!,
    index,
    item,
  }));
}

/**
 * A file name for an id (logs/): an instance KEY may hold `/` (a glob path) or characters a file
 * system refuses, so everything outside a safe set is %-escaped (`%` too, so names never collide),
 * and a name too long for a file system keeps a readable prefix and a hash (src/util/file-names.ts).
 */
export function fileNameOf(id: string): string {
  return boundedFileName(escapedNameOf(id));
}

function escapedNameOf(id: string): string {
  return id.replace(/[^A-Za-z0-9._[\]-]/g, (c) => {
    const bytes = Buffer.from(c, 'utf8');
    let out = '';
    for (const b of bytes) out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
    return out;
  });
}

/** What is wrong with a `for_each: { glob }` pattern, if anything: it may not reach outside the spec's folder. */
export function globPatternProblem(pattern: string): string | undefined {
  if (pattern.startsWith('/') || /^[A-Za-z]:/.test(pattern) || pattern.startsWith('\\'))
    return "is absolute; a for_each glob is relative to the spec file's folder";
  if (pattern.split(/[\\/]/).includes('..'))
    return 'contains ".."; a for_each glob may not leave the spec file\'s folder';
  return undefined;
}
