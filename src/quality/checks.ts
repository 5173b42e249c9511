/**
 * Quality checks on a step's output (docs/reference.md section 1, "Checks"): pure text checks and
 * command checks that run a real program on the candidate file. Every check runs, in spec order,
 * so a report lists all that is wrong at once; a verdict's message says what was expected and
 * what was found, with a position where there is one.
 *
 * Decisions (documented for users in docs):
 * - `equals` compares as strings after removing trailing line breaks from both sides, since models
 *   and files end with a newline that nobody means; everything else must match exactly.
 * - `min-length` / `max-length` count characters (Unicode code points), not bytes or tokens.
 * - `is-json` parses the whole text as strict JSON; if the text is exactly one fenced block
 *   (```json ... ``` or ``` ... ```), its content is parsed instead. `schema` (inline, or a JSON or
 *   YAML file relative to the spec's folder) validates the parsed value.
 * - `command` replaces `{file}` with the candidate file's path (shell-quoted) and passes on exit 0.
 * - A spec mistake (a regex that does not compile, a schema that cannot be read) throws a
 *   UsageError instead of failing a verdict: retrying the model cannot fix it.
 */
import { boundedFileName } from '../util/file-names.js';
import { compileLinear, type LinearRegex } from '../util/linear-regex.js';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { CheckSpec } from '../jobspec/schema.js';
import { CancelledError, UsageError } from '../util/errors.js';
import { runCommand } from '../util/run-command.js';
import { commandValues, compileCommandTemplate, isTemplatedCommand } from '../jobspec/command-template.js';
import { lineCol, parseJsonStrict } from './json-error.js';
import { soleFencedBlock } from './fenced.js';
import { isModelOutputCheck, runModelCheck, type ModelCheckServices, type ModelOutputCheck } from './model-checks.js';

export { soleFencedBlock };

export type CheckType = CheckSpec['type'];
export type Severity = 'fail' | 'warn';

export interface CheckVerdict {
  /** Position of the check in the step's `checks` list. */
  index: number;
  type: CheckType;
  passed: boolean;
  message: string;
  /** `warn` (from `on_fail: warn`): a failure is reported but does not fail the step. */
  severity: Severity;
  duration_ms: number;
  /** `similar` and `judge`: the score on 0..1. */
  score?: number;
  /** `judge`: the judge's reason. */
  reason?: string;
  /**
   * True when the check measured nothing (a provider call failed, a judge answer was not a verdict): `passed` is false.
   */
  errored?: boolean;
}

/** A check run's outcome: `errored` when no `fail`-severity check failed but one errored (it measured nothing). */
export type CheckStatus = 'passed' | 'failed' | 'errored';

export interface CheckReport {
  /** False when any check with severity `fail` failed or errored. */
  passed: boolean;
  /** passed, failed (a check failed), or errored (none failed, one could not be measured). */
  status: CheckStatus;
  verdicts: CheckVerdict[];
}

export interface RunChecksOptions {
  /** Writes the candidate output to a file and returns its path; called at most once, lazily. */
  candidateFile?: () => Promise<string>;
  /** Working folder of command checks. */
  cwd: string;
  signal?: AbortSignal;
  /** Folder relative schema paths resolve against (the spec file's folder). */
  baseDir: string;
  /** Environment of command checks; default process.env. */
  env?: Record<string, string | undefined>;
  /**
   * The environment of a command check that passes `names` through (docs/reference.md: Command environments); overrides
   * `env`.
   */
  envFor?: (names?: readonly string[]) => Record<string, string | undefined>;
  /**
   * A command check's command and the variables it needs, from its `run` and the file under check
   * (docs/reference.md, "Values in commands"); default: `{file}` only.
   */
  commandFor?: (run: string, file: string) => { command: string; env: Record<string, string> };
  /**
   * Providers for `similar` (metric embedding) and `judge` checks; without them those checks throw E_CHECK_PROVIDER.
   */
  modelServices?: ModelCheckServices;
}

function fileOnlyCommand(run: string, file: string): { command: string; env: Record<string, string> } {
  const compiled = compileCommandTemplate(run, { file: true });
  return { command: compiled.command, env: commandValues(compiled, { inputs: {}, stepOutput: () => '', file }) };
}

const DEFAULT_COMMAND_TIMEOUT_S = 60;
const TAIL_CHARS = 1500;
const TAIL_LINES = 20;

/** A short, quoted excerpt for messages. */
function quote(s: string, max = 60): string {
  return JSON.stringify(s.length > max ? `${s.slice(0, max)}…` : s);
}

function at(text: string, offset: number): string {
  const { line, col } = lineCol(text, offset);
  return `line ${line} col ${col}`;
}

function codePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A low surrogate completes a pair that was already counted.
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

function stripTrailingNewlines(s: string): string {
  return s.replace(/(?:\r?\n)+$/, '');
}

export function compileRegex(value: string, flags = ''): LinearRegex {
  try {
    return compileLinear(value, flags);
  } catch (e) {
    throw new UsageError('E_CHECK_REGEX', `regex check: ${(e as Error).message}`, {
      hint:
        'regex values use RE2 syntax (linear time: no lookaround, no backreferences); in YAML, prefer single ' +
        'quotes or escape backslashes twice',
    });
  }
}

function tail(out: string): string {
  const lines = out.trimEnd().split('\n');
  let t = lines.slice(-TAIL_LINES).join('\n');
  if (t.length > TAIL_CHARS) t = `…${t.slice(-TAIL_CHARS)}`;
  return t;
}

type Outcome = { passed: boolean; message: string; score?: number; reason?: string; errored?: boolean };

function textCheck(
  text: string,
  check: Exclude<CheckSpec, { type: 'is-json' | 'command' } | ModelOutputCheck>,
): Outcome {
  switch (check.type) {
    case 'contains': {
      const i = text.indexOf(check.value);
      return i >= 0
        ? { passed: true, message: `contains: ${quote(check.value)} found at ${at(text, i)}` }
        : { passed: false, message: `contains: ${quote(check.value)} not found` };
    }
    case 'not-contains': {
      const i = text.indexOf(check.value);
      return i < 0
        ? { passed: true, message: `not-contains: ${quote(check.value)} absent` }
        : { passed: false, message: `not-contains: ${quote(check.value)} found at ${at(text, i)}` };
    }
    case 'regex': {
      const re = compileRegex(check.value, check.flags ?? '');
      const shown = `/${check.value}/${check.flags ?? ''}`;
      const m = re.exec(text);
      return m
        ? { passed: true, message: `regex ${shown} matched ${quote(m.text)} at ${at(text, m.index)}` }
        : { passed: false, message: `regex ${shown} not found` };
    }
    case 'equals': {
      const expected = stripTrailingNewlines(String(check.value));
      const actual = stripTrailingNewlines(text);
      if (actual === expected) return { passed: true, message: `equals: ${quote(expected)}` };
      let i = 0;
      while (i < actual.length && i < expected.length && actual[i] === expected[i]) i++;
      return {
        passed: false,
        message: `equals: expected ${quote(expected)}, got ${quote(actual)} (first difference at ${at(actual, i)})`,
      };
    }
    case 'min-length': {
      const n = codePoints(text);
      return n >= check.value
        ? { passed: true, message: `min-length: ${n} >= ${check.value} characters` }
        : { passed: false, message: `min-length: ${n} < ${check.value} characters` };
    }
    case 'max-length': {
      const n = codePoints(text);
      return n <= check.value
        ? { passed: true, message: `max-length: ${n} <= ${check.value} characters` }
        : { passed: false, message: `max-length: ${n} > ${check.value} characters` };
    }
  }
}

async function jsonCheck(
  text: string,
  check: Extract<CheckSpec, { type: 'is-json' }>,
  baseDir: string,
): Promise<Outcome> {
  const fenced = soleFencedBlock(text);
  const source = fenced ?? text;
  const parsed = parseJsonStrict(source);
  if (!parsed.ok) {
    const where = fenced !== null ? ' (inside the fenced block)' : '';
    return {
      passed: false,
      message: `is-json: ${parsed.problem.message} at line ${parsed.problem.line} col ${parsed.problem.col}${where}`,
    };
  }
  if (check.schema === undefined) return { passed: true, message: 'is-json: valid JSON' };
  // ajv is loaded only for the checks that need it: every run's start-up pays for eager imports.
  const { compileSchema, describeSchemaErrors, jsonDepth, loadSchema, MAX_JSON_DEPTH } =
    await import('./json-schema.js');
  if (jsonDepth(parsed.value) > MAX_JSON_DEPTH)
    return { passed: false, message: `is-json: nests more than ${MAX_JSON_DEPTH} levels deep` };
  const { schema, label } = await loadSchema(check.schema, baseDir);
  const validate = compileSchema(schema, label);
  if (validate(parsed.value)) return { passed: true, message: `is-json: valid JSON, matches ${label}` };
  return { passed: false, message: `is-json: does not match ${label}: ${describeSchemaErrors(validate.errors)}` };
}

