/**
 * What `run` would reject about a provider before its first call, checked at validate time so
 * `validate` passing means `run` gets past set-up: a replay provider's responses file (exists, is
 * a YAML mapping), and an openai-compatible provider's base_url (it has no default endpoint).
 * API keys are not checked: they belong to the environment of the run, not to the spec.
 */
import { ConfinedFileError, readConfined, specRoot } from '../util/confined-read.js';
import { parseYamlData } from '../util/yaml-data.js';
import type { Reporter } from './reporter.js';
import { oidcAuthProblems } from './auth-fields.js';
import { answerTokensOf, EXPECTED_OUTPUT_TOKENS } from './call-tokens.js';
import { checkBedrockProvider } from './bedrock-checks.js';
import { checkAzureProvider } from './azure-checks.js';
import { checkGeminiProvider } from './gemini-checks.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

async function responsesProblem(rel: string, baseDir: string): Promise<string | undefined> {
  let raw: string;
  try {
    // Confined like every file a spec names; a refusal is reported by semantics.ts.
    raw = (await readConfined(rel, { root: specRoot(baseDir), base: baseDir, label: 'responses file' })).toString(
      'utf8',
    );
  } catch (e) {
    if (e instanceof ConfinedFileError) return undefined;
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT'
      ? 'does not exist'
      : code === 'EISDIR'
        ? 'is a folder, not a file'
        : `cannot be read (${code ?? String(e)})`;
  }
  let doc: unknown;
  try {
    doc = parseYamlData(raw);
  } catch (e) {
    return `is not valid YAML: ${(e as Error).message.split('\n')[0]}`;
  }
  return isObj(doc) ? undefined : 'must map step ids to responses (step: "text" or step: [list])';
}

/**
 * A `tpm` below the tokens one call is counted for (its answer's share alone) spaces every call
 * more than a minute apart: a run that waits hours per call with nothing to say why.
 */
function tpmProblem(name: string, p: Obj, report: Reporter): void {
  const tpm = isObj(p.rate_limit) ? p.rate_limit.tpm : undefined;
  if (typeof tpm !== 'number') return;
  const options =
    isObj(p.options) && typeof p.options.max_tokens === 'number' ? { max_tokens: p.options.max_tokens } : undefined;
  const floor = answerTokensOf({ options });
  if (tpm >= floor) return;
  report.at(
    ['providers', name, 'rate_limit', 'tpm'],
    'value',
    `provider "${name}": rate_limit.tpm ${tpm} is less than the ${floor} tokens one call is counted for ` +
      `(${options ? 'its max_tokens' : `an answer without max_tokens, ${EXPECTED_OUTPUT_TOKENS}`} ` +
      `plus the prompt), so every call would wait more than a minute`,
    "set tpm to the provider's tokens-per-minute limit (thousands for hosted APIs), or lower options.max_tokens",
  );
}

export async function checkProviders(providers: Obj, baseDir: string, report: Reporter, files: boolean): Promise<void> {
  const pending: Array<Promise<void>> = [];
  for (const [name, p] of Object.entries(providers)) {
    if (!isObj(p)) continue;
    if (p.type === 'openai-compatible' && (p.base_url === undefined || p.base_url === '')) {
      report.at(
        ['providers', name],
        'key',
        `provider "${name}" of type openai-compatible needs base_url`,
        "set base_url to the server's OpenAI-compatible endpoint, e.g. http://127.0.0.1:8080/v1",
      );
    }
    if (p.batch === true && p.type !== 'openai' && p.type !== 'anthropic') {
      report.at(
        ['providers', name, 'batch'],
        'key',
        `provider "${name}": batch: true needs type openai or anthropic (the providers with a batch API), ` +
          `not ${String(p.type)}`,
        'remove batch: true, or use an openai or anthropic provider for the steps that can wait',
      );
    }
    if (p.batch_wait_s !== undefined && p.batch !== true) {
      report.at(
        ['providers', name, 'batch_wait_s'],
        'key',
        `provider "${name}": batch_wait_s only applies with batch: true`,
        'add batch: true or remove batch_wait_s',
      );
    }
    tpmProblem(name, p, report);
    checkAzureProvider(name, p, report);
    if (isObj(p.auth) && p.auth.type === 'oidc' && typeof p.type === 'string') {
      for (const problem of oidcAuthProblems(name, p.type, p.auth))
        report.at(
          ['providers', name, 'auth', ...(problem.field ? [problem.field] : [])],
          problem.field ? 'key' : 'value',
          problem.message,
          problem.hint,
        );
    }
    checkBedrockProvider(name, p, report);
    checkGeminiProvider(name, p, report);
    if (files && p.type === 'replay' && typeof p.responses === 'string' && p.responses !== '') {
      const rel = p.responses;
      pending.push(
        responsesProblem(rel, baseDir).then((why) => {
          if (why)
            report.at(
              ['providers', name, 'responses'],
              'value',
              `responses file ${JSON.stringify(rel)} ${why}`,
              "responses: is relative to the spec file's folder",
            );
        }),
      );
    }
  }
  await Promise.all(pending);
}
