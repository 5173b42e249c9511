/**
 * What `run` prints after a run that did not finish: why it stopped, and the exact command that
 * continues it (docs/reference.md, "Resume"). Input values are not stored in the run folder, so
 * the command repeats the `--input` / `--input-file` flags this run was given: a value that looks
 * secret (a key variable's value, a credential's shape) or does not fit on a line becomes a
 * `NAME=...` placeholder, never the value.
 */
import type { Manifest } from '../run/manifest-types.js';
import type { JobSpec } from '../jobspec/schema.js';
import { withheldVariableNames } from '../engine/command-env.js';
import { shellQuote } from '../util/run-command.js';
import { formatUsd } from '../budget/ledger.js';

export interface ResumeFlags {
  spec: string;
  runsDir: string;
  cacheDir: string;
  input?: string[];
  inputFile?: string[];
}

/** Variable names whose values are credentials whatever the spec says. */
const SECRET_NAME = /KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|PRIVATE/i;
/** Shapes of well-known credentials: OpenAI/Anthropic keys, GitHub tokens, AWS key ids, Slack tokens, JWTs. */
const SECRET_SHAPE = new RegExp(
  `(${[
    'sk-[A-Za-z0-9_-]{8,}',
    'gh[pousr]_[A-Za-z0-9]{20,}',
    'github_pat_\\w{20,}',
    'AKIA[0-9A-Z]{16}',
    'xox[abprs]-[\\w-]{10,}',
    'eyJ[\\w-]{10,}\\.[\\w-]{10,}\\.',
  ].join('|')})`,
);
const MAX_SHOWN_VALUE = 200;

function secretValuesOf(spec: Pick<JobSpec, 'providers'>, env: Readonly<Record<string, string | undefined>>): string[] {
  const names = new Set([...withheldVariableNames(spec), ...Object.keys(env).filter((n) => SECRET_NAME.test(n))]);
  // Values of a few characters ("1", "true") are not secrets, and hiding them would hide every input.
  return [...names].map((n) => env[n]).filter((v): v is string => typeof v === 'string' && v.length >= 8);
}

/** The `--input` flags to repeat: values as given when safe to show, else `NAME=...`. */
function inputFlags(flags: ResumeFlags, secrets: readonly string[]): { words: string[]; placeholders: string[] } {
  const words: string[] = [];
  const placeholders: string[] = [];
  for (const given of flags.input ?? []) {
    const eq = given.indexOf('=');
    const name = eq < 0 ? given : given.slice(0, eq);
    const value = eq < 0 ? '' : given.slice(eq + 1);
    // NAME=@FILE names a file: the path is shown, its content is read again on resume.
    const hidden =
      !value.startsWith('@') &&
      (value.length > MAX_SHOWN_VALUE ||
        /[\r\n\0]/.test(value) ||
        SECRET_SHAPE.test(value) ||
        secrets.some((s) => value.includes(s)));
    if (hidden) placeholders.push(name);
    words.push('--input', shellQuote(hidden ? `${name}=...` : `${name}=${value}`));
  }
  for (const f of flags.inputFile ?? []) words.push('--input-file', shellQuote(f));
  return { words, placeholders };
}

/** `orchestrator run --spec F --resume ID [--runs-dir D] [--cache-dir C] [--input ...] [extra]`. */
export function resumeCommand(
  flags: ResumeFlags,
  jobId: string,
  spec: Pick<JobSpec, 'providers'>,
  env: Readonly<Record<string, string | undefined>>,
  extra: string[] = [],
): { command: string; placeholders: string[] } {
  const { words, placeholders } = inputFlags(flags, secretValuesOf(spec, env));
  const parts = ['orchestrator', 'run', '--spec', shellQuote(flags.spec), '--resume', shellQuote(jobId)];
  if (flags.runsDir !== 'runs') parts.push('--runs-dir', shellQuote(flags.runsDir));
  if (flags.cacheDir !== '.orchestrator/cache') parts.push('--cache-dir', shellQuote(flags.cacheDir));
  parts.push(...extra, ...words);
  return { command: parts.join(' '), placeholders };
}

/** Twice the budget that stopped the run (or twice the spend, when larger), rounded up to two significant digits. */
export function largerBudget(limit: number, spent: number): string {
  const next = Math.max(limit * 2, spent * 2, 0.01);
  const step = 10 ** (Math.floor(Math.log10(next)) - 1);
  return String(Number((Math.ceil(next / step - 1e-9) * step).toPrecision(2)));
}

/** Lines after the summary of a run that stopped early; empty for a run that succeeded. */
export function stopNotes(
  m: Manifest,
  flags: ResumeFlags,
  spec: Pick<JobSpec, 'providers'>,
  env: Readonly<Record<string, string | undefined>>,
): string[] {
  if (m.status === 'succeeded') return [];
  const lines: string[] = [];
  const b = m.totals.budget;
  let extra: string[] = [];
  if (b?.exceeded) {
    const skipped = Object.values(m.steps).filter(
      (s) => s.status === 'skipped' && s.reason === 'budget_exceeded',
    ).length;
    const what =
      b.exceeded === 'usd'
        ? `$${formatUsd(b.spent_usd)} spent of the $${formatUsd(b.usd ?? 0)} budget`
        : `${b.spent_tokens} tokens used of the ${b.tokens ?? 0} token budget`;
    lines.push(
      `stopped: budget reached: ${what}; ${skipped} step${skipped === 1 ? '' : 's'} not started (budget_exceeded)`,
    );
    if (b.exceeded === 'usd') extra = ['--budget-usd', largerBudget(b.usd ?? 0, b.spent_usd)];
    else
      lines.push('raise budget.tokens in the spec, then continue; completed steps and cache hits cost nothing again');
  } else if (m.status === 'cancelled') {
    lines.push('stopped: interrupted; completed steps are kept');
  } else if (m.status !== 'failed') {
    return [];
  }
  const { command, placeholders } = resumeCommand(flags, m.job_id, spec, env, extra);
  lines.push(
    (b?.exceeded === 'usd'
      ? 'continue with a larger budget'
      : m.status === 'failed'
        ? 'after a fix, continue with'
        : 'continue with') + `: ${command}`,
  );
  if (placeholders.length)
    lines.push(
      `replace ${placeholders.map((n) => `${n}=...`).join(', ')} with the ` +
        `value${placeholders.length === 1 ? '' : 's'} this run was given (not shown: it may be secret)`,
    );
  return lines;
}
