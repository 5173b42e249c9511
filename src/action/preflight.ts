/**
 * The action's offline provider check before the first step (docs/reference.md, "doctor"): the
 * same rows as `orchestrator doctor` without `--online`, so no model is called. Problems and
 * warnings become notes at the top of the job summary; the run goes on (a missing key still stops
 * it at the engine's own preflight, with its own error).
 */
import type { ProviderSpec } from '../jobspec/schema.js';
import { doctor, doctorNotes } from '../providers/doctor.js';

export async function preflightNotes(
  providers: Readonly<Record<string, ProviderSpec>>,
  env: Readonly<Record<string, string | undefined>>,
): Promise<string[]> {
  let report;
  try {
    report = await doctor({ providers, env, online: false });
  } catch {
    return []; // the check is advice: a failure of its own never stops a run
  }
  const { problems, warnings } = doctorNotes(report);
  return [
    ...problems.map((p) => `⚠️ Preflight (\`orchestrator doctor\`): ${p}`),
    ...warnings.map((w) => `Preflight warning: ${w}`),
  ];
}
