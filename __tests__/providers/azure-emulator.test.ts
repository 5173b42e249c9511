/**
 * The Azure OpenAI and Microsoft Entra emulators (__tests__/helpers/azure-servers.ts) driven by
 * the vendors' own client libraries, to show they speak the real protocols: the `openai` npm
 * package's AzureOpenAI client against the data plane (deployment URLs, api-version, api-key and
 * Entra bearer, streaming usage, cached tokens, embeddings, the error shapes), and
 * @azure/identity's ClientAssertionCredential (MSAL underneath) against the Entra token endpoint.
 * MSAL refuses an authority that is not https, so that part runs the emulator on https with a
 * certificate made for the test (openssl), in a child process that trusts it through
 * NODE_EXTRA_CA_CERTS.
 */
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AzureOpenAI } from 'openai';
import { startAzureServers, type AzureServers } from '../helpers/azure-servers.js';
import { startOidcServers, type OidcServers } from '../helpers/oidc-servers.js';
import { REPO } from '../helpers/workspace.js';

let az: AzureServers;
let oidc: OidcServers;
afterEach(async () => {
  await az?.close();
  await oidc?.close();
});

const client = (extra: Record<string, unknown> = {}) =>
  new AzureOpenAI({
    endpoint: az.origin,
    apiKey: az.config.apiKey,
    apiVersion: '2024-10-21',
    deployment: 'gpt4o-prod',
    maxRetries: 0,
    ...extra,
  });

test('AzureOpenAI: chat on a deployment with api-key, streaming usage, cached tokens by prompt_cache_key, embeddings', async () => {
  az = await startAzureServers();
  const c = client();
  const r = await c.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] });
  expect(r.choices[0]!.message.content).toBe('ok');
  expect(r.model).toBe('gpt-4o-2024-11-20');
  expect(az.requests[0]!.path).toBe('/openai/deployments/gpt4o-prod/chat/completions');
  expect(az.requests[0]!.apiVersion).toBe('2024-10-21');
  expect(az.requests[0]!.headers['api-key']).toBe(az.config.apiKey);

  const stream = await c.chat.completions.create({
    model: 'gpt-4o',
    messages: [{ role: 'user', content: 'stream me' }],
    stream: true,
    stream_options: { include_usage: true },
  });
  let text = '';
  let usage: { prompt_tokens: number } | undefined | null;
  for await (const chunk of stream) {
    text += chunk.choices[0]?.delta?.content ?? '';
    if (chunk.usage) usage = chunk.usage;
  }
  expect(text).toBe('ok');
  expect(usage?.prompt_tokens).toBeGreaterThan(0);

  // A 1,024+ token prefix sent twice under one key: the second read mostly from cache.
  const long = 'context line that repeats. '.repeat(200);
  const ask = (key: string) =>
    c.chat.completions.create({
      model: 'gpt-4o',
      messages: [
        { role: 'system', content: long },
        { role: 'user', content: 'question' },
      ],
      prompt_cache_key: key,
    });
  expect((await ask('step-a')).usage?.prompt_tokens_details?.cached_tokens).toBe(0);
  const again = await ask('step-a');
  expect(again.usage!.prompt_tokens_details!.cached_tokens).toBeGreaterThanOrEqual(1024);
  expect(again.usage!.prompt_tokens_details!.cached_tokens! % 128).toBe(0);
  expect((await ask('other-key')).usage?.prompt_tokens_details?.cached_tokens).toBe(0);

  const e = await client({ deployment: 'embed-small' }).embeddings.create({
    model: 'text-embedding-3-small',
    input: ['a', 'b'],
  });
  expect(e.data).toHaveLength(2);
  expect(e.data[0]!.embedding.length).toBeGreaterThan(0);
  expect(az.requests.at(-1)!.path).toBe('/openai/deployments/embed-small/embeddings');
});

