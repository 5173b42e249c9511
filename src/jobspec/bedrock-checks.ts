/**
 * What `validate` checks of a bedrock provider beyond its schema and the auth field table
 * (auth-fields.ts; docs/reference.md, "Provider type bedrock"): role_arn in IAM's ARN form;
 * session_name within STS's constraint; and api_key_env next to auth, which would leave the
 * reader guessing which one a run uses.
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

export function checkBedrockProvider(name: string, p: Obj, report: Reporter): void {
  if (p.type !== 'bedrock' || !isObj(p.auth)) return;
  const auth = p.auth;
  const at = (field: string) => ['providers', name, 'auth', field];
  // A missing role_arn and other types' fields: auth-fields.ts, like every type's.
  if (typeof auth.role_arn === 'string' && auth.role_arn !== '' && !ROLE_ARN.test(auth.role_arn)) {
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
  if (p.api_key_env !== undefined) {
    report.at(
      ['providers', name, 'api_key_env'],
      'key',
      `provider "${name}": api_key_env and auth oidc both set; a keyless provider uses no key`,
      'remove api_key_env (or auth, to use a Bedrock API key)',
    );
  }
}
