/**
 * The doctor credential cell of every keyless provider whose exchange starts from the GitHub OIDC
 * token (docs/reference.md, "doctor"): whether a token can be had now, never the token itself.
 */
import { oidcTokenSource, type Env } from './auth/oidc.js';
import type { Check } from './doctor.js';

export function oidcCredentialCheck(env: Readonly<Env>): Check {
  const source = oidcTokenSource(env);
  return source
    ? {
        state: 'ok',
        label: 'token',
        detail: source === 'file' ? 'OIDC token file set' : 'ACTIONS_ID_TOKEN_REQUEST_URL set',
      }
    : {
        state: 'problem',
        label: 'no token',
        detail: 'no OIDC token: the workflow needs `permissions: id-token: write`',
      };
}
