/**
 * The `bedrock` provider type (docs/reference.md, "bedrock"): Amazon Bedrock's Converse API
 * (POST /model/{modelId}/converse and /converse-stream), and InvokeModel
 * (POST /model/{modelId}/invoke) for embeddings, through `@ai-sdk/amazon-bedrock`, which
 * signs each request with SigV4 (aws4fetch) from the credentials this driver hands its
 * `credentialProvider`, or sends a Bedrock API key as `Authorization: Bearer`.
 *
 * Credentials, first match wins (what a run will take is what `doctor` shows):
 * 1. `auth: {type: oidc, role_arn}`: the workflow's GitHub OIDC token through STS
 *    AssumeRoleWithWebIdentity (src/providers/auth/exchange-aws-sts.ts), cached until shortly
 *    before the credentials' Expiration;
 * 2. a Bedrock API key: the variable `api_key_env` names, else AWS_BEARER_TOKEN_BEDROCK
 *    (https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys-use.html);
 * 3. AWS_ACCESS_KEY_ID + AWS_SECRET_ACCESS_KEY (+ AWS_SESSION_TOKEN);
 * 4. a shared config profile named by AWS_PROFILE (./aws-profile.ts);
 * 5. AWS_WEB_IDENTITY_TOKEN_FILE + AWS_ROLE_ARN (+ AWS_ROLE_SESSION_NAME), exchanged at STS
 *    (AWS_ENDPOINT_URL_STS overrides the endpoint, as in the AWS SDKs);
 * 6. the `default` profile of the shared files, when they exist.
 * ECS container and EC2 instance metadata credentials are not read: a run on a runner would wait
 * on a metadata address that does not answer there.
 *
 * Every value comes from the run's environment (ctx.env), never the SDK's own process.env
 * lookups: region, endpoint and key are always passed explicitly.
 */
import type { HttpProviderSpec } from '../../jobspec/schema.js';
import { ProviderSetupError } from '../errors.js';
import { oidcAuthProblems } from '../../jobspec/auth-fields.js';
import { assertOidcAvailable, CachedCredential, type Env } from '../auth/oidc.js';
import {
  AWS_DEFAULT_AUDIENCE,
  exchangeGithubForAws,
  exchangeTokenFileForAws,
  sessionNameOf,
  stsEndpoint,
  type AwsCredentials,
} from '../auth/exchange-aws-sts.js';
import type { CloudClient, CloudContext, CloudDriver } from './cloud.js';
import { awsProfilePlan, missingProfileError, profileCredentials, type AwsProfilePlan } from './aws-profile.js';

const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;

export type BedrockCredentialPlan =
  | { kind: 'oidc'; roleArn: string }
  | { kind: 'api-key'; variable: string }
  | { kind: 'env-keys'; session: boolean }
  | { kind: 'web-identity-file'; file: string; roleArn: string }
  | AwsProfilePlan;

/** The region requests go to: `region`, else AWS_REGION, else AWS_DEFAULT_REGION. */
export function bedrockRegion(name: string, spec: HttpProviderSpec, env: Env): string {
  const region = ('region' in spec ? spec.region : undefined) ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
  if (!region || region.trim() === '') {
    throw new ProviderSetupError(
      name,
      'E_PROVIDER_CONFIG',
      `provider ${name}: type bedrock needs a region (region, or AWS_REGION / AWS_DEFAULT_REGION)`,
      'set region: us-east-1 (the region where the model is enabled) on the provider',
    );
  }
  if (!REGION.test(region)) {
    throw new ProviderSetupError(
      name,
      'E_PROVIDER_CONFIG',
      `provider ${name}: ${JSON.stringify(region)} is not an AWS region`,
      'set region to a region code such as us-east-1 or eu-central-1',
    );
  }
  return region;
}

/** https://bedrock-runtime.REGION.amazonaws.com (amazonaws.com.cn in China), unless base_url. */
export function bedrockEndpoint(spec: HttpProviderSpec, region: string): string {
  if (spec.base_url) return spec.base_url.replace(/\/+$/, '');
  return `https://bedrock-runtime.${region}.${region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com'}`;
}

const set = (v: string | undefined): v is string => v !== undefined && v.trim() !== '';

