/**
 * `orchestrator doctor` without a spec (docs/reference.md, "doctor"): which hosted providers this
 * environment holds a credential for, each checked as a provider of that type with its default
 * credential would be. There is no model to name, so there is no registry check and no online
 * lookup; a spec's own variables (`api_key_env`) are not guessed at.
 */
import { oidcTokenSource, type Env } from './auth/oidc.js';
import type { ProviderSpec } from '../jobspec/schema.js';

type HostedType = Exclude<ProviderSpec['type'], 'replay' | 'ollama' | 'openai-compatible'>;

/** Per type, the variables any one of which means "a credential of this type is here". */
const CREDENTIAL_VARIABLES: ReadonlyArray<readonly [HostedType, readonly string[]]> = [
  ['anthropic', ['ANTHROPIC_API_KEY']],
  ['openai', ['OPENAI_API_KEY']],
  ['google', ['GOOGLE_GENERATIVE_AI_API_KEY']],
  ['azure', ['AZURE_API_KEY']],
  // The AWS credential chain this build reads (docs/reference.md, "bedrock").
  ['bedrock', ['AWS_BEARER_TOKEN_BEDROCK', 'AWS_ACCESS_KEY_ID', 'AWS_PROFILE', 'AWS_WEB_IDENTITY_TOKEN_FILE']],
  ['vertex', ['GOOGLE_APPLICATION_CREDENTIALS']],
];

/** Every variable looked at, for the message that says none was found. */
export const ENVIRONMENT_CREDENTIAL_VARIABLES: readonly string[] = CREDENTIAL_VARIABLES.flatMap(([, v]) => v);

/**
 * One provider per type whose credential variables are set, named after the type. The model is
 * left empty (the doctor's registry check skips it); azure's deployment is unknown without a spec.
 */
export function environmentProviders(env: Readonly<Env>): Record<string, ProviderSpec> {
  const found: Record<string, ProviderSpec> = {};
  for (const [type, variables] of CREDENTIAL_VARIABLES) {
    if (!variables.some((v) => env[v]?.trim())) continue;
    found[type] = providerOfType(type);
  }
  return found;
}

function providerOfType(type: HostedType): ProviderSpec {
  return type === 'azure' ? { type, deployment: '' } : { type, model: '' };
}

/** Whether keyless providers (`auth: { type: oidc }`) could exchange a GitHub OIDC token here. */
export function oidcNote(env: Readonly<Env>): string {
  const source = oidcTokenSource(env);
  if (source === 'file') return 'a GitHub OIDC token file is set: keyless providers (auth: oidc) can exchange it';
  if (source) return 'a GitHub OIDC token can be requested: keyless providers (auth: oidc) can exchange it';
  return (
    'no GitHub OIDC token here: keyless providers (auth: oidc) need `permissions: id-token: write` in the ' +
    'workflow, or ORCHESTRATOR_OIDC_TOKEN_FILE locally'
  );
}
