/**
 * The environment of command steps and command checks (docs/reference.md: Command environments), from one explicit
 * rule:
 *
 *   the engine's environment
 *   - every variable that grants access: the spec's api_key_env variables, the hosted providers'
 *     default key variables, the runner's tokens (ACCESS_VARIABLES), and any variable holding a
 *     known secret value under another name (the action's `github-token` arrives as
 *     `INPUT_GITHUB-TOKEN`)
 *   + the variables the step or check names in `env_passthrough` (on purpose, so opt-in)
 *   + ORCHESTRATOR_* run variables (spec folder, run folder, outputs folder, job id)
 *
 * Commands often run model-written code: whatever they can read, a prompt injection can exfiltrate.
 */
import { keyVariableNames } from '../providers/secrets.js';
import type { JobSpec } from '../jobspec/schema.js';
import { HANDOFF_VARIABLE } from '../util/secret-handoff.js';
import { MIN_SECRET_LENGTH, type Redactor } from '../util/redact.js';
import { OrchestratorError } from '../util/errors.js';

/** Runner-provided variables that grant access to GitHub or the Actions services. */
export const ACCESS_VARIABLES = [
  'GITHUB_TOKEN',
  'GH_TOKEN',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_URL',
  'INPUT_GITHUB-TOKEN',
  // Names the file holding a GitHub OIDC token for keyless providers.
  'ORCHESTRATOR_OIDC_TOKEN_FILE',
] as const;

/** Names of every variable the rule withholds for this spec (before any value-based match). */
export function withheldVariableNames(spec: Pick<JobSpec, 'providers'>): string[] {
  return [...new Set([...keyVariableNames(spec), ...ACCESS_VARIABLES, HANDOFF_VARIABLE])];
}

export interface CommandEnvRule {
  /** The engine's environment. */
  base: Record<string, string | undefined>;
  /** Variable names withheld (withheldVariableNames). */
  withheld: Iterable<string>;
  /** Secret values: a variable holding one of them is withheld whatever its name. */
  secretValues: Iterable<string>;
  /** Variables added for every command (ORCHESTRATOR_RUN_DIR ...). */
  extra?: Record<string, string>;
}

/** Whether `value` is a secret or holds one long enough to be one (MIN_SECRET_LENGTH, as the redactor). */
function holdsSecret(value: string, secrets: ReadonlySet<string>): boolean {
  if (secrets.has(value)) return true;
  for (const s of secrets) if (s.length >= MIN_SECRET_LENGTH && value.includes(s)) return true;
  return false;
}

/**
 * Throws when a value about to be passed to a command holds a secret (a for_each item, an input
 * or an answer that is a key): commands never get keys, under any name. Names the variable only.
 */
export function assertNoSecretValues(redactor: Redactor, values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values)) {
    if (redactor.apply(value) !== value)
      throw new OrchestratorError('E_SECRET_VALUE', `${name} would hold a key's value; commands never get keys`, {
        hint: 'keep keys out of inputs, for_each lists and answers that commands use',
      });
  }
}

/** Builds command environments: `envFor(passthrough)` for a step or check. */
export class CommandEnvironment {
  private readonly filtered: Record<string, string | undefined>;
  private readonly withheld: Set<string>;

  constructor(private readonly rule: CommandEnvRule) {
    this.withheld = new Set(rule.withheld);
    const values = new Set([...rule.secretValues].filter((v) => v !== ''));
    this.filtered = {};
    for (const [k, v] of Object.entries(rule.base)) {
      if (v === undefined || this.withheld.has(k) || values.has(v)) continue;
      this.filtered[k] = v;
    }
    // A run variable holding a key (an input whose value is a key) is withheld like the key itself.
    for (const [k, v] of Object.entries(rule.extra ?? {})) if (!holdsSecret(v, values)) this.filtered[k] = v;
  }

  /** The environment without any passthrough. */
  get base(): Record<string, string | undefined> {
    return this.filtered;
  }

  /** The environment for a step or check that passes `names` through on purpose. */
  envFor(names?: readonly string[]): Record<string, string | undefined> {
    if (!names || names.length === 0) return this.filtered;
    const env = { ...this.filtered };
    for (const n of names) {
      if (n === HANDOFF_VARIABLE) continue;
      const v = this.rule.base[n];
      if (v !== undefined) env[n] = v;
    }
    return env;
  }
}
