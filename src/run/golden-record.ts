/**
 * `golden.json` in a run folder: what `orchestrator golden` (or the action's `golden` input)
 * found when it compared the run's outputs with a golden set, kept beside the run so that its
 * report.html shows the verdicts and the diff (docs/reference.md, "The HTML report"). Read
 * defensively: a run folder may come from a downloaded artifact.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { atomicWriteSync } from '../util/atomic-write.js';
import { RUN_FILES } from './run-folder.js';

export const GOLDEN_RECORD_FILE = RUN_FILES.goldenRecord;

/** The record is read up to this size; a bigger one (a huge diff) is cut when written. */
const MAX_RECORD_BYTES = 8 * 1024 * 1024;
const MAX_DIFF_CHARS = 2 * 1024 * 1024;
const MAX_FILES = 5_000;

export interface GoldenRecordFile {
  path: string;
  verdict: string;
  compare?: string;
  kind?: string;
  score?: number;
  reason?: string;
  message?: string;
  /** The step whose output the file is. */
  step?: string;
  /** This file's part of the diff. */
  diff?: string;
}

export interface GoldenRecord {
  /** The golden folder as the user named it. */
  golden?: string;
  checked_at?: string;
  drift: boolean;
  changed: string[];
  missing: string[];
  extra: string[];
  diff: string;
  files?: GoldenRecordFile[];
}

const SEPARATOR = /^={60,}$/;

/**
 * The unified diff of several files (as the golden comparison prints it: a `=====` line, then
 * `--- golden/PATH` and `+++ outputs/PATH`, or a `Binary files golden/PATH and ...` line) split
 * per file path.
 */
export function splitGoldenDiff(diff: string): Map<string, string> {
  const out = new Map<string, string>();
  const lines = diff.split('\n');
  let path: string | undefined;
  let chunk: string[] = [];
  const flush = () => {
    if (path !== undefined && chunk.length) out.set(path, (out.get(path) ?? '') + chunk.join('\n') + '\n');
    chunk = [];
    path = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const binary = /^Binary files golden\/(.*) and outputs\/.* differ$/.exec(line);
    if (binary) {
      flush();
      out.set(binary[1]!, `${line}\n`);
      continue;
    }
    if (SEPARATOR.test(line) && /^--- /.test(lines[i + 1] ?? '')) {
      flush();
      const from = /^--- golden\/(.*?)(\t.*)?$/.exec(lines[i + 1]!);
      const to = /^\+\+\+ outputs\/(.*?)(\t.*)?$/.exec(lines[i + 2] ?? '');
      path = from?.[1] ?? to?.[1];
    }
    if (path !== undefined) chunk.push(line);
  }
  flush();
  return out;
}

/** Adds each file's part of the diff to the files that have one (not already set). */
export function withFileDiffs(record: GoldenRecord): GoldenRecord {
  if (!record.files?.length || !record.diff) return record;
  const parts = splitGoldenDiff(record.diff);
  return {
    ...record,
    files: record.files.map((f) =>
      f.diff === undefined && parts.has(f.path) ? { ...f, diff: parts.get(f.path)! } : f,
    ),
  };
}

export function writeGoldenRecord(runDir: string, record: GoldenRecord): void {
  const diff = record.diff.length > MAX_DIFF_CHARS ? record.diff.slice(0, MAX_DIFF_CHARS) : record.diff;
  const files = record.files?.slice(0, MAX_FILES).map(({ diff: _d, ...f }) => f);
  atomicWriteSync(
    join(runDir, GOLDEN_RECORD_FILE),
    `${JSON.stringify({ ...record, diff, ...(files ? { files } : {}) }, null, 1)}\n`,
  );
}

function strings(v: unknown, max = MAX_FILES): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').slice(0, max) : [];
}

function opt<T>(v: unknown, type: 'string' | 'number'): T | undefined {
  return typeof v === type && (type !== 'number' || Number.isFinite(v)) ? (v as T) : undefined;
}

/** The record of the run folder, or undefined (none, unreadable, not a record). */
export function readGoldenRecord(runDir: string): GoldenRecord | undefined {
  let fd: number;
  try {
    fd = openSync(join(runDir, GOLDEN_RECORD_FILE), constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  } catch {
    return undefined;
  }
  let raw: unknown;
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || st.size > MAX_RECORD_BYTES) return undefined;
    const buf = Buffer.alloc(st.size);
    let n = 0;
    while (n < buf.length) {
      const r = readSync(fd, buf, n, buf.length - n, n);
      if (r === 0) break;
      n += r;
    }
    raw = JSON.parse(buf.subarray(0, n).toString('utf8'));
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const r = raw as Record<string, unknown>;
  const files = Array.isArray(r.files)
    ? r.files
        .slice(0, MAX_FILES)
        .filter((f): f is Record<string, unknown> => typeof f === 'object' && f !== null)
        .filter((f) => typeof f.path === 'string' && typeof f.verdict === 'string')
        .map((f) => {
          const out: GoldenRecordFile = { path: f.path as string, verdict: f.verdict as string };
          for (const k of ['compare', 'kind', 'reason', 'message', 'step'] as const) {
            const v = opt<string>(f[k], 'string');
            if (v !== undefined) out[k] = v;
          }
          const score = opt<number>(f.score, 'number');
          if (score !== undefined) out.score = score;
          return out;
        })
    : undefined;
  return withFileDiffs({
    ...(opt<string>(r.golden, 'string') !== undefined ? { golden: r.golden as string } : {}),
    ...(opt<string>(r.checked_at, 'string') !== undefined ? { checked_at: r.checked_at as string } : {}),
    drift: r.drift === true,
    changed: strings(r.changed),
    missing: strings(r.missing),
    extra: strings(r.extra),
    diff: typeof r.diff === 'string' ? r.diff.slice(0, MAX_DIFF_CHARS) : '',
    ...(files ? { files } : {}),
  });
}
