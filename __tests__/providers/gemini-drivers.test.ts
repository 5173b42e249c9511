/**
 * The Gemini drivers in-process (docs/reference.md, `google` and `vertex`): where requests go for
 * each form of project/location/base_url, what preflight refuses and how, and the keyless
 * credential's life: one exchange shared by calls, a new one after the API refused it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHttpProvider } from '../../src/providers/http.js';
import { googleRetryDelayMs } from '../../src/providers/errors.js';
import { noteStreamUsage } from '../../src/providers/stream-usage.js';
import type { PartialUsage } from '../../src/providers/types.js';
import type { HttpProviderSpec } from '../../src/jobspec/schema.js';
import { googleApiBase, vertexBase, vertexPlace } from '../../src/providers/clouds/gemini-endpoints.js';
import {
  generateAccessTokenUrl,
  googleGithubAudience,
  googleStsAudience,
  googleStsUrl,
} from '../../src/providers/auth/exchange-google.js';
import { ProviderError } from '../../src/util/errors.js';
import { startOidcServers, type OidcServers } from '../helpers/oidc-servers.js';
import { startGeminiServers, type GeminiServers } from '../helpers/gemini-servers.js';

const WIP = 'projects/123456789012/locations/global/workloadIdentityPools/github/providers/actions';
const SA = 'orchestrator@acme-ai.iam.gserviceaccount.com';

test('vertex endpoints: regional and global hosts, env defaults, base_url as origin, API root or full resource', () => {
  const spec = (s: Record<string, unknown>) =>
    ({ type: 'vertex', model: 'gemini-2.5-flash', ...s }) as HttpProviderSpec;
  const place = (s: HttpProviderSpec, env = {}) => vertexPlace(s, env);
  const regional = spec({ project: 'p', location: 'europe-west4' });
  expect(vertexBase(regional, place(regional))).toBe(
    'https://europe-west4-aiplatform.googleapis.com/v1/projects/p/locations/europe-west4/publishers/google',
  );
  const global = spec({});
  const env = { GOOGLE_VERTEX_PROJECT: 'from-env', GOOGLE_VERTEX_LOCATION: 'global' };
  expect(vertexBase(global, place(global, env))).toBe(
    'https://aiplatform.googleapis.com/v1/projects/from-env/locations/global/publishers/google',
  );
  expect(place(global, env)).toMatchObject({
    projectFrom: 'GOOGLE_VERTEX_PROJECT',
    locationFrom: 'GOOGLE_VERTEX_LOCATION',
  });
  const eu = spec({ project: 'p', location: 'eu' });
  expect(vertexBase(eu, place(eu))).toBe(
    'https://aiplatform.eu.rep.googleapis.com/v1/projects/p/locations/eu/publishers/google',
  );
  const origin = spec({ project: 'p', location: 'us-central1', base_url: 'http://127.0.0.1:9/' });
  expect(vertexBase(origin, place(origin))).toBe(
    'http://127.0.0.1:9/v1/projects/p/locations/us-central1/publishers/google',
  );
  const root = spec({ project: 'p', location: 'us-central1', base_url: 'https://gw.example/vertex/v1' });
  expect(vertexBase(root, place(root))).toBe(
    'https://gw.example/vertex/v1/projects/p/locations/us-central1/publishers/google',
  );
  const full = spec({ base_url: 'https://gw.example/v1/projects/q/locations/asia-east1' });
  expect(vertexBase(full, place(full))).toBe('https://gw.example/v1/projects/q/locations/asia-east1/publishers/google');

  expect(googleApiBase({})).toBe('https://generativelanguage.googleapis.com/v1beta');
  expect(googleApiBase({ base_url: 'http://127.0.0.1:9' })).toBe('http://127.0.0.1:9/v1beta');
  expect(googleApiBase({ base_url: 'https://gw.example/gemini/v1beta/' })).toBe('https://gw.example/gemini/v1beta');
});

test('Google WIF defaults: the GitHub audience, the STS audience and the IAM Credentials URL', () => {
  const auth = { type: 'oidc' as const, workload_identity_provider: WIP, service_account: SA };
  expect(googleGithubAudience(auth)).toBe(`https://iam.googleapis.com/${WIP}`);
  expect(googleStsAudience(auth)).toBe(`//iam.googleapis.com/${WIP}`);
  expect(googleStsAudience({ ...auth, workload_identity_provider: `//iam.googleapis.com/${WIP}` })).toBe(
    `//iam.googleapis.com/${WIP}`,
  );
  expect(googleGithubAudience({ ...auth, audience: 'custom' })).toBe('custom');
  expect(googleStsUrl(auth)).toBe('https://sts.googleapis.com/v1/token');
  expect(googleStsUrl({ ...auth, sts_endpoint: 'http://127.0.0.1:9' })).toBe('http://127.0.0.1:9/v1/token');
  expect(googleStsUrl({ ...auth, sts_endpoint: 'http://127.0.0.1:9/sts/token' })).toBe('http://127.0.0.1:9/sts/token');
  expect(generateAccessTokenUrl(auth)).toBe(
    `https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/${SA}:generateAccessToken`,
  );
  expect(generateAccessTokenUrl({ ...auth, iam_endpoint: 'http://127.0.0.1:9/v1/' })).toBe(
    `http://127.0.0.1:9/v1/projects/-/serviceAccounts/${SA}:generateAccessToken`,
  );
});

test('preflight names the missing field, the key variable, or the keyless way', async () => {
  const refusal = async (spec: Record<string, unknown>, env: Record<string, string> = {}) => {
    const p = createHttpProvider('p', { model: 'gemini-2.5-flash', ...spec } as HttpProviderSpec, {
      baseDir: '.',
      env,
    });
    return (await p.preflight!().then(
      () => undefined,
      (e: unknown) => e,
    )) as { code: string; message: string; hint?: string } | undefined;
  };
  expect(await refusal({ type: 'vertex', location: 'us-central1' })).toMatchObject({
    code: 'E_PROVIDER_CONFIG',
    message: expect.stringMatching(/needs project \(or GOOGLE_VERTEX_PROJECT/),
  });
  expect(await refusal({ type: 'vertex', project: 'p', location: 'US Central' })).toMatchObject({
    code: 'E_PROVIDER_CONFIG',
    message: expect.stringMatching(/not a Vertex location/),
  });
  const oidc = { type: 'oidc', workload_identity_provider: WIP, service_account: SA };
  const env = { GOOGLE_VERTEX_PROJECT: 'p', GOOGLE_VERTEX_LOCATION: 'us-central1' };
  expect(await refusal({ type: 'vertex', auth: { ...oidc, service_account: undefined } }, env)).toMatchObject({
    code: 'E_PROVIDER_CONFIG',
    message: expect.stringMatching(/needs service_account/),
  });
  expect(
    await refusal(
      {
        type: 'vertex',
        auth: {
          ...oidc,
          workload_identity_provider: 'projects/acme/locations/global/workloadIdentityPools/g/providers/a',
        },
      },
      env,
    ),
  ).toMatchObject({ code: 'E_PROVIDER_CONFIG', hint: expect.stringMatching(/project NUMBER/) });
  expect(await refusal({ type: 'vertex', auth: oidc }, env)).toMatchObject({
    code: 'E_AUTH',
    hint: expect.stringMatching(/id-token: write/),
  });
  expect(await refusal({ type: 'vertex', auth: oidc }, { ...env, ORCHESTRATOR_OIDC_TOKEN_FILE: '/x' })).toBeUndefined();
  expect(await refusal({ type: 'vertex', api_key_env: 'K' }, env)).toMatchObject({ code: 'E_PROVIDER_CONFIG' });
  expect(
    await refusal({ type: 'vertex' }, { ...env, GOOGLE_APPLICATION_CREDENTIALS: '/nonexistent/creds.json' }),
  ).toMatchObject({
    code: 'E_AUTH',
  });
  expect(await refusal({ type: 'google' })).toMatchObject({
    code: 'E_API_KEY_MISSING',
    message: expect.stringMatching(/GOOGLE_GENERATIVE_AI_API_KEY is not set/),
  });
  expect(
    await refusal({ type: 'google', api_key_env: 'MY_GEMINI' }, { GOOGLE_GENERATIVE_AI_API_KEY: 'x' }),
  ).toMatchObject({
    code: 'E_API_KEY_MISSING',
    message: expect.stringMatching(/MY_GEMINI/),
  });
  expect(
    await refusal({ type: 'google', auth: { type: 'oidc' } }, { GOOGLE_GENERATIVE_AI_API_KEY: 'x' }),
  ).toMatchObject({
    code: 'E_PROVIDER_CONFIG',
    hint: expect.stringMatching(/use type vertex for keyless Gemini/),
  });
});

describe('against the emulator', () => {
  let oidc: OidcServers;
  let gem: GeminiServers;
  beforeEach(async () => {
    oidc = await startOidcServers();
    gem = await startGeminiServers({ issuer: oidc.issuer });
  });
  afterEach(async () => {
    await gem.close();
    await oidc.close();
  });

  const call = (p: ReturnType<typeof createHttpProvider>, prompt: string) =>
    p.complete({ stepId: 's', prompt, signal: new AbortController().signal, attempt: 1 });

  test('vertex keyless: concurrent calls share one exchange; a refused token is exchanged again once; every token reaches the redactor first', async () => {
    const secrets: string[] = [];
    const p = createHttpProvider(
      'v',
      {
        type: 'vertex',
        model: 'gemini-2.5-flash',
        project: gem.config.project,
        location: gem.config.location,
        base_url: gem.origin,
        auth: {
          type: 'oidc',
          workload_identity_provider: gem.config.workloadIdentityProvider,
          service_account: gem.config.serviceAccount,
          sts_endpoint: `${gem.origin}/v1/token`,
          iam_endpoint: gem.origin,
        },
      } as HttpProviderSpec,
      {
        baseDir: '.',
        env: { ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken },
        addSecret: (s) => void secrets.push(s),
      },
    );
    await p.preflight!();
    const answers = await Promise.all([call(p, 'a'), call(p, 'b'), call(p, 'c')]);
    expect(answers.map((a) => a.text)).toEqual(['answer to: a', 'answer to: b', 'answer to: c']);
    expect(gem.hits).toEqual({ sts: 1, iam: 1, refused: 0 });
    expect(secrets).toEqual(expect.arrayContaining([oidc.jwts[0], gem.federated[0], gem.accessTokens[0]]));

    gem.revokeAll();
    const refused = await call(p, 'd').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ProviderError);
    expect((refused as ProviderError).code).toBe('E_AUTH');
    expect((await call(p, 'e')).text).toBe('answer to: e');
    expect(gem.hits.sts).toBe(2);
    expect(gem.calls.at(-1)!.headers.authorization).toBe(`Bearer ${gem.accessTokens[1]}`);
  });

  test("an STS or IAM refusal is E_AUTH with Google's words, not retried", async () => {
    const provider = (serviceAccount: string, subjectOk = true) =>
      createHttpProvider(
        'v',
        {
          type: 'vertex',
          model: 'gemini-2.5-flash',
          project: gem.config.project,
          location: gem.config.location,
          base_url: gem.origin,
          auth: {
            type: 'oidc',
            workload_identity_provider: gem.config.workloadIdentityProvider,
            service_account: serviceAccount,
            sts_endpoint: `${gem.origin}/v1/token`,
            iam_endpoint: gem.origin,
            ...(subjectOk ? {} : { audience: 'https://not-the-pool.example' }),
          },
        } as HttpProviderSpec,
        {
          baseDir: '.',
          env: { ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken },
        },
      );
    const wrongAudience = (await call(provider(gem.config.serviceAccount, false), 'x').catch(
      (e: unknown) => e,
    )) as ProviderError;
    expect(wrongAudience).toMatchObject({ code: 'E_AUTH', retryable: false });
    expect(wrongAudience.message).toMatch(/invalid_grant: The audience in ID Token/);
    const otherSa = (await call(provider('intruder@acme-ai.iam.gserviceaccount.com'), 'x').catch(
      (e: unknown) => e,
    )) as ProviderError;
    expect(otherSa).toMatchObject({ code: 'E_AUTH', retryable: false });
    expect(otherSa.message).toMatch(/PERMISSION_DENIED: Permission 'iam.serviceAccounts.getAccessToken' denied/);
    expect(otherSa.hint).toMatch(/roles\/iam.workloadIdentityUser/);
    expect(gem.calls).toHaveLength(0);
  });

  test('google embeddings through batchEmbedContents (and embedContent for one text)', async () => {
    const p = createHttpProvider(
      'g',
      { type: 'google', model: 'gemini-2.5-flash', base_url: gem.origin } as HttpProviderSpec,
      {
        baseDir: '.',
        env: { GOOGLE_GENERATIVE_AI_API_KEY: gem.config.apiKey },
      },
    );
    const signal = new AbortController().signal;
    const two = await p.embed!({ model: 'text-embedding-004', values: ['abc', 'cab'], signal });
    expect(two.embeddings).toHaveLength(2);
    expect(two.embeddings[0]).toEqual(two.embeddings[1]); // same letters, same vector in the emulator
    const one = await p.embed!({ model: 'gemini-embedding-001', values: ['zz'], signal });
    expect(one.embeddings).toHaveLength(1);
    expect(gem.calls.map((c) => c.action)).toEqual(['batchEmbedContents', 'embedContent']);
    const unknown = await p.embed!({ model: 'nope-embedding', values: ['a', 'b'], signal }).catch((e: unknown) => e);
    expect((unknown as ProviderError).code).toBe('E_MODEL_UNAVAILABLE');
  });
});

describe('a stream cut off by a deadline', () => {
  let gem: GeminiServers;
  beforeEach(async () => {
    gem = await startGeminiServers();
  });
  afterEach(() => gem.close());

  test('keeps the usage Gemini streamed before the cut (usageMetadata in every chunk)', async () => {
    gem.stallStreams = true;
    gem.cachedTokens = 2;
    const p = createHttpProvider(
      'g',
      { type: 'google', model: 'gemini-2.5-flash', base_url: gem.origin, stream: true } as HttpProviderSpec,
      { baseDir: '.', env: { GOOGLE_GENERATIVE_AI_API_KEY: gem.config.apiKey } },
    );
    const partialUsage: PartialUsage = {};
    const cut = new AbortController();
    const call = p.complete({
      stepId: 's',
      prompt: 'a prompt of some length',
      signal: cut.signal,
      attempt: 1,
      partialUsage,
    });
    for (let i = 0; i < 100 && !partialUsage.usage; i++) await new Promise((r) => setTimeout(r, 20));
    cut.abort(new Error('deadline'));
    await expect(call).rejects.toThrow('deadline');
    // The emulator's first chunk: the prompt counted, nothing generated yet.
    expect(partialUsage.usage).toEqual({ input_tokens: 6, output_tokens: 0, cached_input_tokens: 2 });
  });

  test('noteStreamUsage reads Gemini usageMetadata, cached and thinking tokens included', () => {
    const sink: PartialUsage = {};
    noteStreamUsage(sink, { candidates: [{ content: { parts: [{ text: 'x' }] } }] });
    expect(sink.usage).toBeUndefined();
    noteStreamUsage(sink, {
      usageMetadata: {
        promptTokenCount: 120,
        cachedContentTokenCount: 100,
        candidatesTokenCount: 7,
        thoughtsTokenCount: 3,
      },
    });
    expect(sink.usage).toEqual({ input_tokens: 120, output_tokens: 10, cached_input_tokens: 100 });
  });
});

describe('Google error answers', () => {
  let gem: GeminiServers;
  beforeEach(async () => {
    gem = await startGeminiServers();
  });
  afterEach(() => gem.close());

  test('a wrong Gemini key (400 API_KEY_INVALID) is E_AUTH naming the variable, not a bad request', async () => {
    const p = createHttpProvider(
      'g',
      { type: 'google', model: 'gemini-2.5-flash', base_url: gem.origin } as HttpProviderSpec,
      {
        baseDir: '.',
        env: { GOOGLE_GENERATIVE_AI_API_KEY: 'AIzaNotTheKey' },
      },
    );
    const e = (await p
      .complete({ stepId: 's', prompt: 'x', signal: new AbortController().signal, attempt: 1 })
      .catch((x: unknown) => x)) as ProviderError;
    expect(e).toBeInstanceOf(ProviderError);
    expect(e).toMatchObject({ code: 'E_AUTH', status: 400, retryable: false });
    expect(e.hint).toMatch(/GOOGLE_GENERATIVE_AI_API_KEY/);
    expect(e.message).toMatch(/API key not valid/);
  });
});

test("Google's RetryInfo retryDelay (in the body) is the wait a 429 asks for", () => {
  const body = (delay: string) =>
    JSON.stringify({
      error: {
        code: 429,
        status: 'RESOURCE_EXHAUSTED',
        message: 'quota',
        details: [{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: delay }],
      },
    });
  expect(googleRetryDelayMs(body('17s'))).toBe(17_000);
  expect(googleRetryDelayMs(body('0.25s'))).toBe(250);
  expect(googleRetryDelayMs(body('soon'))).toBeUndefined();
  expect(googleRetryDelayMs('{"error":{"message":"x"}}')).toBeUndefined();
  expect(googleRetryDelayMs('not json RetryInfo')).toBeUndefined();
});

describe('vertex embeddings', () => {
  let oidc: OidcServers;
  let gem: GeminiServers;
  let dir: string;
  const saved = process.env.GOOGLE_APPLICATION_CREDENTIALS;
  beforeEach(async () => {
    oidc = await startOidcServers();
    gem = await startGeminiServers({ issuer: oidc.issuer });
    dir = mkdtempSync(join(tmpdir(), 'vertex-adc-'));
  });
  afterEach(async () => {
    if (saved === undefined) delete process.env.GOOGLE_APPLICATION_CREDENTIALS;
    else process.env.GOOGLE_APPLICATION_CREDENTIALS = saved;
    rmSync(dir, { recursive: true, force: true });
    await gem.close();
    await oidc.close();
  });

  test('through :predict on the model, on application default credentials (an external_account file)', async () => {
    const now = Math.floor(Date.now() / 1000);
    const jwtFile = join(dir, 'github.jwt');
    writeFileSync(
      jwtFile,
      oidc.sign({
        iss: oidc.issuer,
        sub: gem.config.subject,
        aud: `https://iam.googleapis.com/${gem.config.workloadIdentityProvider}`,
        iat: now,
        exp: now + 300,
      }),
    );
    const creds = join(dir, 'creds.json');
    writeFileSync(
      creds,
      JSON.stringify({
        type: 'external_account',
        audience: `//iam.googleapis.com/${gem.config.workloadIdentityProvider}`,
        subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
        token_url: `${gem.origin}/v1/token`,
        service_account_impersonation_url: `${gem.origin}/v1/projects/-/serviceAccounts/${gem.config.serviceAccount}:generateAccessToken`,
        credential_source: { file: jwtFile },
      }),
    );
    // google-auth-library finds application default credentials in the process environment.
    process.env.GOOGLE_APPLICATION_CREDENTIALS = creds;
    const secrets: string[] = [];
    const p = createHttpProvider(
      'v',
      {
        type: 'vertex',
        model: 'gemini-2.5-flash',
        base_url: `${gem.origin}/v1/projects/${gem.config.project}/locations/${gem.config.location}`,
      } as HttpProviderSpec,
      { baseDir: '.', env: { GOOGLE_APPLICATION_CREDENTIALS: creds }, addSecret: (s) => void secrets.push(s) },
    );
    const r = await p.embed!({
      model: 'text-embedding-004',
      values: ['abc', 'xyz'],
      signal: new AbortController().signal,
    });
    expect(r.embeddings).toHaveLength(2);
    expect(r.tokens).toBe(2);
    expect(gem.calls.map((c) => [c.api, c.action, c.model])).toEqual([['vertex', 'predict', 'text-embedding-004']]);
    expect(gem.calls[0]!.headers.authorization).toBe(`Bearer ${gem.accessTokens[0]}`);
    expect(secrets).toContain(gem.accessTokens[0]);
  });
});

test('Gemini model names resolve in the price registry for both types, cache-read rates included', async () => {
  const { resolvePrice, registryModelInfo } = await import('../../src/providers/price-registry.js');
  const vertex = await resolvePrice({ type: 'vertex', model: 'gemini-2.5-pro' } as HttpProviderSpec);
  expect(vertex).toMatchObject({
    source: 'registry',
    price: { input_per_mtok: 1.25, output_per_mtok: 10, cache_read_per_mtok: 0.125 },
  });
  const google = await resolvePrice({ type: 'google', model: 'models/gemini-2.5-flash' } as HttpProviderSpec);
  expect(google).toMatchObject({ source: 'registry', price: { input_per_mtok: 0.3, output_per_mtok: 2.5 } });
  expect((await registryModelInfo('gemini-2.5-flash', 'vertex')).known).toBe(true);
  expect((await registryModelInfo('gemini-2.5-flsh', 'google')).known).toBe(false);
});
