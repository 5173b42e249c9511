/**
 * File names derived from data (an instance id, an output path rendered from an item) must fit the
 * file system: most refuse a name over 255 bytes. The rule (docs/reference.md, run folder): a name
 * of at most MAX_NAME_BYTES bytes is kept as is; a longer one keeps its first bytes (whole
 * characters, whole %-escapes), then `~` and the first 12 hex digits of the sha256 of the whole
 * name, then its extension. The limit leaves room below 255 for the suffix of an atomic write's
 * temp name (src/util/atomic-write.ts) and for `.log`.
 */
import { sha256 } from './hash.js';

export const MAX_NAME_BYTES = 200;
const HASH_CHARS = 12;
/** An extension longer than this is part of the name, not an extension. */
const MAX_EXT_BYTES = 16;

export function boundedFileName(name: string, maxBytes = MAX_NAME_BYTES): string {
  if (Buffer.byteLength(name) <= maxBytes) return name;
  const dot = name.lastIndexOf('.');
  const ext =
    dot > 0 && Buffer.byteLength(name.slice(dot)) <= MAX_EXT_BYTES && !name.slice(dot).includes('%')
      ? name.slice(dot)
      : '';
  const tag = `~${sha256(name).slice(0, HASH_CHARS)}`;
  const room = maxBytes - Buffer.byteLength(tag) - Buffer.byteLength(ext);
  let prefix = '';
  let used = 0;
  // Whole units: one code point, or the %XX escapes of one UTF-8 character (a lead and its continuations), so the
  // prefix stays readable and decodable.
  for (const unit of name.slice(0, name.length - ext.length).match(/%[0-9A-Fa-f]{2}(?:%[89ABab][0-9A-Fa-f])*|[^]/gu) ??
    []) {
    const n = Buffer.byteLength(unit);
    if (used + n > room) break;
    prefix += unit;
    used += n;
  }
  return `${prefix}${tag}${ext}`;
}

/** A relative posix path with each of its names bounded by boundedFileName. */
export function boundedPath(rel: string): string {
  return rel
    .split('/')
    .map((part) => boundedFileName(part))
    .join('/');
}
