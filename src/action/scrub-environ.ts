/**
 * The action's process takes its keys and the runner's tokens out of its exec'd
 * environment before anything runs (src/util/secret-handoff.ts), so a command step cannot read
 * them from /proc/$PPID/environ. The values stay in process.env for @actions/* and the providers.
 */
import { resolve } from 'node:path';
import { ACCESS_VARIABLES, withheldVariableNames } from '../engine/command-env.js';
import { DEFAULT_KEY_VARIABLES } from '../providers/secrets.js';
import { receiveHandedOverSecrets, reexecWithoutSecrets, sensitiveVariableNames } from '../util/secret-handoff.js';

/** The variables to scrub: the runner's tokens, the key variables the spec names, credential-like names. */
async function namesToScrub(env: NodeJS.ProcessEnv): Promise<string[]> {
  const names: string[] = [...ACCESS_VARIABLES, ...DEFAULT_KEY_VARIABLES];
  try {
    const spec = env['INPUT_SPEC'];
    if (spec) {
      const { loadSpec } = await import('../jobspec/load.js');
      const workDir = resolve(env.GITHUB_WORKSPACE ?? '.', env['INPUT_WORKING-DIRECTORY'] ?? '.');
      names.push(...withheldVariableNames((await loadSpec(resolve(workDir, spec))).spec));
    }
  } catch {
    // A bad spec is reported by the run itself; scrub what is known.
  }
  return sensitiveVariableNames(env, names);
}

/** Call first in the action's entry: re-execs once (same pid, same stdio) and returns in the new process. */
export async function scrubActionEnvironment(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  receiveHandedOverSecrets(env);
  reexecWithoutSecrets(await namesToScrub(env), env);
}
