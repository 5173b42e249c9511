/**
 * A run without credentials skips the steps that need a call (`needs_credentials`) and the steps
 * that need them; each dependent's `upstream` names the step that needed the call, however deep.
 */
export { NEEDS_CREDENTIALS } from '../routing/credentials.js';

/** The step whose call started the chain that skips `id` (remembered in `causes` for `id`'s own dependents). */
export function credentialCause(causes: Map<string, string>, id: string, need: string): string {
  const cause = causes.get(need) ?? need;
  causes.set(id, cause);
  return cause;
}