test('AzureOpenAI: the service errors as the client sees them', async () => {
  az = await startAzureServers();
  const err = async (p: Promise<unknown>) =>
    p.then(
      () => undefined,
      (x: unknown) => x as { status: number; code?: string; message: string; headers?: Headers },
    );
  const gone = await err(
    client({ deployment: 'retired' }).chat.completions.create({
      model: 'x',
      messages: [{ role: 'user', content: 'q' }],
    }),
  );
  expect(gone?.status).toBe(404);
  expect(gone?.code).toBe('DeploymentNotFound');

  const badKey = await err(
    client({ apiKey: 'wrong' }).chat.completions.create({ model: 'x', messages: [{ role: 'user', content: 'q' }] }),
  );
  expect(badKey?.status).toBe(401);

  const badVersion = await err(
    client({ apiVersion: '2019-01-01' }).chat.completions.create({
      model: 'x',
      messages: [{ role: 'user', content: 'q' }],
    }),
  );
  expect(badVersion?.status).toBe(400);
  expect(badVersion?.message).toMatch(/API version not supported/);

  az.failNext(429, 1, 2);
  const limited = await err(
    client().chat.completions.create({ model: 'x', messages: [{ role: 'user', content: 'q' }] }),
  );
  expect(limited?.status).toBe(429);
  expect(limited?.headers?.get('retry-after')).toBe('2');

  const unknownArg = await err(
    client().chat.completions.create({
      model: 'x',
      messages: [{ role: 'user', content: 'q' }],
      // An argument the data plane does not know (cast: the client's types know it neither).
      ...({ not_an_argument: 1 } as object),
    }),
  );
  expect(unknownArg?.message).toMatch(/Unrecognized request argument supplied: not_an_argument/);

  // Without api-version the route does not exist at all.
  const bare = await fetch(`${az.origin}/openai/deployments/gpt4o-prod/chat/completions`, {
    method: 'POST',
    headers: { 'api-key': az.config.apiKey, 'content-type': 'application/json' },
    body: JSON.stringify({ messages: [{ role: 'user', content: 'q' }] }),
  });
  expect(bare.status).toBe(404);
  expect(await bare.json()).toEqual({ error: { code: '404', message: 'Resource not found' } });
});