/** Which credentials a run will use (no network call); throws when there are none. */
export function bedrockCredentialPlan(name: string, spec: HttpProviderSpec, env: Env): BedrockCredentialPlan {
  if (spec.auth) {
    // The same words as validate's (a spec run without validate gets them at preflight).
    const [problem] = oidcAuthProblems(name, 'bedrock', spec.auth);
    if (problem || !spec.auth.role_arn)
      throw new ProviderSetupError(
        name,
        'E_PROVIDER_CONFIG',
        problem?.message ?? `provider ${name}: auth oidc on bedrock needs role_arn`,
        problem?.hint ?? 'set auth.role_arn',
      );
    assertOidcAvailable(name, env);
    return { kind: 'oidc', roleArn: spec.auth.role_arn };
  }
  if (spec.api_key_env) {
    if (!set(env[spec.api_key_env])) {
      throw new ProviderSetupError(
        name,
        'E_API_KEY_MISSING',
        `provider ${name}: ${spec.api_key_env} is not set`,
        `export ${spec.api_key_env}=<Bedrock API key>, or remove api_key_env to use AWS credentials`,
      );
    }
    return { kind: 'api-key', variable: spec.api_key_env };
  }
  if (set(env.AWS_BEARER_TOKEN_BEDROCK)) return { kind: 'api-key', variable: 'AWS_BEARER_TOKEN_BEDROCK' };
  const id = set(env.AWS_ACCESS_KEY_ID);
  const secret = set(env.AWS_SECRET_ACCESS_KEY);
  if (id && secret) return { kind: 'env-keys', session: set(env.AWS_SESSION_TOKEN) };
  if (id !== secret) {
    const missing = id ? 'AWS_SECRET_ACCESS_KEY' : 'AWS_ACCESS_KEY_ID';
    throw new ProviderSetupError(
      name,
      'E_API_KEY_MISSING',
      `provider ${name}: ${missing} is not set (AWS keys come in pairs)`,
      `export ${missing}=...`,
    );
  }
  // The SDKs' order: a named profile before the web identity variables, the default one after.
  const profile = awsProfilePlan(env);
  if (profile && set(env.AWS_PROFILE)) return profile;
  if (set(env.AWS_WEB_IDENTITY_TOKEN_FILE) && set(env.AWS_ROLE_ARN))
    return { kind: 'web-identity-file', file: env.AWS_WEB_IDENTITY_TOKEN_FILE, roleArn: env.AWS_ROLE_ARN };
  if (profile) return profile;
  const missing = missingProfileError(name, env);
  if (missing) throw missing;
  throw new ProviderSetupError(
    name,
    'E_API_KEY_MISSING',
    `provider ${name}: no AWS credentials (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, AWS_BEARER_TOKEN_BEDROCK, ` +
      `AWS_PROFILE or ~/.aws/credentials, or AWS_WEB_IDENTITY_TOKEN_FILE/AWS_ROLE_ARN)`,
    'in GitHub Actions use auth: {type: oidc, role_arn: ...} (keyless), or export AWS_ACCESS_KEY_ID and ' +
      'AWS_SECRET_ACCESS_KEY; instance metadata is not read',
  );
}

/** How doctor and messages name a plan: never a value, only where it comes from. */
export function describePlan(plan: BedrockCredentialPlan): string {
  switch (plan.kind) {
    case 'oidc':
      return `oidc (STS AssumeRoleWithWebIdentity ${plan.roleArn})`;
    case 'api-key':
      return `bedrock api key from ${plan.variable}`;
    case 'env-keys':
      return `aws keys from AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY${plan.session ? '/AWS_SESSION_TOKEN' : ''}`;
    case 'web-identity-file':
      return `web identity file (AWS_WEB_IDENTITY_TOKEN_FILE, ${plan.roleArn})`;
    case 'profile':
      return `aws profile ${plan.profile}`;
  }
}

/** The AWS error type of an answer (`x-amzn-ErrorType: ExpiredTokenException:http://...`). */
function errorTypeOf(res: Response): string {
  return (res.headers.get('x-amzn-errortype') ?? '').replace(/:.*$/, '');
}

function check(ctx: CloudContext): { region: string; plan: BedrockCredentialPlan } {
  return {
    region: bedrockRegion(ctx.name, ctx.spec, ctx.env),
    plan: bedrockCredentialPlan(ctx.name, ctx.spec, ctx.env),
  };
}