async function commandCheck(
  check: Extract<CheckSpec, { type: 'command' }>,
  file: () => Promise<string>,
  opts: RunChecksOptions,
): Promise<Outcome> {
  // The file's path, like every value, reaches the shell as a variable, never as command text.
  const templated = isTemplatedCommand(check.run, { file: true });
  const { command, env: values } = templated
    ? (opts.commandFor ?? fileOnlyCommand)(check.run, check.run.includes('{file}') ? await file() : '')
    : { command: check.run, env: {} };
  const timeoutS = check.timeout_s ?? DEFAULT_COMMAND_TIMEOUT_S;
  const r = await runCommand(command, {
    cwd: opts.cwd,
    timeoutMs: timeoutS * 1000,
    signal: opts.signal,
    env: { ...(opts.envFor ? opts.envFor(check.env_passthrough) : (opts.env ?? process.env)), ...values },
    maxOutputBytes: 256 * 1024,
  });
  if (r.aborted) throw opts.signal?.reason ?? new CancelledError();
  const out = tail([r.stdout.trimEnd(), r.stderr.trimEnd()].filter((s) => s !== '').join('\n'));
  const shown = `\`${check.run}\``;
  const suffix = out === '' ? '' : `:\n${out}`;
  if (r.timedOut) return { passed: false, message: `command ${shown} timed out after ${timeoutS} s${suffix}` };
  if (r.exitCode === 0) return { passed: true, message: `command ${shown} exited 0` };
  const how = r.exitCode === null ? `was killed by ${r.signal ?? 'a signal'}` : `exited ${r.exitCode}`;
  return { passed: false, message: `command ${shown} ${how}${suffix}` };
}

/**
 * Runs `checks` on `text` and reports every verdict. Throws only for spec mistakes (E_CHECK_REGEX,
 * E_CHECK_SCHEMA), a command that cannot start (E_COMMAND_SPAWN) and cancellation (the signal's
 * reason).
 */
export async function runChecks(text: string, checks: CheckSpec[], opts: RunChecksOptions): Promise<CheckReport> {
  const verdicts: CheckVerdict[] = [];
  let candidate: Promise<string> | undefined;
  let ownTempDir: string | undefined;
  const file = (): Promise<string> => {
    candidate ??= opts.candidateFile
      ? opts.candidateFile()
      : (async () => {
          ownTempDir = await mkdtemp(join(tmpdir(), 'orchestrator-check-'));
          const path = join(ownTempDir, 'output.txt');
          await writeFile(path, text);
          return path;
        })();
    return candidate;
  };
  try {
    for (const [index, check] of checks.entries()) {
      if (opts.signal?.aborted) throw opts.signal.reason ?? new CancelledError();
      const started = performance.now();
      const outcome: Outcome =
        check.type === 'is-json'
          ? await jsonCheck(text, check, opts.baseDir)
          : check.type === 'command'
            ? await commandCheck(check, file, opts)
            : isModelOutputCheck(check)
              ? await runModelCheck(text, check, index, {
                  baseDir: opts.baseDir,
                  signal: opts.signal,
                  services: opts.modelServices,
                })
              : textCheck(text, check);
      verdicts.push({
        index,
        type: check.type,
        passed: outcome.passed,
        message: outcome.message,
        severity: check.on_fail ?? 'fail',
        duration_ms: Math.round(performance.now() - started),
        ...(outcome.score !== undefined ? { score: outcome.score } : {}),
        ...(outcome.reason !== undefined ? { reason: outcome.reason } : {}),
        ...(outcome.errored ? { errored: true } : {}),
      });
    }
  } finally {
    if (ownTempDir) await rm(ownTempDir, { recursive: true, force: true });
  }
  return reportOf(verdicts);
}

/** The report of a list of verdicts: a failed check outranks an errored one (the output was measured, and failed). */
export function reportOf(verdicts: CheckVerdict[]): CheckReport {
  const counted = verdicts.filter((v) => v.severity !== 'warn' && !v.passed);
  const status: CheckStatus = counted.some((v) => !v.errored) ? 'failed' : counted.length > 0 ? 'errored' : 'passed';
  return { passed: status === 'passed', status, verdicts };
}

/**
 * Writes a candidate output to a fresh folder under `dir`, keeping the output's file name (so
 * `python3 -m py_compile {file}` sees `main.py`). Returns the file's path; remove its folder
 * (`dirname(path)`) when done.
 */
export async function writeCandidate(dir: string, relPath: string, content: string): Promise<string> {
  const folder = await mkdtemp(join(dir, 'candidate-'));
  // An output named after a long item keeps within the file-name limit, as in outputs/.
  const name = boundedFileName(basename(relPath.replaceAll('\\', '/')) || 'output.txt');
  const path = join(folder, name);
  await writeFile(path, content);
  return path;
}