test('@azure/identity ClientAssertionCredential gets an Entra token for the GitHub JWT; AzureOpenAI calls with it', async () => {
  oidc = await startOidcServers({ subject: 'repo:acme/widgets:ref:refs/heads/main' });
  const dir = mkdtempSync(join(tmpdir(), 'azure-tls-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
      ],
      { stdio: 'ignore' },
    );
    az = await startAzureServers({
      issuer: oidc.issuer,
      subject: oidc.config.subject,
      tls: { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') },
    });
    const now = Math.floor(Date.now() / 1000);
    const jwt = oidc.sign({
      iss: oidc.issuer,
      sub: oidc.config.subject,
      aud: 'api://AzureADTokenExchange',
      iat: now,
      nbf: now,
      exp: now + 300,
    });
    const forged = oidc.sign({
      iss: oidc.issuer,
      sub: 'repo:evil/fork:pull_request',
      aud: 'api://AzureADTokenExchange',
      iat: now,
      exp: now + 300,
    });
    // The child imports the vendors' packages from the repository by absolute URL (it runs in a temp folder).
    const resolve = createRequire(join(REPO, 'package.json')).resolve;
    const identityUrl = pathToFileURL(resolve('@azure/identity')).href;
    const openaiUrl = pathToFileURL(resolve('openai')).href;
    const script = join(dir, 'identity.mjs');
    writeFileSync(
      script,
      `import { ClientAssertionCredential } from ${JSON.stringify(identityUrl)};
import { AzureOpenAI } from ${JSON.stringify(openaiUrl)};
const [tenant, client, host, assertion] = process.argv.slice(2);
const cred = new ClientAssertionCredential(tenant, client, async () => assertion, { authorityHost: host, disableInstanceDiscovery: true });
try {
  const t = await cred.getToken('https://cognitiveservices.azure.com/.default');
  const api = new AzureOpenAI({ endpoint: host, azureADTokenProvider: async () => t.token, apiVersion: '2024-10-21', deployment: 'gpt4o-prod', maxRetries: 0 });
  const r = await api.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] });
  console.log(JSON.stringify({ token: t.token, expires: t.expiresOnTimestamp, answer: r.choices[0].message.content }));
} catch (e) {
  console.log(JSON.stringify({ error: String(e.message).split('\\n')[0] }));
}
`,
    );
    // Asynchronously: the emulators answer from this process's event loop.
    const run = async (assertion: string) => {
      const r = await promisify(execFile)(
        process.execPath,
        [script, az.config.tenantId, az.config.clientId, az.authorityHost, assertion],
        { env: { ...process.env, NODE_EXTRA_CA_CERTS: join(dir, 'cert.pem') }, encoding: 'utf8', timeout: 30_000 },
      );
      const line = r.stdout.trim().split('\n').at(-1) ?? '';
      try {
        return JSON.parse(line) as { token?: string; expires?: number; answer?: string; error?: string };
      } catch {
        throw new Error(`identity child failed: ${r.stdout}\n${r.stderr}`);
      }
    };
    const ok = await run(jwt);
    expect(ok.error).toBeUndefined();
    expect(az.issued).toContain(ok.token);
    expect(ok.expires! - Date.now()).toBeGreaterThan(3000_000);
    expect(az.hits.discovery).toBeGreaterThanOrEqual(1); // MSAL read the tenant's metadata
    // The Entra token opened the data plane as a bearer, with no api-key.
    expect(ok.answer).toBe('ok');
    expect(az.requests.at(-1)!.headers.authorization).toBe(`Bearer ${ok.token}`);
    expect(az.requests.at(-1)!.headers['api-key']).toBeUndefined();
    const refused = await run(forged);
    expect(refused.error).toMatch(/AADSTS700213/);
    expect(az.issued).toHaveLength(1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

test('the Entra emulator refuses as Entra does: tenant, client, scope, issuer/subject/audience, expiry, signature', async () => {
  oidc = await startOidcServers();
  az = await startAzureServers({ issuer: oidc.issuer, subject: oidc.config.subject });
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    iss: oidc.issuer,
    sub: oidc.config.subject,
    aud: 'api://AzureADTokenExchange',
    iat: now,
    exp: now + 300,
  };
  const post = async (over: Record<string, string> = {}, tenant = az.config.tenantId) => {
    const form = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: az.config.clientId,
      scope: 'https://cognitiveservices.azure.com/.default',
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: oidc.sign(claims),
      ...over,
    });
    const res = await fetch(`${az.authorityHost}/${tenant}/oauth2/v2.0/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    });
    const body = (await res.json()) as {
      error?: string;
      error_codes?: number[];
      error_description?: string;
      access_token?: string;
    };
    return { status: res.status, ...body };
  };
  const ok = await post();
  expect(ok.status).toBe(200);
  expect(az.issued).toEqual([ok.access_token]);
  const codeOf = async (over: Record<string, string>, tenant?: string) => (await post(over, tenant)).error_codes?.[0];
  expect(await codeOf({}, 'other-tenant')).toBe(90002);
  expect(await codeOf({ client_id: 'someone-else' })).toBe(700016);
  expect(await codeOf({ scope: 'https://cognitiveservices.azure.com' })).toBe(1002012);
  expect(await codeOf({ client_assertion: oidc.sign({ ...claims, iss: 'https://elsewhere' }) })).toBe(700211);
  expect(await codeOf({ client_assertion: oidc.sign({ ...claims, sub: 'repo:x/y:pull_request' }) })).toBe(700213);
  expect(await codeOf({ client_assertion: oidc.sign({ ...claims, aud: 'api://other' }) })).toBe(700212);
  expect(await codeOf({ client_assertion: oidc.sign({ ...claims, iat: now - 900, exp: now - 600 }) })).toBe(700024);
  const [h, p] = oidc.sign(claims).split('.');
  expect(await codeOf({ client_assertion: `${h}.${p}.${Buffer.from('forged').toString('base64url')}` })).toBe(5002738);
  const refused = await post({ client_id: 'someone-else' });
  expect(refused).toMatchObject({ status: 400, error: 'unauthorized_client' });
  expect(refused.error_description).toMatch(/^AADSTS700016: .*\r\nTrace ID: /s);
  expect(az.issued).toHaveLength(1);
});
