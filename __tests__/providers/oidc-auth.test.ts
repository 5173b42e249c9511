/**
 * The keyless pieces on their own: the OIDC emulator checked with a real JOSE library (jose's
 * jwtVerify over createRemoteJWKSet, as a relying party verifies GitHub's tokens), the token
 * endpoints' refusals, the credential cache (one exchange for concurrent callers, a new one
 * before expiry) and Anthropic's default token endpoint.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { startOidcServers, type OidcServers } from '../helpers/oidc-servers.js';
import { CachedCredential, githubIdToken } from '../../src/providers/auth/oidc.js';
import { anthropicTokenUrl, exchangeAnthropic } from '../../src/providers/auth/exchange-anthropic.js';
import { exchangeOpenAI } from '../../src/providers/auth/exchange-openai.js';
import { ProviderError } from '../../src/util/errors.js';

let oidc: OidcServers;
beforeEach(async () => {
  oidc = await startOidcServers();
});
const afterCleanup: string[] = [];
afterEach(async () => {
  await oidc.close();
  for (const f of afterCleanup.splice(0)) rmSync(f, { force: true });
});

const env = () => ({
  ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
});

test('the emulated issuer verifies with jose: discovery, JWKS, RS256, iss/aud/sub', async () => {
  const seen: string[] = [];
  const jwt = await githubIdToken('p', env(), 'https://api.anthropic.com', fetch, (s) => seen.push(s));
  const discovery = (await (await fetch(`${oidc.issuer}/.well-known/openid-configuration`)).json()) as {
    issuer: string;
    jwks_uri: string;
  };
  expect(discovery.issuer).toBe(oidc.issuer);
  const { payload, protectedHeader } = await jwtVerify(jwt, createRemoteJWKSet(new URL(discovery.jwks_uri)), {
    issuer: discovery.issuer,
    audience: 'https://api.anthropic.com',
    algorithms: ['RS256'],
  });
  expect(protectedHeader.alg).toBe('RS256');
  expect(payload.sub).toBe(oidc.config.subject);
  expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBeLessThanOrEqual(305);
  // Both the request token and the JWT went to the redactor before anyone else saw them.
  expect(seen).toEqual([oidc.requestToken, jwt]);
  // A tampered token fails jose as it fails the token endpoints.
  const [h, , s] = jwt.split('.');
  const forged = `${h}.${Buffer.from(JSON.stringify({ ...payload, sub: 'repo:evil/x:ref:refs/heads/main' })).toString('base64url')}.${s}`;
  await expect(jwtVerify(forged, createRemoteJWKSet(new URL(discovery.jwks_uri)))).rejects.toThrow(/signature/);
});

test('the ID token endpoint refuses a request without its bearer or audience', async () => {
  expect((await fetch(`${oidc.requestUrl}&audience=x`)).status).toBe(401);
  expect((await fetch(oidc.requestUrl, { headers: { authorization: `Bearer ${oidc.requestToken}` } })).status).toBe(
    400,
  );
});

test('token endpoints refuse a wrong audience, an expired or forged assertion, a wrong rule: OAuth errors, E_AUTH', async () => {
  const auth = {
    type: 'oidc' as const,
    token_url: `${oidc.origin}/v1/oauth/token`,
    federation_rule_id: oidc.config.federationRuleId,
    organization_id: oidc.config.organizationId,
  };
  const ok = await exchangeAnthropic('claude', auth, 'https://x.invalid/v1', env(), fetch, () => undefined);
  expect(oidc.accepts('anthropic', `Bearer ${ok.token}`)).toBe(true);
  expect(ok.expiresIn).toBe(3600);

  const refused = async (p: Promise<unknown>, what: RegExp) => {
    const e = await p.then(
      () => undefined,
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(ProviderError);
    expect((e as ProviderError).code).toBe('E_AUTH');
    expect((e as ProviderError).message).toMatch(what);
  };
  await refused(
    exchangeAnthropic(
      'claude',
      { ...auth, audience: 'https://elsewhere' },
      'https://x.invalid',
      env(),
      fetch,
      () => undefined,
    ),
    /HTTP 401.*invalid_grant.*audience/,
  );
  await refused(
    exchangeAnthropic(
      'claude',
      { ...auth, federation_rule_id: 'fdrl_other' },
      'https://x.invalid',
      env(),
      fetch,
      () => undefined,
    ),
    /invalid_grant: no federation rule/,
  );
  const now = Math.floor(Date.now() / 1000);
  const expired = oidc.sign({
    iss: oidc.issuer,
    sub: oidc.config.subject,
    aud: oidc.config.openaiAudience,
    iat: now - 600,
    exp: now - 300,
  });
  const openaiAuth = {
    type: 'oidc' as const,
    token_url: `${oidc.origin}/oauth/token`,
    audience: oidc.config.openaiAudience,
    identity_provider_id: oidc.config.identityProviderId,
    service_account_id: oidc.config.openaiServiceAccountId,
  };
  const fileEnv = (jwt: string) => {
    const file = join(tmpdir(), `oidc-test-${process.pid}.jwt`);
    writeFileSync(file, jwt);
    afterCleanup.push(file);
    return { ORCHESTRATOR_OIDC_TOKEN_FILE: file };
  };
  await refused(
    exchangeOpenAI('gpt', openaiAuth, fileEnv(expired), fetch, () => undefined),
    /invalid_grant: assertion has expired/,
  );
  const good = await exchangeOpenAI('gpt', openaiAuth, env(), fetch, () => undefined);
  expect(oidc.accepts('openai', `Bearer ${good.token}`)).toBe(true);
  expect(oidc.accepts('anthropic', `Bearer ${good.token}`)).toBe(false);
});

test('one exchange for concurrent callers; a new one before expiry', async () => {
  let now = 1_000_000;
  let n = 0;
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const cred = new CachedCredential(
    async () => {
      n++;
      await gate;
      return { token: `t${n}`, expiresIn: 300 };
    },
    () => now,
  );
  const all = Promise.all([cred.get(), cred.get(), cred.get()]);
  release();
  expect(await all).toEqual(['t1', 't1', 't1']);
  now += 239_000;
  expect(await cred.get()).toBe('t1');
  now += 1_000; // 60 s before expiry
  expect(await cred.get()).toBe('t2');
  expect(n).toBe(2);
});

test('anthropic exchanges at the origin of base_url unless token_url says otherwise', () => {
  expect(anthropicTokenUrl({ type: 'oidc' }, 'https://gw.example.com/anthropic/v1')).toBe(
    'https://gw.example.com/v1/oauth/token',
  );
  expect(anthropicTokenUrl({ type: 'oidc', token_url: 'https://t.example/tok' }, 'https://api.anthropic.com/v1')).toBe(
    'https://t.example/tok',
  );
});

test('a credential the API refused is exchanged again on the next call, once', async () => {
  let n = 0;
  const cred = new CachedCredential(async () => ({ token: `t${++n}`, expiresIn: 3600 }));
  expect(await cred.get()).toBe('t1');
  cred.invalidate('t0'); // not the current one: kept
  expect(await cred.get()).toBe('t1');
  cred.invalidate('t1');
  expect(await Promise.all([cred.get(), cred.get()])).toEqual(['t2', 't2']);
  expect(n).toBe(2);
});
