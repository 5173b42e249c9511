/**
 * Whether a run would expose keys to its commands (docs/security.md, guarantee 2): a command
 * step or a command check runs as the engine's child and can read `/proc/$PPID/environ`, the
 * environment the engine was exec'd with. The faces re-exec without the keys first; where that
 * is impossible (Node < 22.15, Windows) a run with keys in the environment and commands to run is
 * refused unless the caller accepts the risk on purpose.
 */
import type { JobSpec } from '../jobspec/schema.js';
import { UsageError } from '../util/errors.js';
import { HANDOFF_VARIABLE } from '../util/secret-handoff.js';
import { withheldVariableNames } from './command-env.js';

/** The first Node release with `process.execve`, which the re-exec needs. */
export const REEXEC_NODE_VERSION = '22.15.0';
export const ALLOW_KEY_EXPOSURE_FLAG = '--allow-key-exposure';
export const ALLOW_KEY_EXPOSURE_ENV = 'ORCHESTRATOR_ALLOW_KEY_EXPOSURE';

/** Whether any step runs a command: a command step or a `command` check. */
export function runsCommands(spec: Pick<JobSpec, 'steps'>): boolean {
  return Object.values(spec.steps).some((s) => s.run !== undefined || s.checks.some((c) => c.type === 'command'));
}

/** The key and token variables of the spec's rule that are set (names only, sorted). */
export function keyVariablesPresent(
  spec: Pick<JobSpec, 'providers'>,
  env: Record<string, string | undefined>,
): string[] {
  return withheldVariableNames(spec)
    .filter((n) => n !== HANDOFF_VARIABLE && env[n] !== undefined && env[n] !== '')
    .sort();
}

/** Whether the caller accepted the risk through the environment (`1`, `true`, `yes`). */
export function exposureAllowedByEnv(env: Record<string, string | undefined>): boolean {
  return /^(1|true|yes)$/i.test(env[ALLOW_KEY_EXPOSURE_ENV]?.trim() ?? '');
}

/** The refusal: which variables, which Node is needed, and how to accept the risk. */
export function keyExposureError(present: readonly string[], nodeVersion: string, platform: string): UsageError {
  const why =
    platform === 'win32'
      ? 'on Windows the engine cannot re-exec itself without them'
      : `Node ${nodeVersion} has no process.execve, so the engine cannot re-exec itself without them`;
  return new UsageError(
    'E_KEY_EXPOSURE',
    `refusing to run: ${present.join(', ')} ${present.length === 1 ? 'is' : 'are'} set and this job runs ` +
      `commands, which could read ${present.length === 1 ? 'it' : 'them'} from the engine's process ` +
      `environment (/proc/PID/environ): ${why}`,
    {
      hint:
        `run on Node >= ${REEXEC_NODE_VERSION} (e.g. node_modules/.bin/node from the package's node ` +
        `devDependency, or actions/setup-node), or accept the risk with ${ALLOW_KEY_EXPOSURE_FLAG} (or ` +
        `${ALLOW_KEY_EXPOSURE_ENV}=1); see docs/security.md`,
    },
  );
}

/** The warning printed, whatever --quiet says, when the risk was accepted. */
export function keyExposureWarning(present: readonly string[]): string {
  return (
    `warning: ${ALLOW_KEY_EXPOSURE_FLAG}: command steps of this run can read ${present.join(', ')} from the ` +
    `engine's process environment (see docs/security.md)\n`
  );
}