async function open(ctx: CloudContext): Promise<CloudClient> {
  const { region, plan } = check(ctx);
  const endpoint = bedrockEndpoint(ctx.spec, region);
  const { createAmazonBedrock } = await import('@ai-sdk/amazon-bedrock');
  let apiKey = '';
  let credentials: CachedCredential<AwsCredentials> | undefined;
  let fetchImpl = ctx.fetch;
  if (plan.kind === 'api-key') {
    apiKey = ctx.env[plan.variable]!.trim();
    ctx.addSecret(apiKey);
  } else if (plan.kind === 'env-keys') {
    const keys: AwsCredentials = {
      accessKeyId: ctx.env.AWS_ACCESS_KEY_ID!.trim(),
      secretAccessKey: ctx.env.AWS_SECRET_ACCESS_KEY!.trim(),
      ...(plan.session ? { sessionToken: ctx.env.AWS_SESSION_TOKEN!.trim() } : {}),
    };
    ctx.addSecret(keys.secretAccessKey);
    if (keys.sessionToken) ctx.addSecret(keys.sessionToken);
    // Environment keys do not expire on our watch: a "year" of life, never refreshed.
    credentials = new CachedCredential(() => Promise.resolve({ token: keys, expiresIn: 365 * 24 * 3600 }));
  } else if (plan.kind === 'profile') {
    credentials = new CachedCredential(async () => {
      const c = await profileCredentials(ctx.name, plan);
      ctx.addSecret(c.token.secretAccessKey);
      if (c.token.sessionToken) ctx.addSecret(c.token.sessionToken);
      return c;
    });
    // Resolved now, before any step: a profile that is missing or broken is a set-up error.
    await credentials.get();
  } else {
    const auth = ctx.spec.auth;
    const exchange = {
      provider: ctx.name,
      roleArn: plan.roleArn,
      sessionName: sessionNameOf(
        plan.kind === 'oidc' ? auth?.session_name : (ctx.env.AWS_ROLE_SESSION_NAME ?? auth?.session_name),
        ctx.env,
      ),
      // AWS_ENDPOINT_URL_STS as the AWS SDKs read it, for the web identity file (it has no spec field).
      url: stsEndpoint(region, auth?.sts_endpoint ?? (plan.kind === 'oidc' ? undefined : ctx.env.AWS_ENDPOINT_URL_STS)),
      fetch: ctx.fetch,
      sink: ctx.addSecret,
    };
    credentials = new CachedCredential(() =>
      plan.kind === 'oidc'
        ? exchangeGithubForAws(exchange, ctx.env, auth?.audience ?? AWS_DEFAULT_AUDIENCE)
        : exchangeTokenFileForAws(exchange, plan.file),
    );
    const cache = credentials;
    // Credentials revoked or expired early (a role session revoked in IAM): the next call
    // (a retry, a later step) assumes the role again.
    fetchImpl = (async (input: Parameters<typeof fetch>[0], init?: RequestInit): Promise<Response> => {
      const res = await ctx.fetch(input, init);
      if (res.status === 403 && ['ExpiredTokenException', 'UnrecognizedClientException'].includes(errorTypeOf(res))) {
        const session = new Headers(init?.headers).get('x-amz-security-token');
        const current = await cache.get().catch(() => undefined);
        if (current && session === current.sessionToken) cache.invalidate(current);
      }
      return res;
    }) as typeof fetch;
  }
  const cached = credentials;
  const provider = createAmazonBedrock({
    region,
    baseURL: endpoint,
    // '' (not undefined): the SDK would otherwise read AWS_BEARER_TOKEN_BEDROCK from process.env.
    apiKey,
    ...(cached ? { credentialProvider: () => cached.get() } : {}),
    fetch: fetchImpl,
  });
  const { wrapEmbeddingModel, wrapLanguageModel } = await import('ai');
  // The SDK rewraps a credentialProvider failure in a plain Error (its message kept, the typed
  // error lost): asking for the credentials first lets an STS refusal reach the run as E_AUTH.
  const withCredentials = (model: ReturnType<typeof provider.languageModel>) =>
    cached
      ? wrapLanguageModel({
          model,
          middleware: {
            specificationVersion: 'v4',
            wrapGenerate: async ({ doGenerate }) => {
              await cached.get();
              return doGenerate();
            },
            wrapStream: async ({ doStream }) => {
              await cached.get();
              return doStream();
            },
          },
        })
      : model;
  // Embeddings (`similar` with metric embedding) go through InvokeModel on the same provider, so
  // they are signed with the same cached credentials: keyless, one STS exchange serves both.
  const embeddingWithCredentials = (model: ReturnType<typeof provider.embeddingModel>) =>
    cached
      ? wrapEmbeddingModel({
          model,
          middleware: {
            specificationVersion: 'v4',
            wrapEmbed: async ({ doEmbed }) => {
              await cached.get();
              return doEmbed();
            },
          },
        })
      : model;
  return {
    endpoint,
    languageModel: () => withCredentials(provider.languageModel(ctx.model)),
    // Titan (amazon.titan-embed-text-v1 / -v2:0), Nova and Cohere embed models: the SDK picks the
    // body by the model id (docs/reference.md, "bedrock").
    embeddingModel: (id) => embeddingWithCredentials(provider.embeddingModel(id)),
  };
}

export const bedrockDriver: CloudDriver = {
  check: (ctx) => {
    check(ctx);
  },
  open,
};
