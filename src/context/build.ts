/**
 * A step's context: upstream outputs and workspace files rendered as blocks under a token budget.
 *
 * Under budget, everything goes in: upstream outputs first (in the order given), then workspace
 * files in path order. Over budget, upstream outputs keep their place at the front (the step asked
 * for them by name) and workspace files are ranked by BM25 relevance to the prompt (ties by
 * path); blocks are added in that order until one does not fit, which is cut with a visible
 * marker, and the files left out are named in a last line. The result depends only on the file
 * contents, the globs and the prompt: the same on every OS (paths use `/`, CRLF reads as LF).
 */
import { stat } from 'node:fs/promises';
import { readConfined } from '../util/confined-read.js';
import { join } from 'node:path';
import { sha256 } from '../util/hash.js';
import { estimateTokens } from '../util/tokens.js';
import { comparePaths, listWorkspaceFiles } from './files.js';
import { bm25Scores } from './rank.js';

export { estimateTokens } from '../util/tokens.js';

export type ContextSource = 'workspace' | 'upstream';
/** `skipped`: binary or too large, never offered to the budget. */
export type ContextFileStatus = 'included' | 'truncated' | 'dropped' | 'skipped';

export interface ContextFile {
  path: string;
  source: ContextSource;
  /** sha256 of the content as it would enter the prompt (UTF-8, LF line ends, no BOM). */
  sha256: string;
  /** Estimated tokens of the whole file (content only). */
  tokens: number;
  /** Tokens of its block actually in the context (0 when dropped or skipped). */
  included_tokens: number;
  status: ContextFileStatus;
  /** BM25 relevance to the prompt; null when no ranking was needed. */
  score: number | null;
  /** Why a file was skipped: `binary`, `too large` or `unreadable: CODE`. */
  reason?: string;
}

export interface ContextResult {
  text: string;
  tokens: number;
  selection: ContextFile[];
}

export interface BuildContextOptions {
  /** Folder the `include` globs are relative to. */
  workspaceDir: string;
  include: string[];
  exclude?: string[];
  /** Folders never read (the engine's runs and cache folders). */
  skipDirs?: readonly (string | undefined)[];
  /** Outputs of upstream steps, by output path. */
  upstream: Array<{ path: string; content: string }>;
  maxTokens: number;
  /** The rendered prompt (without the context): what relevance is measured against. */
  query: string;
}

/** Files larger than this are skipped outright: they could never fit a prompt's budget. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;
/** A block is cut only if at least this many tokens of it can stay; else it is dropped. */
const MIN_TRUNCATED_TOKENS = 32;
const LISTED_OMISSIONS = 20;
const READ_CONCURRENCY = 32;

interface Candidate {
  file: ContextFile;
  content: string;
  header: string;
}

