/**
 * The Gemini/Vertex emulator (__tests__/helpers/gemini-servers.ts) driven by Google's own client
 * libraries, to show it speaks the real protocols: google-auth-library's ExternalAccountClient
 * (the credentials file google-github-actions/auth writes) gets a token through the emulated STS
 * and IAM Credentials from a GitHub OIDC token; @google/genai calls the Gemini API paths with a
 * key and the Vertex paths with that token.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExternalAccountClient } from 'google-auth-library';
import { ApiError, GoogleGenAI } from '@google/genai';
import { startOidcServers, type OidcServers } from '../helpers/oidc-servers.js';
import { startGeminiServers, type GeminiServers } from '../helpers/gemini-servers.js';
import { githubIdToken } from '../../src/providers/auth/oidc.js';

/**
 * Jest's module sandbox hides Node's undici dispatcher that @google/genai looks up for its own
 * requests; with a fetch of its caller's it uses that one instead (same wire, same headers).
 */
const jestFetch: typeof fetch = (input, init) => fetch(input, init);

let oidc: OidcServers;
let gem: GeminiServers;
const files: string[] = [];
beforeEach(async () => {
  oidc = await startOidcServers();
  gem = await startGeminiServers({ issuer: oidc.issuer });
});
afterEach(async () => {
  await gem.close();
  await oidc.close();
  for (const f of files.splice(0)) rmSync(f, { force: true });
});

async function jwtFile(
  audience = `https://iam.googleapis.com/${gem.config.workloadIdentityProvider}`,
): Promise<string> {
  const jwt = await githubIdToken(
    'p',
    { ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken },
    audience,
    fetch,
    () => undefined,
  );
  const file = join(tmpdir(), `gemini-jwt-${process.pid}-${files.length}.jwt`);
  writeFileSync(file, jwt);
  files.push(file);
  return file;
}

/** The external_account file google-github-actions/auth writes, pointed at the emulator. */
function externalAccount(file: string, serviceAccount = gem.config.serviceAccount) {
  return {
    type: 'external_account' as const,
    audience: `//iam.googleapis.com/${gem.config.workloadIdentityProvider}`,
    subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
    token_url: `${gem.origin}/v1/token`,
    service_account_impersonation_url: `${gem.origin}/v1/projects/-/serviceAccounts/${serviceAccount}:generateAccessToken`,
    credential_source: { file },
  };
}

test('google-auth-library exchanges a GitHub token through the emulated STS and IAM Credentials', async () => {
  const client = ExternalAccountClient.fromJSON(externalAccount(await jwtFile()));
  client!.scopes = ['https://www.googleapis.com/auth/cloud-platform'];
  const { token } = await client!.getAccessToken();
  expect(gem.accessTokens).toEqual([token]);
  expect(gem.hits).toEqual({ sts: 1, iam: 1, refused: 0 });
});

test('STS refuses a token for another audience, a wrong subject; IAM another service account', async () => {
  const wrongAud = ExternalAccountClient.fromJSON(externalAccount(await jwtFile('https://elsewhere.example')));
  wrongAud!.scopes = ['https://www.googleapis.com/auth/cloud-platform'];
  await expect(wrongAud!.getAccessToken()).rejects.toThrow(/invalid_grant.*audience/);

  const now = Math.floor(Date.now() / 1000);
  const forged = join(tmpdir(), `gemini-forged-${process.pid}.jwt`);
  files.push(forged);
  writeFileSync(
    forged,
    oidc.sign({
      iss: oidc.issuer,
      sub: 'repo:evil/x:ref:refs/heads/main',
      aud: `https://iam.googleapis.com/${gem.config.workloadIdentityProvider}`,
      iat: now,
      exp: now + 300,
    }),
  );
  const evil = ExternalAccountClient.fromJSON(externalAccount(forged));
  evil!.scopes = ['https://www.googleapis.com/auth/cloud-platform'];
  await expect(evil!.getAccessToken()).rejects.toThrow(/unauthorized_client.*attribute condition/);

  const otherSa = ExternalAccountClient.fromJSON(
    externalAccount(await jwtFile(), 'other@acme-ai.iam.gserviceaccount.com'),
  );
  otherSa!.scopes = ['https://www.googleapis.com/auth/cloud-platform'];
  await expect(otherSa!.getAccessToken()).rejects.toThrow(/iam.serviceAccounts.getAccessToken/);
  expect(gem.accessTokens).toEqual([]);
});

