/**
 * The checks for model output (docs/reference.md, "Checks for model output"): `similar`, `judge`
 * and `json-match`. chrF, ROUGE-L and json-match are computed here; embeddings and judge verdicts
 * come from providers through `ModelCheckServices`, which the engine supplies (the run's provider
 * pool: paced, budgeted, cached, logged). A provider call that fails after its retries, or a
 * judge answer that is not a verdict, leaves the check `errored`: neither passed nor failed, and
 * never a pass.
 */
import { isAbsolute, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { CheckSpec } from '../jobspec/schema.js';
import { ConfinedFileError, readConfined, specRoot } from '../util/confined-read.js';
import { CancelledError, UsageError, errorMessage, isOrchestratorError } from '../util/errors.js';
import { soleFencedBlock } from './fenced.js';
import { parseJsonStrict } from './json-error.js';
import { jsonMismatch } from './json-match.js';
import { judgePasses, type JudgeVerdict } from './judge.js';
import { chrf, cosine, rougeL } from './similarity.js';

export type SimilarCheck = Extract<CheckSpec, { type: 'similar' }>;
export type JudgeCheck = Extract<CheckSpec, { type: 'judge' }>;
export type JsonMatchCheck = Extract<CheckSpec, { type: 'json-match' }>;
export type ModelOutputCheck = SimilarCheck | JudgeCheck | JsonMatchCheck;

export const MODEL_OUTPUT_CHECKS: ReadonlySet<string> = new Set(['similar', 'judge', 'json-match']);

export function isModelOutputCheck(c: CheckSpec): c is ModelOutputCheck {
  return MODEL_OUTPUT_CHECKS.has(c.type);
}

export interface JudgeCall {
  /** Position of the check in the step's checks. */
  index: number;
  check: JudgeCheck;
  rubric: string;
  reference?: string;
  candidate: string;
}

export interface EmbedCall {
  index: number;
  provider: string;
  model: string;
  texts: string[];
}

/** What the model-backed checks need from the run. Each call throws on failure (after its retries). */
export interface ModelCheckServices {
  judge(call: JudgeCall): Promise<JudgeVerdict>;
  embed(call: EmbedCall): Promise<number[][]>;
}

export interface ModelCheckOptions {
  baseDir: string;
  signal?: AbortSignal;
  services?: ModelCheckServices;
  /**
   * Replaces `reference` / `expected` (a golden comparison: the golden file is the reference).
   * For json-match it is parsed as JSON.
   */
  referenceOverride?: string;
}

export interface ModelCheckOutcome {
  passed: boolean;
  message: string;
  score?: number;
  reason?: string;
  /** A provider call that failed, or an answer that is not a verdict: not a pass and not a fail. */
  errored?: boolean;
}

/** Reads a file a check names (confined like every spec-named file). Throws UsageError. */
export async function readCheckFile(rel: string, baseDir: string, label: string): Promise<string> {
  try {
    return (await readConfined(rel, { root: specRoot(baseDir), base: baseDir, label })).toString('utf8');
  } catch (e) {
    if (e instanceof ConfinedFileError) throw e;
    const file = isAbsolute(rel) ? rel : resolve(baseDir, rel);
    throw new UsageError(
      'E_CHECK_FILE',
      `${label} ${JSON.stringify(rel)} cannot be read ` +
        `(${(e as NodeJS.ErrnoException).code ?? errorMessage(e)}; looked for ${file})`,
      {
        hint: "paths in checks are relative to the spec file's folder",
      },
    );
  }
}

async function textOf(
  inline: string | undefined,
  file: string | undefined,
  baseDir: string,
  label: string,
): Promise<string | undefined> {
  if (inline !== undefined) return inline;
  if (file !== undefined) return readCheckFile(file, baseDir, label);
  return undefined;
}

const fmt = (x: number): string => x.toFixed(3).replace(/\.?0+$/, '') || '0';

function erroredOutcome(what: string, e: unknown, signal?: AbortSignal): ModelCheckOutcome {
  // Cancellation ends the run; it is not the check's outcome.
  if (signal?.aborted) throw signal.reason ?? new CancelledError();
  // Cancellation and a spent budget stop the step itself: the run, not the check, decides what follows.
  if (isOrchestratorError(e) && (e.code === 'E_CANCELLED' || e.code === 'E_BUDGET_EXCEEDED')) throw e;
  const code = isOrchestratorError(e) ? `${e.code}: ` : '';
  return { passed: false, errored: true, message: `${what}: errored: ${code}${errorMessage(e)}` };
}

function needServices(opts: ModelCheckOptions, what: string): ModelCheckServices {
  if (!opts.services) throw new UsageError('E_CHECK_PROVIDER', `${what} needs a provider, and none is available here`);
  return opts.services;
}

async function similar(
  text: string,
  check: SimilarCheck,
  index: number,
  opts: ModelCheckOptions,
): Promise<ModelCheckOutcome> {
  const reference =
    opts.referenceOverride ??
    (await textOf(check.reference, check.reference_file, opts.baseDir, 'similar reference_file'));
  if (reference === undefined) throw new UsageError('E_CHECK_FILE', 'similar: give reference or reference_file');
  const what = `similar (${check.metric})`;
  let score: number;
  if (check.metric === 'chrf') score = chrf(text, reference);
  else if (check.metric === 'rouge-l') {
    try {
      score = rougeL(text, reference).fmeasure;
    } catch (e) {
      return erroredOutcome(what, e, opts.signal);
    }
  } else {
    try {
      const vectors = await needServices(opts, what).embed({
        index,
        provider: check.provider ?? '',
        model: check.model ?? '',
        texts: [text, reference],
      });
      score = cosine(vectors[0]!, vectors[1]!);
    } catch (e) {
      if (e instanceof UsageError && e.code === 'E_CHECK_PROVIDER') throw e;
      return erroredOutcome(what, e, opts.signal);
    }
  }
  const passed = score >= check.min;
  return { passed, score, message: `${what}: score ${fmt(score)} ${passed ? '>=' : '<'} ${fmt(check.min)}` };
}

async function judge(
  text: string,
  check: JudgeCheck,
  index: number,
  opts: ModelCheckOptions,
): Promise<ModelCheckOutcome> {
  const rubric = await textOf(check.rubric, check.rubric_file, opts.baseDir, 'judge rubric_file');
  if (rubric === undefined) throw new UsageError('E_CHECK_FILE', 'judge: give rubric or rubric_file');
  const reference =
    opts.referenceOverride ??
    (await textOf(check.reference, check.reference_file, opts.baseDir, 'judge reference_file'));
  const what = `judge (${check.provider})`;
  let v: JudgeVerdict;
  try {
    v = await needServices(opts, what).judge({
      index,
      check,
      rubric,
      candidate: text,
      ...(reference !== undefined ? { reference } : {}),
    });
  } catch (e) {
    if (e instanceof UsageError && e.code === 'E_CHECK_PROVIDER') throw e;
    return erroredOutcome(what, e, opts.signal);
  }
  const passed = judgePasses(v, check.min_score);
  const min = check.min_score !== undefined ? ` (min_score ${fmt(check.min_score)})` : '';
  return {
    passed,
    score: v.score,
    reason: v.reason,
    message: `${what}: ${passed ? 'pass' : 'fail'}, pass ${v.pass}, score ${fmt(v.score)}${min}: ${v.reason}`,
  };
}

async function expectedOf(
  check: JsonMatchCheck,
  opts: ModelCheckOptions,
): Promise<{ value: unknown } | { problem: string }> {
  if (opts.referenceOverride !== undefined) {
    const parsed = parseJsonStrict(opts.referenceOverride);
    return parsed.ok
      ? { value: parsed.value }
      : { problem: `the expected JSON is not valid: ${parsed.problem.message}` };
  }
  if (check.expected_file !== undefined) {
    const raw = await readCheckFile(check.expected_file, opts.baseDir, 'json-match expected_file');
    try {
      return { value: /\.ya?ml$/i.test(check.expected_file) ? parseYaml(raw) : JSON.parse(raw) };
    } catch (e) {
      throw new UsageError(
        'E_CHECK_FILE',
        `json-match expected_file ${JSON.stringify(check.expected_file)} is not valid: ` +
          `${errorMessage(e).split('\n')[0]}`,
      );
    }
  }
  if (!Object.hasOwn(check, 'expected'))
    throw new UsageError('E_CHECK_FILE', 'json-match: give expected or expected_file');
  return { value: check.expected };
}

async function jsonMatch(text: string, check: JsonMatchCheck, opts: ModelCheckOptions): Promise<ModelCheckOutcome> {
  const expected = await expectedOf(check, opts);
  if ('problem' in expected) return { passed: false, message: `json-match: ${expected.problem}` };
  const fenced = soleFencedBlock(text);
  const parsed = parseJsonStrict(fenced ?? text);
  if (!parsed.ok)
    return {
      passed: false,
      message:
        `json-match: the output is not JSON: ${parsed.problem.message} at line ${parsed.problem.line} col ` +
        `${parsed.problem.col}`,
    };
  let m;
  try {
    m = jsonMismatch(parsed.value, expected.value, { ignore: check.ignore ?? [], tolerance: check.tolerance ?? 0 });
  } catch (e) {
    throw new UsageError('E_CHECK_POINTER', `json-match ignore: ${errorMessage(e)}`);
  }
  if (!m) return { passed: true, message: 'json-match: equal' };
  return {
    passed: false,
    message: `json-match: differs at ${JSON.stringify(m.pointer)}: expected ${m.expected}, got ${m.actual}`,
  };
}

/** Runs one check for model output on `text`. Throws only for spec mistakes (UsageError) and cancellation. */
export async function runModelCheck(
  text: string,
  check: ModelOutputCheck,
  index: number,
  opts: ModelCheckOptions,
): Promise<ModelCheckOutcome> {
  switch (check.type) {
    case 'similar':
      return similar(text, check, index, opts);
    case 'judge':
      return judge(text, check, index, opts);
    case 'json-match':
      return jsonMatch(text, check, opts);
  }
}
