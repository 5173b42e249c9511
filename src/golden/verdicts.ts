/**
 * Golden checks for stochastic outputs (docs/reference.md, "Golden checks"): every file of the
 * run's outputs and of the golden folder gets one verdict.
 *
 * - `same`: byte-equal. `equivalent`: not byte-equal, but the file's comparator passes (with its
 *   score where it has one). `drift`: changed (the comparator fails), missing (a golden file a
 *   succeeded step did not write) or extra (an output with no golden file).
 * - `flaky` replaces `drift` when the producing step's gate was `inconclusive`.
 * - `unmeasured`: the file's step did not produce it (failed, skipped, stopped by the budget), or
 *   its comparator could not measure it (a judge or embedding call that failed).
 *
 * The comparator of a file is the first `golden.files` rule whose glob (picomatch) matches its
 * path; a file with no rule compares `exact`. `text`, `json`, `similar` and `judge` are the
 * checks of the same names with the golden file as the reference.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { goldenPatch } from './compare.js';
import type { GoldenRule } from '../jobspec/schema.js';
import type { Manifest } from '../run/manifest-types.js';
import { runModelCheck, type ModelCheckServices, type ModelOutputCheck } from '../quality/model-checks.js';

export type GoldenVerdict = 'same' | 'equivalent' | 'drift' | 'flaky' | 'unmeasured';

export interface GoldenFileVerdict {
  path: string;
  verdict: GoldenVerdict;
  compare: GoldenRule['compare'];
  /** drift (and flaky): how the file differs. */
  kind?: 'changed' | 'missing' | 'extra';
  score?: number;
  reason?: string;
  /** What the comparator said, or why the file is unmeasured. */
  message?: string;
  /** The step whose output the file is, when known. */
  step?: string;
}

export interface GoldenVerdictReport {
  files: GoldenFileVerdict[];
  counts: Record<GoldenVerdict, number>;
  /** 1 when any file is drift or unmeasured (a check that measured nothing never passes), else 0. */
  exitCode: 0 | 1;
  /** Unified diffs of the drifted (and flaky) files. */
  diff: string;
}

export interface GoldenCompareOptions {
  outputsDir: string;
  goldenDir: string;
  rules: readonly GoldenRule[];
  /** The compared run's state: which step wrote each output, which steps failed, gate verdicts. */
  manifest?: Pick<Manifest, 'status' | 'steps'>;
  /** Step id -> its declared (untemplated) output paths, from the spec. */
  declaredOutputs?: Record<string, string[]>;
  /** The spec's folder: rubric_file and reference files resolve against it. */
  baseDir: string;
  /** Judge and embedding calls of a file's comparator (`judge`, `similar` with metric embedding). */
  services?: (path: string) => ModelCheckServices;
  signal?: AbortSignal;
}

function listFiles(root: string): string[] {
  if (!existsSync(root)) return [];
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const abs = join(dir, e.name);
      if (e.isDirectory()) walk(abs);
      else if (e.isFile()) out.push(relative(root, abs).split(sep).join('/'));
    }
  };
  walk(root);
  return out.sort();
}

/** The first rule whose glob matches `path`, else exact. */
export function ruleFor(path: string, rules: readonly GoldenRule[]): GoldenRule {
  for (const r of rules) if (picomatch(r.path, { dot: true })(path)) return r;
  return { path: '**', compare: 'exact' };
}

/** `text`: line endings, the trailing whitespace of every line and the final newline(s) do not count. */
export function normalizeText(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[ \t\f\v]+$/, ''))
    .join('\n')
    .replace(/\n+$/, '');
}

/** The check a comparator runs, with the golden file as its reference. */
function checkOf(rule: GoldenRule): ModelOutputCheck | undefined {
  switch (rule.compare) {
    case 'json':
      return {
        type: 'json-match',
        ...(rule.ignore ? { ignore: rule.ignore } : {}),
        ...(rule.tolerance !== undefined ? { tolerance: rule.tolerance } : {}),
      };
    case 'similar':
      return {
        type: 'similar',
        metric: rule.metric,
        min: rule.min,
        ...(rule.provider !== undefined ? { provider: rule.provider } : {}),
        ...(rule.model !== undefined ? { model: rule.model } : {}),
      };
    case 'judge':
      return {
        type: 'judge',
        provider: rule.provider,
        ...(rule.rubric !== undefined ? { rubric: rule.rubric } : {}),
        ...(rule.rubric_file !== undefined ? { rubric_file: rule.rubric_file } : {}),
        ...(rule.min_score !== undefined ? { min_score: rule.min_score } : {}),
      };
    default:
      return undefined;
  }
}

