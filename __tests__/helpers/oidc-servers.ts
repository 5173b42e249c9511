/**
 * Loopback emulators for keyless providers (docs/reference.md, "Keyless (OIDC)"), as strict as
 * the services they stand for:
 *
 * - a GitHub Actions OIDC issuer: `/.well-known/openid-configuration` and its JWKS, RS256 tokens
 *   (node:crypto keys), and the runtime's ID token request endpoint (ACTIONS_ID_TOKEN_REQUEST_URL:
 *   `?api-version=2.0&audience=AUD` with `Authorization: Bearer <request token>` -> `{"value": JWT}`;
 *   actions/toolkit packages/core/src/oidc-utils.ts). Claims as GitHub issues them: iss, sub
 *   (`repo:O/R:ref:refs/heads/B`), aud, iat, nbf, exp (5 minutes), jti, repository, ref.
 * - Anthropic's Workload Identity Federation token endpoint `POST /v1/oauth/token`: JSON,
 *   grant_type jwt-bearer, assertion, federation_rule_id, organization_id, service_account_id?,
 *   workspace_id? (platform.claude.com wif-reference; anthropic-sdk-typescript
 *   src/lib/credentials/oidc-federation.ts).
 * - OpenAI's token exchange `POST /oauth/token`: JSON, RFC 8693 grant_type token-exchange,
 *   subject_token, subject_token_type urn:ietf:params:oauth:token-type:jwt, identity_provider_id,
 *   service_account_id (openai-node src/auth/workload-identity-auth.ts).
 *
 * Both token endpoints verify the assertion's RS256 signature against the issuer's JWKS, and its
 * iss, aud, exp, nbf and sub, and the federation fields; refusals are OAuth error bodies
 * (RFC 6749 5.2: `{"error": "invalid_grant", "error_description": ...}`, 400 for a malformed
 * request, 401 for an assertion the federation rule does not accept).
 */
import {
  createPublicKey,
  createSign,
  createVerify,
  generateKeyPairSync,
  randomBytes,
  type KeyObject,
} from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export const GITHUB_SUBJECT = 'repo:acme/widgets:ref:refs/heads/main';

export interface FederationConfig {
  /** Anthropic: the audience the federation rule expects (default https://api.anthropic.com). */
  anthropicAudience: string;
  federationRuleId: string;
  organizationId: string;
  serviceAccountId: string;
  /** OpenAI: the audience configured on the identity provider. */
  openaiAudience: string;
  identityProviderId: string;
  openaiServiceAccountId: string;
  /** The `sub` the federation rule / identity provider accepts. */
  subject: string;
  /** Seconds an exchanged access token lives (the `expires_in` answered). */
  expiresIn: number;
}

export interface IssuedToken {
  token: string;
  provider: 'anthropic' | 'openai';
  expiresAt: number;
}

export interface OidcServers {
  origin: string;
  issuer: string;
  /** ACTIONS_ID_TOKEN_REQUEST_URL / _TOKEN for the engine's environment. */
  requestUrl: string;
  requestToken: string;
  config: FederationConfig;
  /** Every JWT the issuer handed out, and every access token the endpoints issued. */
  jwts: string[];
  issued: IssuedToken[];
  hits: { idToken: number; anthropic: number; openai: number; refused: number };
  /** A JWT signed by the issuer with the given claims (tests forge bad ones with it). */
  sign(claims: Record<string, unknown>): string;
  /** Whether `authorization` carries a live access token issued for `provider`. */
  accepts(provider: 'anthropic' | 'openai', authorization: string | string[] | undefined): boolean;
  close(): Promise<void>;
}

const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
const TOKEN_EXCHANGE = 'urn:ietf:params:oauth:grant-type:token-exchange';
const JWT_TYPE = 'urn:ietf:params:oauth:token-type:jwt';

function b64url(data: string | Buffer): string {
  return Buffer.from(data).toString('base64url');
}

type Refusal = { status: number; error: string; description: string };

