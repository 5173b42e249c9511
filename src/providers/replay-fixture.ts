/**
 * Replay fixture entries (docs/reference.md, "Replay fixtures"). An entry is, per step id
 * (`STEP`, an instance `STEP[KEY]`, a judge call `judge:STEP`):
 * - 2.1: a response text, or a list of them;
 * - 2.2, written by `orchestrator record`: `{ response, prompt, prompt_sha256 }`, or a list of
 *   those (one per sample), where `prompt` is the request as the step's log shows it (redacted)
 *   and `prompt_sha256` its hash.
 * A strict provider compares the hash of what it is asked with the entry's, so a fixture answers
 * only the prompt it was recorded for.
 */
import { loggedPrompt } from '../run/step-log.js';
import { OrchestratorError, UsageError } from '../util/errors.js';
import { sha256 } from '../util/hash.js';

export interface ReplayAnswer {
  text: string;
  /** Recorded entries only. */
  prompt?: string;
  promptSha256?: string;
}

function bad(where: string, why: string): UsageError {
  return new UsageError('E_REPLAY_FILE', `${where}: ${why}`, {
    hint:
      'an entry is a text, a list of texts, or { response, prompt, prompt_sha256 } (orchestrator record writes ' +
      'these)',
  });
}

function answerOf(value: unknown, where: string): ReplayAnswer {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const o = value as Record<string, unknown>;
    if (typeof o.response !== 'string') throw bad(where, 'a recorded entry needs `response` (text)');
    for (const k of Object.keys(o))
      if (!['response', 'prompt', 'prompt_sha256'].includes(k)) throw bad(where, `unknown key ${JSON.stringify(k)}`);
    if (o.prompt !== undefined && typeof o.prompt !== 'string') throw bad(where, '`prompt` must be text');
    if (
      o.prompt_sha256 !== undefined &&
      (typeof o.prompt_sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(o.prompt_sha256))
    )
      throw bad(where, '`prompt_sha256` must be 64 lower-case hex digits');
    return {
      text: o.response,
      ...(typeof o.prompt === 'string' ? { prompt: o.prompt } : {}),
      ...(typeof o.prompt_sha256 === 'string' ? { promptSha256: o.prompt_sha256 } : {}),
    };
  }
  if (Array.isArray(value)) throw bad(where, 'a list inside a list');
  return { text: String(value) };
}

/** A parsed fixture document: entry name -> answers (in turn, or by sample). */
export function parseReplayFixture(doc: Record<string, unknown>, where: string): Map<string, ReplayAnswer[]> {
  const map = new Map<string, ReplayAnswer[]>();
  for (const [entry, value] of Object.entries(doc)) {
    const list = Array.isArray(value)
      ? value.map((v, i) => answerOf(v, `${where}: ${entry}[${i}]`))
      : [answerOf(value, `${where}: ${entry}`)];
    if (list.length === 0) throw new UsageError('E_REPLAY_FILE', `${where}: step ${entry} has an empty list`);
    map.set(entry, list);
  }
  return map;
}

/** Bounds the diff in an error message (events, summaries): a whole prompt can be megabytes. */
const MAX_DIFF_CHARS = 8000;

/**
 * Throws `E_REPLAY_STALE` when `answer` was recorded for another prompt than the one sent.
 * `redact` is the run's redactor: the recorded prompt is the redacted log text.
 */
export async function checkFresh(
  answer: ReplayAnswer,
  req: { stepId: string; entry: string; system?: string; prompt: string },
  where: { provider: string; file: string },
  redact: (text: string) => string = (t) => t,
): Promise<void> {
  if (answer.promptSha256 === undefined) return;
  const current = redact(loggedPrompt(req.system, req.prompt));
  if (sha256(current) === answer.promptSha256) return;
  // Loaded only for a stale entry: the diff library is twenty modules every run would load.
  const { createTwoFilesPatch } = await import('diff');
  const recorded = answer.prompt ?? '(the recorded prompt is not in the fixture; only its hash)\n';
  let diff = createTwoFilesPatch(
    `recorded/${req.entry}`,
    `current/${req.stepId}`,
    recorded,
    current,
    undefined,
    undefined,
    { context: 3 },
  );
  if (diff.length > MAX_DIFF_CHARS)
    diff = `${diff.slice(0, MAX_DIFF_CHARS)}\n... (diff cut at ${MAX_DIFF_CHARS} characters)\n`;
  throw new OrchestratorError(
    'E_REPLAY_STALE',
    `provider ${where.provider}: the entry "${req.entry}" in ${where.file} was recorded for another prompt ` +
      `than step ${req.stepId} sends now (strict replay):\n${diff}`,
    {
      hint:
        'the prompt changed since the fixture was recorded: re-record it (orchestrator record RUN --out FILE; ' +
        'in this repository npm run record-fixtures)',
    },
  );
}