test('@google/genai on the Gemini API paths: generate, stream, usage, embeddings, key in the header only', async () => {
  const ai = new GoogleGenAI({ apiKey: gem.config.apiKey, httpOptions: { baseUrl: gem.origin, fetch: jestFetch } });
  gem.cachedTokens = 2;
  const r = await ai.models.generateContent({ model: 'gemini-2.5-flash', contents: 'hello there' });
  expect(r.text).toBe('answer to: hello there');
  expect(r.usageMetadata?.cachedContentTokenCount).toBe(2);
  let streamed = '';
  for await (const c of await ai.models.generateContentStream({ model: 'gemini-2.5-flash', contents: 'stream me' }))
    streamed += c.text ?? '';
  expect(streamed).toBe('answer to: stream me');
  const e = await ai.models.embedContent({ model: 'text-embedding-004', contents: ['abc', 'abd'] });
  expect(e.embeddings).toHaveLength(2);
  expect(gem.calls.map((c) => c.headers['x-goog-api-key'])).toEqual(Array(3).fill(gem.config.apiKey));
  expect(gem.urls.some((u) => /[?&]key=/.test(u))).toBe(false);

  const unknown = await ai.models.generateContent({ model: 'gemini-9-ultra', contents: 'x' }).catch((x: unknown) => x);
  expect(unknown).toBeInstanceOf(ApiError);
  expect((unknown as ApiError).status).toBe(404);
  expect((unknown as ApiError).message).toMatch(/NOT_FOUND/);

  const bad = new GoogleGenAI({ apiKey: 'AIzaWRONG', httpOptions: { baseUrl: gem.origin, fetch: jestFetch } });
  const refused = await bad.models
    .generateContent({ model: 'gemini-2.5-flash', contents: 'x' })
    .catch((x: unknown) => x);
  expect((refused as ApiError).status).toBe(400);
  expect((refused as ApiError).message).toMatch(/API_KEY_INVALID/);
});

test('@google/genai on the Vertex paths, authenticated by google-auth-library through STS and IAM', async () => {
  const ai = new GoogleGenAI({
    vertexai: true,
    project: gem.config.project,
    location: gem.config.location,
    googleAuthOptions: {
      credentials: externalAccount(await jwtFile()),
      scopes: ['https://www.googleapis.com/auth/cloud-platform'],
    },
    httpOptions: { baseUrl: gem.origin, apiVersion: 'v1', fetch: jestFetch },
  });
  const r = await ai.models.generateContent({ model: 'gemini-2.5-pro', contents: 'on vertex' });
  expect(r.text).toBe('answer to: on vertex');
  expect(gem.calls[0]!.api).toBe('vertex');
  expect(gem.calls[0]!.headers.authorization).toBe(`Bearer ${gem.accessTokens[0]}`);
  let streamed = '';
  for await (const c of await ai.models.generateContentStream({ model: 'gemini-2.5-pro', contents: 'streamed' }))
    streamed += c.text ?? '';
  expect(streamed).toBe('answer to: streamed');
  expect(gem.hits.sts).toBe(1);

  const unknown = await ai.models.generateContent({ model: 'gemini-9-ultra', contents: 'x' }).catch((x: unknown) => x);
  expect((unknown as ApiError).status).toBe(404);
  expect((unknown as ApiError).message).toMatch(/Publisher Model .* was not found/);

  // Without a token the Vertex paths answer 401 UNAUTHENTICATED, as Google does.
  const res = await fetch(
    `${gem.origin}/v1/projects/${gem.config.project}/locations/${gem.config.location}/publishers/google/models/gemini-2.5-pro:generateContent`,
    { method: 'POST', body: '{}', headers: { authorization: 'Bearer ya29.nope' } },
  );
  expect(res.status).toBe(401);
  expect(((await res.json()) as { error: { status: string } }).error.status).toBe('UNAUTHENTICATED');
});

test('STS takes the JSON form google-github-actions/auth sends (camelCase fields) as Google does', async () => {
  const jwt = await githubIdToken(
    'p',
    { ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken },
    `https://iam.googleapis.com/${gem.config.workloadIdentityProvider}`,
    fetch,
    () => undefined,
  );
  const res = await fetch(`${gem.origin}/v1/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      audience: `//iam.googleapis.com/${gem.config.workloadIdentityProvider}`,
      grantType: 'urn:ietf:params:oauth:grant-type:token-exchange',
      requestedTokenType: 'urn:ietf:params:oauth:token-type:access_token',
      scope: 'https://www.googleapis.com/auth/cloud-platform',
      subjectTokenType: 'urn:ietf:params:oauth:token-type:jwt',
      subjectToken: jwt,
    }),
  });
  expect(res.status).toBe(200);
  expect(((await res.json()) as { access_token: string }).access_token).toBe(gem.federated[0]);
  const noScope = await fetch(`${gem.origin}/v1/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
      audience: `//iam.googleapis.com/${gem.config.workloadIdentityProvider}`,
      requested_token_type: 'urn:ietf:params:oauth:token-type:access_token',
      subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
      subject_token: jwt,
    }).toString(),
  });
  expect(noScope.status).toBe(400);
  expect(await noScope.json()).toMatchObject({ error: 'invalid_scope' });
});