function normalize(text: string): string {
  return (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n');
}

function isBinary(buf: Buffer): boolean {
  // git's heuristic: a NUL byte in the first 8000 bytes.
  const end = Math.min(buf.length, 8000);
  for (let i = 0; i < end; i++) if (buf[i] === 0) return true;
  return false;
}

function block(header: string, content: string): string {
  return `${header}\n${content}${content.endsWith('\n') || content === '' ? '' : '\n'}`;
}

/** Blocks are joined by a blank line: each costs its own tokens plus one separator character. */
function blockTokens(text: string): number {
  return estimateTokens(`${text}\n`);
}

async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

async function readWorkspace(workspaceDir: string, paths: string[]): Promise<Array<Candidate | ContextFile>> {
  return mapLimit(paths, READ_CONCURRENCY, async (path): Promise<Candidate | ContextFile> => {
    const abs = join(workspaceDir, path);
    const skipped = (reason: string, hash = ''): ContextFile => ({
      path,
      source: 'workspace',
      sha256: hash,
      tokens: 0,
      included_tokens: 0,
      status: 'skipped',
      score: null,
      reason,
    });
    let buf: Buffer;
    try {
      if ((await stat(abs)).size > MAX_FILE_BYTES) return skipped('too large');
      // A regular file inside the workspace (a FIFO or a swapped symlink must not hang or leak).
      buf = await readConfined(path, { root: workspaceDir, label: 'context file', maxBytes: MAX_FILE_BYTES });
    } catch (e) {
      // Gone or unreadable since it was listed (a concurrent build, permissions).
      return skipped(`unreadable: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
    }
    if (isBinary(buf)) return skipped('binary', sha256(buf));
    const content = normalize(buf.toString('utf8'));
    return {
      file: {
        path,
        source: 'workspace',
        sha256: sha256(content),
        tokens: estimateTokens(content),
        included_tokens: 0,
        status: 'included',
        score: null,
      },
      content,
      header: `--- file: ${path} ---`,
    };
  });
}

function omissionLine(paths: string[], maxTokens: number, maxListed = LISTED_OMISSIONS): string {
  const n = paths.length;
  const listed = paths.slice(0, maxListed);
  const names = listed.length
    ? `: ${listed.join(', ')}${n > listed.length ? `, and ${n - listed.length} more` : ''}`
    : '';
  return `[context: ${n} file${n === 1 ? '' : 's'} omitted over the ${maxTokens}-token budget${names}]`;
}

/**
 * What the omission line needs at the least (no names, the largest count): all that is reserved
 * up front. Reserving room for 20 long paths instead ate a small budget whole, so the most
 * relevant file was dropped and nothing was included; the names now fill what the files leave.
 */
function omissionReserve(candidates: Candidate[], maxTokens: number): number {
  return blockTokens(omissionLine(Array(candidates.length).fill(''), maxTokens, 0)) + 1;
}

/** The omission line naming as many files as the room left allows. */
function fittingOmissionLine(omitted: string[], maxTokens: number, room: number): string {
  for (let k = Math.min(LISTED_OMISSIONS, omitted.length); k > 0; k--) {
    const line = omissionLine(omitted, maxTokens, k);
    if (blockTokens(line) <= room) return line;
  }
  return omissionLine(omitted, maxTokens, 0);
}

/** Cuts `content` so its block fits `budget` tokens, at a line end when one is near. */
function truncateToFit(c: Candidate, budget: number): string | undefined {
  const markerRoom = 16; // `[... truncated: N more tokens ...]` and its line break
  const chars = (budget - markerRoom) * 4 - c.header.length - 3;
  if (chars < MIN_TRUNCATED_TOKENS * 4) return undefined;
  let kept = chars;
  const lastLine = c.content.lastIndexOf('\n', chars - 1);
  if (lastLine + 1 >= chars / 2) kept = lastLine + 1;
  let cut = c.content.slice(0, kept);
  if (!cut.endsWith('\n')) cut += '\n';
  const rest = estimateTokens(c.content.slice(kept));
  return `${cut}[... truncated: ${rest} more tokens ...]\n`;
}

export async function buildContext(opts: BuildContextOptions): Promise<ContextResult> {
  const upstream: Candidate[] = opts.upstream.map(({ path, content }) => {
    const text = normalize(content);
    return {
      file: {
        path,
        source: 'upstream',
        sha256: sha256(text),
        tokens: estimateTokens(text),
        included_tokens: 0,
        status: 'included',
        score: null,
      },
      content: text,
      header: `--- output: ${path} ---`,
    };
  });
  const paths = await listWorkspaceFiles(opts.workspaceDir, opts.include, opts.exclude, opts.skipDirs);
  const read = await readWorkspace(opts.workspaceDir, paths);
  const workspace = read.filter((r): r is Candidate => 'file' in r);
  const skipped = read.filter((r): r is ContextFile => !('file' in r));

  const all = [...upstream, ...workspace];
  const blocks = all.map((c) => block(c.header, c.content));
  const total = blocks.reduce((sum, b) => sum + blockTokens(b), 0);
  const selection = (): ContextFile[] =>
    [...upstream.map((c) => c.file), ...workspace.map((c) => c.file), ...skipped].sort((a, b) =>
      a.source === b.source
        ? a.source === 'upstream'
          ? 0
          : comparePaths(a.path, b.path)
        : a.source === 'upstream'
          ? -1
          : 1,
    );

  if (total <= opts.maxTokens) {
    all.forEach((c, i) => (c.file.included_tokens = blockTokens(blocks[i]!)));
    const text = blocks.join('\n');
    return { text, tokens: estimateTokens(text), selection: selection() };
  }

  const scores = bm25Scores(
    workspace.map((c) => ({ path: c.file.path, content: c.content })),
    opts.query,
  );
  workspace.forEach((c, i) => (c.file.score = scores[i]!));
  const ranked = [
    ...upstream,
    ...[...workspace].sort(
      (a, b) => (b.file.score ?? 0) - (a.file.score ?? 0) || comparePaths(a.file.path, b.file.path),
    ),
  ];

  const budget = opts.maxTokens - omissionReserve(all, opts.maxTokens);
  const out: string[] = [];
  let used = 0;
  let full = false;
  const omitted: string[] = [];
  for (const c of ranked) {
    if (full) {
      c.file.status = 'dropped';
      omitted.push(c.file.path);
      continue;
    }
    const b = block(c.header, c.content);
    const cost = blockTokens(b);
    if (used + cost <= budget) {
      out.push(b);
      used += cost;
      c.file.included_tokens = cost;
      continue;
    }
    full = true;
    const cut = truncateToFit(c, budget - used);
    if (cut === undefined) {
      c.file.status = 'dropped';
      omitted.push(c.file.path);
      continue;
    }
    const t = `${c.header}\n${cut}`;
    out.push(t);
    used += blockTokens(t);
    c.file.status = 'truncated';
    c.file.included_tokens = blockTokens(t);
  }
  if (omitted.length > 0) out.push(fittingOmissionLine(omitted, opts.maxTokens, opts.maxTokens - used));
  const text = out.join('\n');
  return { text, tokens: estimateTokens(text), selection: selection() };
}
