/**
 * Which `auth: {type: oidc}` fields each provider type takes (docs/reference.md, "Keyless (OIDC)"):
 * one table read by `validate` (a wrong or missing field is reported with its line) and by each
 * provider's preflight (the same words when a spec skipped validation).
 */

export interface OidcFieldRule {
  /** Fields the exchange cannot be made without. */
  required: readonly string[];
  /** Every field the type reads besides `type` (required ones included). */
  allowed: readonly string[];
  /** Where the values come from. */
  hint: string;
}

export const OIDC_FIELDS: Readonly<Record<string, OidcFieldRule>> = {
  anthropic: {
    required: ['federation_rule_id', 'organization_id'],
    allowed: ['audience', 'token_url', 'federation_rule_id', 'organization_id', 'service_account_id', 'workspace_id'],
    hint: 'copy them from the federation rule in the Claude Console (Workload identity)',
  },
  openai: {
    required: ['identity_provider_id', 'service_account_id', 'audience'],
    allowed: ['audience', 'token_url', 'identity_provider_id', 'service_account_id'],
    hint: 'copy them from the workload identity provider and service account in the OpenAI platform settings',
  },
  bedrock: {
    required: ['role_arn'],
    allowed: ['audience', 'role_arn', 'session_name', 'sts_endpoint'],
    hint:
      'set role_arn to the IAM role whose trust policy accepts the GitHub OIDC provider ' +
      '(arn:aws:iam::ACCOUNT:role/NAME)',
  },
  vertex: {
    required: ['workload_identity_provider', 'service_account'],
    allowed: ['audience', 'workload_identity_provider', 'service_account', 'sts_endpoint', 'iam_endpoint'],
    hint:
      'set workload_identity_provider (projects/N/locations/global/workloadIdentityPools/P/providers/X) and ' +
      'the service account it may impersonate',
  },
  azure: {
    required: ['tenant_id', 'client_id'],
    allowed: ['audience', 'tenant_id', 'client_id', 'authority_host'],
    hint:
      'set tenant_id and client_id of the Entra app registration (or managed identity) with a federated ' +
      'credential for this repository',
  },
};

export interface AuthProblem {
  /** The auth field at fault, or undefined for the auth block as a whole. */
  field?: string;
  message: string;
  hint: string;
}

/** What is wrong with a provider's `auth` block for its type; empty when nothing is. */
export function oidcAuthProblems(provider: string, type: string, auth: Record<string, unknown>): AuthProblem[] {
  const rule = OIDC_FIELDS[type];
  if (!rule) {
    const types = Object.keys(OIDC_FIELDS).join(', ');
    return [
      {
        message: `provider ${provider}: auth oidc is available on ${types}, not ${type}`,
        hint:
          type === 'google' ? 'the Gemini API takes keys only; use type vertex for keyless Gemini' : 'use api_key_env',
      },
    ];
  }
  const problems: AuthProblem[] = [];
  const missing = rule.required.filter((k) => auth[k] === undefined || auth[k] === '');
  if (missing.length)
    problems.push({
      message: `provider ${provider}: auth oidc on ${type} needs ${missing.join(', ')}`,
      hint: rule.hint,
    });
  for (const k of Object.keys(auth)) {
    if (k === 'type' || rule.allowed.includes(k)) continue;
    problems.push({
      field: k,
      message: `provider ${provider}: auth.${k} does not apply to ${type}`,
      hint: `${type} reads ${rule.allowed.join(', ')}`,
    });
  }
  return problems;
}
