/**
 * What `validate` checks of a bedrock provider beyond its schema (docs/reference.md, "bedrock"):
 * keyless auth needs role_arn, in IAM's ARN form; session_name within STS's constraint; auth
 * fields of other provider types are mistakes (most likely a copied block), not silently ignored;
 * and api_key_env next to auth would leave the reader guessing which one a run uses.
 * The region and the credentials themselves belong to the run's environment: `run` and
 * `doctor` check them.
 */
import type { Reporter } from './reporter.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** IAM role ARNs in every partition (aws, aws-cn, aws-us-gov), paths allowed. */
const ROLE_ARN = /^arn:aws(-[a-z]+)*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
/** STS RoleSessionName. */
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
/** The auth fields bedrock reads; every other one belongs to another provider type. */
const BEDROCK_AUTH_FIELDS = new Set(['type', 'role_arn', 'session_name', 'audience', 'sts_endpoint']);

export function checkBedrockProvider(name: string, p: Obj, report: Reporter): void {
  if (p.type !== 'bedrock' || !isObj(p.auth)) return;
  const auth = p.auth;
  const at = (field: string) => ['providers', name, 'auth', field];
  if (typeof auth.role_arn !== 'string' || auth.role_arn === '') {
    report.at(
      ['providers', name, 'auth'],
      'key',
      `provider "${name}": auth oidc on bedrock needs role_arn`,
      'set role_arn to the IAM role the workflow assumes through AssumeRoleWithWebIdentity, e.g. arn:aws:iam::123456789012:role/github-bedrock',
    );
  } else if (!ROLE_ARN.test(auth.role_arn)) {
    report.at(
      at('role_arn'),
      'value',
      `provider "${name}": auth.role_arn ${JSON.stringify(auth.role_arn)} is not an IAM role ARN`,
      'copy the role ARN from the IAM console: arn:aws:iam::ACCOUNT_ID:role/NAME',
    );
  }
  if (typeof auth.session_name === 'string' && !SESSION_NAME.test(auth.session_name)) {
    report.at(
      at('session_name'),
      'value',
      `provider "${name}": auth.session_name must be 2 to 64 letters, digits or +=,.@_-`,
      'shorten it or drop the other characters (STS RoleSessionName)',
    );
  }
  for (const field of Object.keys(auth)) {
    if (BEDROCK_AUTH_FIELDS.has(field)) continue;
    report.at(
      at(field),
      'key',
      `provider "${name}": auth.${field} is not used by bedrock (it takes role_arn, session_name, audience and sts_endpoint)`,
      `remove auth.${field}`,
    );
  }
  if (p.api_key_env !== undefined) {
    report.at(
      ['providers', name, 'api_key_env'],
      'key',
      `provider "${name}": api_key_env and auth oidc both set; a keyless provider uses no key`,
      'remove api_key_env (or auth, to use a Bedrock API key)',
    );
  }
}
