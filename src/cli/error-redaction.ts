/**
 * Errors the CLI prints before a run has its own redactor (a bad `--input`, an unknown input
 * name, a spec that does not load) may quote what the user typed, and a user may type a key
 * where a name belongs (`--input "$OPENAI_API_KEY"`). Every error line is redacted with the
 * values of the variables that look like keys or tokens in the environment.
 */
import { ACCESS_VARIABLES } from '../engine/command-env.js';
import { DEFAULT_KEY_VARIABLES } from '../providers/secrets.js';
import { Redactor } from '../util/redact.js';

/** Key-like names: the credential names the re-exec scrubs, and any `*_KEY` (an `api_key_env` such as GW_KEY). */
const KEYISH = /(^|_)(API_?KEY|KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIALS?)($|_)/i;

export function errorRedactor(env: Record<string, string | undefined>): Redactor {
  const known = new Set<string>([...DEFAULT_KEY_VARIABLES, ...ACCESS_VARIABLES]);
  const secrets: Array<{ name: string; value: string }> = [];
  for (const [name, value] of Object.entries(env)) {
    if (value && value.trim() !== '' && (known.has(name) || KEYISH.test(name))) secrets.push({ name, value });
  }
  return new Redactor(secrets);
}
