/** `orchestrator record RUN --out FILE`: a replay fixture from a run's logs (docs/reference.md, "Replay fixtures"). */
import { resolve } from 'node:path';
import { stringify } from 'yaml';
import { recordRun } from '../../run/record-fixture.js';
import { resolveRunId, runPaths } from '../../run/run-folder.js';
import { atomicWriteSync } from '../../util/atomic-write.js';
import { OrchestratorError } from '../../util/errors.js';
import type { Io } from '../io.js';

export interface RecordFlags {
  out: string;
  runsDir: string;
  json?: boolean;
  quiet?: boolean;
}

export async function recordCommand(run: string | undefined, flags: RecordFlags, io: Io): Promise<number> {
  const jobId = resolveRunId(flags.runsDir, run);
  const { doc, unanswered } = recordRun(runPaths(flags.runsDir, jobId).dir);
  const entries = Object.keys(doc).length;
  if (entries === 0)
    throw new OrchestratorError('E_RECORD_EMPTY', `run ${jobId} holds no LLM call to record`, {
      hint: 'record a run whose LLM steps ran or were served from the cache',
    });
  const header =
    `# Replay fixture recorded by \`orchestrator record ${jobId}\`: step -> { response, prompt, prompt_sha256 ` +
    `}.\n# With \`strict: true\` on the replay provider, a step whose prompt changed fails (E_REPLAY_STALE) ` +
    `until this is recorded again.\n`;
  // Literal blocks keep prompts and answers readable and byte-exact (YAML 1.2, read back with any core-schema parser).
  const body = stringify(doc, { lineWidth: 0, blockQuote: 'literal', aliasDuplicateObjects: false });
  const out = resolve(flags.out);
  atomicWriteSync(out, header + body);
  if (flags.json) io.out(`${JSON.stringify({ job_id: jobId, out, entries: Object.keys(doc), unanswered })}\n`);
  else io.out(`recorded ${entries} entr${entries === 1 ? 'y' : 'ies'} from run ${jobId} into ${out}\n`);
  if (unanswered.length && !flags.quiet)
    io.err(`warning: no answer in the logs of ${unanswered.join(', ')}: not recorded\n`);
  return 0;
}
