/**
 * Downloads a run artifact's zip and extracts it within fixed bounds. An artifact comes from
 * whatever ran in the workflow (a PR's code included), so it is untrusted input: a 300 KB zip can
 * inflate to gigabytes. @actions/artifact's own download extracts without a bound and retries a
 * failed extraction five times, 5 s apart, hence this module: the archive is written to a file with
 * a byte cap, then read with yauzl (which checks each entry's real size against its header), and
 * the declared and actual inflated sizes are capped before and while writing. Only regular files
 * and folders are written; symlinks, absolute paths and `..` are refused.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, open, rm } from 'node:fs/promises';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { dirname, join, normalize, sep } from 'node:path';
import yauzl from 'yauzl';
import { OrchestratorError } from '../util/errors.js';

export interface ArtifactLimits {
  /** The zip as stored (the size the artifact list reports). */
  maxZipBytes: number;
  /** Everything it inflates to. */
  maxExtractedBytes: number;
  maxEntries: number;
}

/** A run folder is events, a manifest, logs and outputs: megabytes. These leave room and stop bombs. */
export const DEFAULT_ARTIFACT_LIMITS: ArtifactLimits = {
  maxZipBytes: 256 * 1024 * 1024,
  maxExtractedBytes: 256 * 1024 * 1024,
  maxEntries: 50_000,
};

const MiB = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MiB`;

export function tooLarge(what: string, limit: number, detail: string): OrchestratorError {
  return new OrchestratorError('E_ARTIFACT_TOO_LARGE', `${what} exceeds the limit of ${MiB(limit)} (${detail})`, {
    hint: 'a run folder is small; an artifact this large is not one the action uploaded. The run starts fresh.',
  });
}

/** Counts bytes through a stream and fails it past `limit`. */
function byteCap(limit: number, onOver: () => Error): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, cb: TransformCallback) {
      seen += chunk.length;
      if (seen > limit) cb(onOver());
      else cb(null, chunk);
    },
  });
}

/** GETs `url` into `file`, refusing a body over `maxBytes` (by Content-Length first, then by count). */
export async function downloadBounded(
  url: string,
  file: string,
  maxBytes: number,
  fetchImpl: typeof fetch = fetch,
): Promise<number> {
  const res = await fetchImpl(url, { redirect: 'follow' });
  if (!res.ok || !res.body)
    throw new OrchestratorError('E_ARTIFACT_DOWNLOAD', `artifact download failed: HTTP ${res.status}`);
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body.cancel();
    throw tooLarge('the artifact archive', maxBytes, `the server announces ${MiB(declared)}`);
  }
  let written = 0;
  const counter = byteCap(maxBytes, () =>
    tooLarge('the artifact archive', maxBytes, 'the download did not stop there'),
  );
  counter.on('data', (c: Buffer) => {
    written += c.length;
  });
  await pipeline(
    Readable.fromWeb(res.body as import('node:stream/web').ReadableStream<Uint8Array>),
    counter,
    createWriteStream(file, { mode: 0o600 }),
  );
  return written;
}

/** S_IFMT bits of a zip entry made on Unix (the upper 16 bits of the external attributes). */
function unixType(entry: yauzl.Entry): number {
  return (entry.externalFileAttributes >>> 16) & 0o170000;
}

function safeRelative(name: string): string {
  // yauzl already refuses absolute paths, `..` segments and backslashes (validateFileName).
  const n = normalize(name);
  if (n.startsWith('..') || n.startsWith(sep) || n.includes('\0'))
    throw new OrchestratorError('E_ARTIFACT_UNSAFE', `artifact entry escapes the folder: ${JSON.stringify(name)}`);
  return n;
}

/**
 * Extracts `zipFile` into `dest` within `limits`. On any refusal `dest` is removed, so a caller
 * never sees half an archive.
 */
export async function extractBounded(
  zipFile: string,
  dest: string,
  limits: ArtifactLimits,
): Promise<{ files: number; bytes: number }> {
  await mkdir(dest, { recursive: true });
  const zip = await yauzl.openPromise(zipFile, { lazyEntries: true, validateEntrySizes: true, strictFileNames: true });
  let files = 0;
  let bytes = 0;
  try {
    if (zip.entryCount > limits.maxEntries) {
      throw new OrchestratorError(
        'E_ARTIFACT_TOO_LARGE',
        `the artifact holds ${zip.entryCount} entries; at most ${limits.maxEntries} are read`,
      );
    }
    await new Promise<void>((resolve, reject) => {
      const fail = (e: unknown) => {
        zip.close();
        reject(e);
      };
      zip.on('error', fail);
      zip.on('end', () => resolve());
      zip.on('entry', (entry: yauzl.Entry) => {
        (async () => {
          const rel = safeRelative(entry.fileName);
          if (/\/$/.test(entry.fileName)) {
            await mkdir(join(dest, rel), { recursive: true });
            return;
          }
          const type = unixType(entry);
          if (type !== 0 && type !== 0o100000)
            throw new OrchestratorError('E_ARTIFACT_UNSAFE', `artifact entry is not a regular file: ${entry.fileName}`);
          // Declared sizes first: a bomb is refused before a byte is written.
          if (bytes + entry.uncompressedSize > limits.maxExtractedBytes) {
            throw tooLarge(
              'the extracted artifact',
              limits.maxExtractedBytes,
              `${entry.fileName} takes it to ${MiB(bytes + entry.uncompressedSize)}`,
            );
          }
          const target = join(dest, rel);
          await mkdir(dirname(target), { recursive: true });
          const stream = await zip.openReadStreamPromise(entry);
          // And counted while writing, in case a header lies (yauzl also checks the real size).
          const cap = byteCap(limits.maxExtractedBytes - bytes, () =>
            tooLarge('the extracted artifact', limits.maxExtractedBytes, `while writing ${entry.fileName}`),
          );
          // 'wx': never follow or replace something already there (a symlink planted by an earlier entry).
          const handle = await open(target, 'wx', 0o644);
          await pipeline(stream, cap, handle.createWriteStream());
          bytes += entry.uncompressedSize;
          files++;
        })().then(() => zip.readEntry(), fail);
      });
      zip.readEntry();
    });
  } catch (e) {
    zip.close();
    await rm(dest, { recursive: true, force: true });
    throw e;
  }
  return { files, bytes };
}