export async function startOidcServers(overrides: Partial<FederationConfig> = {}): Promise<OidcServers> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = randomBytes(8).toString('hex');
  const requestToken = `req-${randomBytes(24).toString('hex')}`;
  const config: FederationConfig = {
    anthropicAudience: 'https://api.anthropic.com',
    federationRuleId: 'fdrl_01TestRule',
    organizationId: '00000000-0000-4000-8000-000000000001',
    serviceAccountId: 'svac_01TestAccount',
    openaiAudience: 'api://openai-wif-test',
    identityProviderId: 'idp_test123',
    openaiServiceAccountId: 'sa_test456',
    subject: GITHUB_SUBJECT,
    expiresIn: 3600,
    ...overrides,
  };
  const jwts: string[] = [];
  const issued: IssuedToken[] = [];
  const hits = { idToken: 0, anthropic: 0, openai: 0, refused: 0 };
  const sockets = new Set<Socket>();
  let origin = '';

  const sign = (claims: Record<string, unknown>): string => {
    const head = b64url(JSON.stringify({ typ: 'JWT', alg: 'RS256', kid, x5t: kid }));
    const body = b64url(JSON.stringify(claims));
    const sig = createSign('RSA-SHA256').update(`${head}.${body}`).sign(privateKey);
    return `${head}.${body}.${b64url(sig)}`;
  };

  const jwks = () => ({
    keys: [{ ...(publicKey.export({ format: 'jwk' }) as Record<string, unknown>), kid, alg: 'RS256', use: 'sig' }],
  });

  /** RS256 signature against the JWKS, then the registered claims; what a relying party checks. */
  const verify = (jwt: unknown, audience: string): Refusal | Record<string, unknown> => {
    const bad = (description: string): Refusal => ({ status: 401, error: 'invalid_grant', description });
    if (typeof jwt !== 'string') return { status: 400, error: 'invalid_request', description: 'assertion is required' };
    const parts = jwt.split('.');
    if (parts.length !== 3) return bad('assertion is not a JWT');
    let header: { alg?: string; kid?: string };
    let claims: Record<string, unknown>;
    try {
      header = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8')) as typeof header;
      claims = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;
    } catch {
      return bad('assertion is not a JWT');
    }
    if (header.alg !== 'RS256') return bad('unsupported signing algorithm');
    const key = jwks().keys.find((k) => k.kid === header.kid);
    if (!key) return bad('unknown signing key');
    const pub: KeyObject = createPublicKey({ key: key as unknown as import('node:crypto').JsonWebKey, format: 'jwk' });
    const ok = createVerify('RSA-SHA256')
      .update(`${parts[0]}.${parts[1]}`)
      .verify(pub, Buffer.from(parts[2]!, 'base64url'));
    if (!ok) return bad('assertion signature is invalid');
    const now = Math.floor(Date.now() / 1000);
    if (claims.iss !== origin) return bad('assertion issuer is not trusted');
    const aud = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    if (!aud.includes(audience)) return bad('assertion audience does not match');
    if (typeof claims.exp !== 'number' || claims.exp <= now) return bad('assertion has expired');
    if (typeof claims.nbf === 'number' && claims.nbf > now + 60) return bad('assertion is not yet valid');
    if (claims.sub !== config.subject) return bad('assertion subject does not match the federation rule');
    return claims;
  };

  const issue = (provider: IssuedToken['provider']): Record<string, unknown> => {
    const prefix = provider === 'anthropic' ? 'sk-ant-oat01-' : 'oaiwif-';
    const token = `${prefix}${randomBytes(24).toString('base64url')}`;
    issued.push({ token, provider, expiresAt: Date.now() + config.expiresIn * 1000 });
    return {
      access_token: token,
      token_type: 'Bearer',
      expires_in: config.expiresIn,
      issued_token_type: 'urn:ietf:params:oauth:token-type:access_token',
    };
  };

  const anthropicToken = (
    headers: IncomingMessage['headers'],
    b: Record<string, unknown>,
  ): Refusal | Record<string, unknown> => {
    if (!String(headers['content-type'] ?? '').startsWith('application/json'))
      return { status: 400, error: 'invalid_request', description: 'expected a JSON body' };
    if (b.grant_type !== JWT_BEARER)
      return { status: 400, error: 'unsupported_grant_type', description: `grant_type must be ${JWT_BEARER}` };
    for (const k of ['assertion', 'federation_rule_id', 'organization_id']) {
      if (typeof b[k] !== 'string' || b[k] === '')
        return { status: 400, error: 'invalid_request', description: `${k} is required` };
    }
    const claims = verify(b.assertion, config.anthropicAudience);
    if ('error' in claims) return claims as Refusal;
    if (b.federation_rule_id !== config.federationRuleId || b.organization_id !== config.organizationId) {
      return { status: 401, error: 'invalid_grant', description: 'no federation rule matches' };
    }
    if (b.service_account_id !== undefined && b.service_account_id !== config.serviceAccountId) {
      return {
        status: 401,
        error: 'invalid_grant',
        description: 'service account is not bound to the federation rule',
      };
    }
    return issue('anthropic');
  };

  const openaiToken = (
    headers: IncomingMessage['headers'],
    b: Record<string, unknown>,
  ): Refusal | Record<string, unknown> => {
    if (!String(headers['content-type'] ?? '').startsWith('application/json'))
      return { status: 400, error: 'invalid_request', description: 'expected a JSON body' };
    if (b.grant_type !== TOKEN_EXCHANGE)
      return { status: 400, error: 'unsupported_grant_type', description: `grant_type must be ${TOKEN_EXCHANGE}` };
    if (b.subject_token_type !== JWT_TYPE)
      return { status: 400, error: 'invalid_request', description: `subject_token_type must be ${JWT_TYPE}` };
    for (const k of ['subject_token', 'identity_provider_id', 'service_account_id']) {
      if (typeof b[k] !== 'string' || b[k] === '')
        return { status: 400, error: 'invalid_request', description: `${k} is required` };
    }
    const claims = verify(b.subject_token, config.openaiAudience);
    if ('error' in claims) return claims as Refusal;
    if (b.identity_provider_id !== config.identityProviderId)
      return { status: 401, error: 'invalid_grant', description: 'unknown identity provider' };
    if (b.service_account_id !== config.openaiServiceAccountId)
      return {
        status: 401,
        error: 'invalid_grant',
        description: 'service account is not bound to the identity provider',
      };
    return issue('openai');
  };

  const send = (res: ServerResponse, status: number, body: unknown): void => {
    res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify(body));
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const url = new URL(req.url ?? '/', origin);
    if (req.method === 'GET' && url.pathname === '/.well-known/openid-configuration') {
      return send(res, 200, {
        issuer: origin,
        jwks_uri: `${origin}/.well-known/jwks`,
        subject_types_supported: ['public', 'pairwise'],
        response_types_supported: ['id_token'],
        claims_supported: ['sub', 'aud', 'exp', 'iat', 'iss', 'jti', 'nbf', 'ref', 'repository'],
        id_token_signing_alg_values_supported: ['RS256'],
        scopes_supported: ['openid'],
      });
    }
    if (req.method === 'GET' && url.pathname === '/.well-known/jwks') return send(res, 200, jwks());
    if (req.method === 'GET' && url.pathname === '/_apis/idtoken') {
      // The runtime refuses a request without its bearer, or without api-version.
      if (req.headers.authorization !== `Bearer ${requestToken}`) return send(res, 401, { message: 'unauthorized' });
      if (url.searchParams.get('api-version') !== '2.0') return send(res, 400, { message: 'api-version is required' });
      const audience = url.searchParams.get('audience');
      if (!audience) return send(res, 400, { message: 'audience is required' });
      hits.idToken++;
      const now = Math.floor(Date.now() / 1000);
      const jwt = sign({
        jti: randomBytes(8).toString('hex'),
        sub: config.subject,
        aud: audience,
        ref: 'refs/heads/main',
        repository: 'acme/widgets',
        iss: origin,
        nbf: now - 5,
        iat: now - 5,
        exp: now + 300,
      });
      jwts.push(jwt);
      return send(res, 200, { count: 1, value: jwt });
    }
    if (req.method === 'POST' && (url.pathname === '/v1/oauth/token' || url.pathname === '/oauth/token')) {
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
      } catch {
        hits.refused++;
        return send(res, 400, { error: 'invalid_request', error_description: 'malformed JSON body' });
      }
      const anthropic = url.pathname === '/v1/oauth/token';
      if (anthropic) hits.anthropic++;
      else hits.openai++;
      const out = anthropic ? anthropicToken(req.headers, body) : openaiToken(req.headers, body);
      if ('error' in out && 'status' in out) {
        hits.refused++;
        const r = out as Refusal;
        return send(res, r.status, { error: r.error, error_description: r.description });
      }
      return send(res, 200, out);
    }
    send(res, 404, { error: 'not_found' });
  }

  const server: Server = createServer((req, res) => {
    void handle(req, res);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    issuer: origin,
    requestUrl: `${origin}/_apis/idtoken?api-version=2.0`,
    requestToken,
    config,
    jwts,
    issued,
    hits,
    sign,
    accepts(provider, authorization) {
      if (typeof authorization !== 'string' || !authorization.startsWith('Bearer ')) return false;
      const token = authorization.slice('Bearer '.length);
      return issued.some((t) => t.token === token && t.provider === provider && t.expiresAt > Date.now());
    },
    close() {
      for (const s of sockets) s.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
