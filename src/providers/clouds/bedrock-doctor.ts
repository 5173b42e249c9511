/**
 * The `doctor` row of a bedrock provider (docs/reference.md, "doctor"): offline, which AWS
 * credentials a run will take and whether they are there (never their values); with --online,
 * the cheapest call that proves credentials, region and model together: a Converse request for
 * one output token. Bedrock's model listing (ListFoundationModels) is a different service and
 * does not know inference profile ids, so it would prove less.
 */
import { ProviderSetupError, toProviderError } from '../errors.js';
import { ProviderError } from '../../util/errors.js';
import { boundedFetch } from '../bounded-fetch.js';
import type { HttpProviderSpec } from '../../jobspec/schema.js';
import type { Env } from '../auth/oidc.js';
import { OIDC_TOKEN_FILE_VARIABLE } from '../auth/oidc.js';
import { modelOf } from '../model-of.js';
import type { Check } from '../doctor.js';
import { bedrockCredentialPlan, bedrockDriver, bedrockRegion, describePlan } from './bedrock.js';
import { profileFiles } from './aws-profile.js';

export type BedrockCheck = Check;

/** The auth path and whether its credential is present, with no network call. */
export function bedrockAuthRow(
  name: string,
  spec: HttpProviderSpec,
  env: Env,
): { auth: string; credential: BedrockCheck } {
  let region: string;
  try {
    region = bedrockRegion(name, spec, env);
  } catch (e) {
    const msg = e instanceof ProviderSetupError ? e.message.replace(/^provider [^:]*: /, '') : String(e);
    return { auth: 'aws', credential: { state: 'problem', label: 'no region', detail: msg } };
  }
  try {
    const plan = bedrockCredentialPlan(name, spec, env);
    const where =
      plan.kind === 'oidc'
        ? env[OIDC_TOKEN_FILE_VARIABLE]
          ? `OIDC token file ${OIDC_TOKEN_FILE_VARIABLE}`
          : 'ACTIONS_ID_TOKEN_REQUEST_URL set'
        : plan.kind === 'api-key'
          ? `${plan.variable} is set`
          : plan.kind === 'env-keys'
            ? 'AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are set'
            : plan.kind === 'profile'
              ? `profile ${plan.profile} in ${profileFiles(plan)}`
              : `AWS_WEB_IDENTITY_TOKEN_FILE ${plan.file}`;
    return {
      auth: describePlan(plan),
      credential: { state: 'ok', label: plan.kind === 'oidc' ? 'token' : 'set', detail: `${where}; region ${region}` },
    };
  } catch (e) {
    const setup = e instanceof ProviderSetupError ? e : undefined;
    return {
      auth: spec.auth ? 'oidc (STS AssumeRoleWithWebIdentity)' : 'aws credential chain',
      credential: {
        state: 'problem',
        label: setup?.code === 'E_AUTH' ? 'no token' : 'missing',
        detail: setup ? `${setup.message.replace(/^provider [^:]*: /, '')} (${setup.hint ?? ''})` : String(e),
      },
    };
  }
}

/** One Converse call for one output token, through the same driver a run uses. */
export async function bedrockLookup(
  name: string,
  spec: HttpProviderSpec,
  env: Env,
  timeoutMs: number,
  fetchImpl: typeof fetch = globalThis.fetch,
): Promise<BedrockCheck> {
  const secrets: string[] = [];
  const scrub = (s: string) => secrets.reduce((t, v) => (v.length >= 8 ? t.split(v).join('***') : t), s);
  const ctx = {
    name,
    spec,
    model: modelOf(spec),
    env,
    fetch: boundedFetch(name, 64 * 1024, fetchImpl),
    addSecret: (v: string) => void secrets.push(v),
  };
  let endpoint = '(bedrock)';
  try {
    bedrockDriver.check(ctx);
    const client = await bedrockDriver.open(ctx);
    endpoint = client.endpoint;
    const { generateText } = await import('ai');
    await generateText({
      model: client.languageModel(),
      prompt: 'ping',
      maxOutputTokens: 1,
      maxRetries: 0,
      abortSignal: AbortSignal.timeout(timeoutMs),
    });
    return { state: 'ok', label: 'ok', detail: `${spec.model} answered a 1-token Converse request` };
  } catch (e) {
    const pe =
      e instanceof ProviderError || e instanceof ProviderSetupError
        ? e
        : toProviderError(e, {
            provider: name,
            type: 'bedrock',
            baseUrl: endpoint,
            model: spec.model,
            oidc: !!spec.auth,
          });
    const detail = scrub(pe.message.replace(/^provider [^:]*: /, ''));
    const label =
      pe.code === 'E_MODEL_UNAVAILABLE'
        ? 'model unavailable'
        : pe.code === 'E_AUTH'
          ? 'key refused'
          : pe.code === 'E_CONNECTION'
            ? 'unreachable'
            : pe.code;
    return { state: 'problem', label, detail };
  }
}