/** Output path -> the step that writes it: the run's records first, then the spec's declared paths. */
function owners(opts: GoldenCompareOptions): Map<string, string> {
  const map = new Map<string, string>();
  for (const [id, paths] of Object.entries(opts.declaredOutputs ?? {}))
    for (const p of paths) map.set(posix.normalize(p), id);
  for (const [id, s] of Object.entries(opts.manifest?.steps ?? {}))
    for (const o of s.outputs ?? []) map.set(posix.normalize(o.path), id);
  return map;
}

export async function goldenVerdicts(opts: GoldenCompareOptions): Promise<GoldenVerdictReport> {
  const outputs = new Set(listFiles(opts.outputsDir));
  const golden = listFiles(opts.goldenDir);
  const ownerOf = owners(opts);
  const steps = opts.manifest?.steps ?? {};
  const files: GoldenFileVerdict[] = [];
  const diffs: string[] = [];
  const producedBy = (path: string): { step?: string; unproduced?: string } => {
    const step = ownerOf.get(path);
    const s = step !== undefined ? steps[step] : undefined;
    if (s && s.status !== 'succeeded')
      return {
        step,
        unproduced:
          `step ${step} ${s.status}${s.reason ? ` (${s.reason})` : ''}` + `${s.error ? `: ${s.error.code}` : ''}`,
      };
    // A file no known step writes, in a run that did not complete: its writer may be what failed.
    if (!s && opts.manifest && opts.manifest.status !== 'succeeded')
      return { unproduced: `run ${opts.manifest.status}; no step of it wrote this file` };
    return step !== undefined ? { step } : {};
  };
  const gateInconclusive = (step: string | undefined): boolean => {
    const samples =
      step !== undefined ? (steps[step] as { samples?: { verdict?: string } } | undefined)?.samples : undefined;
    return samples?.verdict === 'inconclusive';
  };
  const drifted = (v: GoldenFileVerdict, before: Buffer | undefined, after: Buffer | undefined): GoldenFileVerdict => {
    diffs.push(goldenPatch(v.path, before, after));
    return gateInconclusive(v.step) ? { ...v, verdict: 'flaky' } : v;
  };

  for (const path of golden) {
    const rule = ruleFor(path, opts.rules);
    const want = readFileSync(join(opts.goldenDir, path));
    const { step, unproduced } = producedBy(path);
    const base = { path, compare: rule.compare, ...(step !== undefined ? { step } : {}) };
    if (!outputs.has(path)) {
      files.push(
        unproduced
          ? { ...base, verdict: 'unmeasured', message: unproduced }
          : drifted({ ...base, verdict: 'drift', kind: 'missing' }, want, undefined),
      );
      continue;
    }
    outputs.delete(path);
    const got = readFileSync(join(opts.outputsDir, path));
    if (want.equals(got)) {
      files.push({ ...base, verdict: 'same' });
      continue;
    }
    if (rule.compare === 'exact') {
      files.push(drifted({ ...base, verdict: 'drift', kind: 'changed' }, want, got));
      continue;
    }
    if (rule.compare === 'text') {
      const eq = normalizeText(want.toString('utf8')) === normalizeText(got.toString('utf8'));
      files.push(
        eq ? { ...base, verdict: 'equivalent' } : drifted({ ...base, verdict: 'drift', kind: 'changed' }, want, got),
      );
      continue;
    }
    const outcome = await runModelCheck(got.toString('utf8'), checkOf(rule)!, -1, {
      baseDir: opts.baseDir,
      ...(opts.signal ? { signal: opts.signal } : {}),
      ...(opts.services ? { services: opts.services(path) } : {}),
      referenceOverride: want.toString('utf8'),
    });
    const measured = {
      ...base,
      message: outcome.message,
      ...(outcome.score !== undefined ? { score: outcome.score } : {}),
      ...(outcome.reason !== undefined ? { reason: outcome.reason } : {}),
    };
    if (outcome.errored) files.push({ ...measured, verdict: 'unmeasured' });
    else if (outcome.passed) files.push({ ...measured, verdict: 'equivalent' });
    else files.push(drifted({ ...measured, verdict: 'drift', kind: 'changed' }, want, got));
  }
  for (const path of [...outputs].sort()) {
    const rule = ruleFor(path, opts.rules);
    const { step } = producedBy(path);
    files.push(
      drifted(
        { path, compare: rule.compare, ...(step !== undefined ? { step } : {}), verdict: 'drift', kind: 'extra' },
        undefined,
        readFileSync(join(opts.outputsDir, path)),
      ),
    );
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const counts: Record<GoldenVerdict, number> = { same: 0, equivalent: 0, drift: 0, flaky: 0, unmeasured: 0 };
  for (const f of files) counts[f.verdict]++;
  return { files, counts, exitCode: counts.drift + counts.unmeasured > 0 ? 1 : 0, diff: diffs.join('') };
}
