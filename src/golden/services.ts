/**
 * Judge and embedding calls for `orchestrator golden` (outside a run): the spec's providers in a
 * provider pool of their own, with their retries, timeouts and rate limits, no cache (a golden
 * check measures the model now) and no event log. Replay answers a golden file's judge call from
 * the entry `golden:PATH`.
 */
import type { LoadedSpec } from '../jobspec/schema.js';
import { JUDGE_OUTPUT_SCHEMA, JudgeAnswerError, judgePrompt, parseJudgeAnswer } from '../quality/judge.js';
import type { ModelCheckServices } from '../quality/model-checks.js';
import { ProviderPool } from '../routing/pool.js';
import { systemClock } from '../util/clock.js';
import { OrchestratorError, UsageError } from '../util/errors.js';
import { newSpanId } from '../util/ids.js';
import { Redactor } from '../util/redact.js';
import { namedSecrets } from '../providers/secrets.js';

export function goldenServices(
  loaded: LoadedSpec,
  env: Record<string, string | undefined>,
  signal: AbortSignal,
): (path: string) => ModelCheckServices {
  const pool = new ProviderPool({ loaded, env, events: { emit: () => undefined }, clock: systemClock, newSpanId });
  const { retries, timeout_s } = loaded.spec.defaults;
  const redactor = new Redactor(namedSecrets(loaded.spec, env));
  return (path) => ({
    async judge(call) {
      const { system, prompt } = judgePrompt(call);
      const res = await pool.invokeSettled({
        stepId: `golden:${path}`,
        target: call.check.provider,
        system,
        prompt,
        timeoutMs: timeout_s * 1000,
        retries,
        signal,
        stepSpanId: newSpanId(),
        outputSchema: JUDGE_OUTPUT_SCHEMA,
      });
      if (!res.ok) throw res.error;
      try {
        const v = parseJudgeAnswer(res.result.text);
        return { ...v, reason: redactor.apply(v.reason) };
      } catch (e) {
        if (e instanceof JudgeAnswerError)
          throw new OrchestratorError('E_JUDGE_ANSWER', `${res.provider.name}: ${e.message}`);
        throw e;
      }
    },
    async embed(call) {
      const provider = pool.get(call.provider);
      if (!provider.embed)
        throw new UsageError(
          'E_NO_EMBEDDINGS',
          `provider ${call.provider} (type ${provider.type}) has no embeddings API`,
        );
      const r = await provider.embed({
        model: call.model,
        values: call.texts,
        signal: AbortSignal.any([signal, AbortSignal.timeout(timeout_s * 1000)]),
      });
      return r.embeddings;
    },
  });
}
