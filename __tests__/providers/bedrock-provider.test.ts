/**
 * The `bedrock` provider type in jobs (docs/reference.md, "bedrock"), against the strict Bedrock
 * emulator (__tests__/helpers/bedrock-servers.ts: SigV4 verified on every request): the AWS
 * credentials it takes and in which order, structured output, streaming usage, retries, the
 * model-unavailable answers with route failover, and prompt caching with cachePoint blocks,
 * cached tokens and their cost in the manifest.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runJob } from '../../src/engine/run.js';
import { loadSpecFromString } from '../../src/jobspec/load.js';
import { readManifest } from '../../src/run/run-folder.js';
import { readEventsSync } from '../../src/events/reader.js';
import { createHttpProvider } from '../../src/providers/http.js';
import { bedrockCredentialPlan } from '../../src/providers/clouds/bedrock.js';
import type { HttpProviderSpec } from '../../src/jobspec/schema.js';
import { startBedrockServers, type BedrockServers } from '../helpers/bedrock-servers.js';
import { startOidcServers } from '../helpers/oidc-servers.js';
import { Workspace } from '../helpers/workspace.js';

const USER = { accessKeyId: 'AKIAEMULATORUSER0001', secretAccessKey: 'emulator/user/secret+key0000000000000000' };
const PROFILED = { accessKeyId: 'AKIAEMULATORPROFILE1', secretAccessKey: 'emulator/profile/secret+key000000000000' };
const KEYS = { AWS_ACCESS_KEY_ID: USER.accessKeyId, AWS_SECRET_ACCESS_KEY: USER.secretAccessKey };
const SONNET = 'us.anthropic.claude-sonnet-4-5-20250929-v1:0';

let aws: BedrockServers;
let ws: Workspace;
beforeEach(async () => {
  aws = await startBedrockServers({
    keys: [USER, PROFILED],
    apiKeys: ['ABSKbedrockapikey0001'],
    answer: (body) => ((body.toolConfig as unknown) ? { verdict: 'pass', score: 3 } : 'the answer'),
  });
  ws = new Workspace();
});
afterEach(async () => {
  await aws.close();
  ws.cleanup();
});

/** A job of one prompt step on provider `br`. */
function oneStepJob(provider: string, retries: number): string {
  return `version: 2
name: br
defaults: { provider: br, retries: ${retries} }
providers:
  br: ${provider}
steps:
  a: { prompt: "one" }
`;
}

async function run(yaml: string, env: Record<string, string>) {
  const loaded = await loadSpecFromString(yaml, ws.path('job.yaml'), ws.dir);
  const result = await runJob({ loaded, runsDir: ws.path('runs'), env, workspaceDir: ws.dir });
  const runDir = join(ws.path('runs'), result.jobId);
  const manifest = await readManifest(runDir);
  return { result, manifest, runDir, events: readEventsSync(join(runDir, 'events.jsonl')).events };
}

const provider = (extra = '', model = SONNET) =>
  `{ type: bedrock, model: "${model}", region: us-east-1, base_url: "${aws.origin}"${extra} }`;

test('AWS keys from the environment: every request SigV4-signed; output_schema through a forced tool; stream usage', async () => {
  const { result, manifest, runDir } = await run(
    `version: 2
name: br
defaults: { provider: br, retries: 0 }
providers:
  br: ${provider(', options: { temperature: 0.2, max_tokens: 50, stop: ["END"] }')}
  brs: ${provider(', stream: true')}
steps:
  plain: { prompt: "say something" }
  judged:
    prompt: "judge it"
    output_schema: { type: object, properties: { verdict: { type: string }, score: { type: integer } }, required: [verdict, score] }
    outputs: [{ path: judged.json }]
  streamed: { provider: brs, prompt: "stream it" }
  streamed_judged:
    provider: brs
    prompt: "judge it as it streams"
    output_schema: { type: object, properties: { verdict: { type: string }, score: { type: integer } }, required: [verdict, score] }
    outputs: [{ path: streamed.json }]
`,
    KEYS,
  );
  expect(result.status).toBe('succeeded');
  expect(aws.requests.map((r) => [r.principal, r.stream])).toEqual(
    expect.arrayContaining([
      [USER.accessKeyId, false],
      [USER.accessKeyId, false],
      [USER.accessKeyId, true],
    ]),
  );
  expect(aws.refused).toEqual([]);
  expect(aws.requests.find((r) => !r.stream)!.body.inferenceConfig).toEqual({
    maxTokens: 50,
    temperature: 0.2,
    stopSequences: ['END'],
  });
  const judged = aws.requests.find((r) => r.body.toolConfig)!;
  expect(judged.body.toolConfig).toMatchObject({ toolChoice: { any: {} } });
  expect(JSON.parse(readFileSync(join(runDir, 'outputs', 'judged.json'), 'utf8'))).toEqual({
    verdict: 'pass',
    score: 3,
  });
  expect(JSON.parse(readFileSync(join(runDir, 'outputs', 'streamed.json'), 'utf8'))).toEqual({
    verdict: 'pass',
    score: 3,
  });
  expect(manifest.steps.streamed!.status).toBe('succeeded');
  expect(manifest.steps.streamed!.usage).toMatchObject({ output_tokens: 7 });
  expect(manifest.steps.streamed!.usage.input_tokens).toBeGreaterThan(0);
});

test('a Bedrock API key (api_key_env, else AWS_BEARER_TOKEN_BEDROCK) goes as Bearer and wins over AWS keys', async () => {
  const { result } = await run(
    `version: 2
name: br
defaults: { provider: named, retries: 0 }
providers:
  named: ${provider(', api_key_env: MY_BEDROCK_KEY')}
  fromenv: ${provider()}
steps:
  a: { prompt: "one" }
  b: { provider: fromenv, prompt: "two" }
`,
    { ...KEYS, MY_BEDROCK_KEY: 'ABSKbedrockapikey0001', AWS_BEARER_TOKEN_BEDROCK: 'ABSKbedrockapikey0001' },
  );
  expect(result.status).toBe('succeeded');
  expect(aws.requests.map((r) => r.principal)).toEqual(['bearer', 'bearer']);
  expect(aws.requests[0]!.headers.authorization).toBe('Bearer ABSKbedrockapikey0001');
  expect(aws.requests[0]!.headers['x-amz-date']).toBeUndefined();
});

test('throttling (429) and 5xx are retried; the answer after them counts', async () => {
  aws.failNext('throttle', 'unavailable');
  const { result, events } = await run(oneStepJob(provider(), 3), KEYS);
  expect(result.status).toBe('succeeded');
  expect(aws.requests).toHaveLength(3);
  expect(events.filter((e) => e.type === 'step.retrying').map((e) => (e.data as { reason?: string }).reason)).toEqual([
    'E_RATE_LIMITED',
    'E_SERVER',
  ]);
}, 60_000);

test('an unknown (400 ValidationException) or retired (404 ResourceNotFoundException) model is E_MODEL_UNAVAILABLE: not retried, a route fails over', async () => {
  const { result, manifest, events } = await run(
    `version: 2
name: br
defaults: { retries: 3 }
providers:
  typo: ${provider('', 'anthropic.claude-sonet-4-5')}
  retired: ${provider('', 'anthropic.claude-v2')}
  good: ${provider()}
routes:
  r: { strategy: ordered, providers: [typo, good] }
steps:
  routed: { provider: r, prompt: "one" }
  gone: { provider: retired, prompt: "two" }
`,
    KEYS,
  );
  expect(result.status).toBe('failed');
  expect(manifest.steps.routed!.status).toBe('succeeded');
  expect(manifest.steps.routed!.provider).toBe('good');
  expect(manifest.steps.gone!.error).toMatchObject({ code: 'E_MODEL_UNAVAILABLE' });
  expect(manifest.steps.gone!.error!.message).toContain('model anthropic.claude-v2');
  expect(manifest.steps.gone!.error!.message).toContain('end of its life');
  const errors = events
    .filter((e) => e.type === 'llm.error')
    .map((e) => e.data as { code: string; retryable: boolean });
  expect(errors).toEqual([
    expect.objectContaining({ code: 'E_MODEL_UNAVAILABLE', retryable: false }),
    expect.objectContaining({ code: 'E_MODEL_UNAVAILABLE', retryable: false }),
  ]);
  expect(aws.requests.map((r) => r.modelId).sort()).toEqual(
    ['anthropic.claude-sonet-4-5', 'anthropic.claude-v2', SONNET].sort(),
  );
  expect(events.filter((e) => e.type === 'step.retrying')).toHaveLength(0);
});

test('set-up errors before any step: no region, no credentials, half a key pair', async () => {
  const spec = (p: string) => `version: 2
name: br
defaults: { provider: br, retries: 0 }
providers:
  br: ${p}
steps:
  early: { run: "echo ran" }
  a: { needs: [early], prompt: "one" }
`;
  const refused = async (yaml: string, env: Record<string, string>) => {
    const e = (await run(yaml, env).then(
      () => undefined,
      (x: unknown) => x,
    )) as { code?: string; message?: string; hint?: string } | undefined;
    expect(e).toBeDefined();
    return e!;
  };
  const noRegion = await refused(spec(`{ type: bedrock, model: "${SONNET}", base_url: "${aws.origin}" }`), KEYS);
  expect(noRegion).toMatchObject({ code: 'E_PROVIDER_CONFIG', message: expect.stringMatching(/needs a region/) });
  const fromEnv = await run(spec(`{ type: bedrock, model: "${SONNET}", base_url: "${aws.origin}" }`), {
    ...KEYS,
    AWS_DEFAULT_REGION: 'us-east-1',
  });
  expect(fromEnv.result.status).toBe('succeeded');
  const none = await refused(spec(provider()), {});
  expect(none).toMatchObject({ code: 'E_API_KEY_MISSING', hint: expect.stringMatching(/auth: \{type: oidc/) });
  const half = await refused(spec(provider()), { AWS_ACCESS_KEY_ID: USER.accessKeyId });
  expect(half.message).toMatch(/AWS_SECRET_ACCESS_KEY is not set/);
  // The refused runs made no request: the one request is the run that had its region.
  expect(aws.requests).toHaveLength(1);
  expect(aws.requests).toHaveLength(1);
});

test('shared config profiles: AWS_PROFILE, credential_process, the default profile under HOME; a bad profile is refused first', async () => {
  const home = ws.path('home');
  mkdirSync(join(home, '.aws'), { recursive: true });
  writeFileSync(
    join(home, '.aws', 'credentials'),
    `[default]\naws_access_key_id = ${USER.accessKeyId}\naws_secret_access_key = ${USER.secretAccessKey}\n\n` +
      `[ci]\naws_access_key_id = ${PROFILED.accessKeyId}\naws_secret_access_key = ${PROFILED.secretAccessKey}\n`,
  );
  // credential_process as the AWS CLI documents it: a command that prints Version 1 JSON.
  writeFileSync(
    ws.path('creds.mjs'),
    `console.log(JSON.stringify({ Version: 1, AccessKeyId: '${PROFILED.accessKeyId}', ` +
      `SecretAccessKey: '${PROFILED.secretAccessKey}' }));\n`,
  );
  writeFileSync(
    join(home, '.aws', 'config'),
    `[profile proc]\ncredential_process = "${process.execPath}" "${ws.path('creds.mjs')}"\n`,
  );
  const job = oneStepJob(provider(), 0);
  const byDefault = await run(job, { HOME: home });
  const named = await run(job, { HOME: home, AWS_PROFILE: 'ci' });
  const processed = await run(job, {
    AWS_SHARED_CREDENTIALS_FILE: join(home, '.aws', 'credentials'),
    AWS_CONFIG_FILE: join(home, '.aws', 'config'),
    AWS_PROFILE: 'proc',
  });
  for (const r of [byDefault, named, processed]) expect(r.result.status).toBe('succeeded');
  expect(aws.requests.map((r) => r.principal)).toEqual([USER.accessKeyId, PROFILED.accessKeyId, PROFILED.accessKeyId]);
  expect(aws.refused).toEqual([]);
  // Keys in the environment still come first.
  expect((await run(job, { HOME: home, AWS_PROFILE: 'ci', ...KEYS })).result.status).toBe('succeeded');
  expect(aws.requests.at(-1)!.principal).toBe(USER.accessKeyId);
  for (const r of [named, processed]) {
    const folder = JSON.stringify(readEventsSync(join(r.runDir, 'events.jsonl')).events) + JSON.stringify(r.manifest);
    expect(folder).not.toContain(PROFILED.secretAccessKey);
  }

  const before = aws.requests.length;
  // A profile the files do not have is found when the provider first opens: the step fails, named.
  const missing = await run(job, { HOME: home, AWS_PROFILE: 'nope' });
  expect(missing.result.status).toBe('failed');
  expect(missing.manifest.steps.a!.error).toMatchObject({
    code: 'E_API_KEY_MISSING',
    message: expect.stringContaining('AWS profile nope gave no credentials'),
    hint: expect.stringContaining('[nope]'),
  });
  const noFiles = await run(job, { HOME: ws.path('empty-home'), AWS_PROFILE: 'ci' }).then(
    () => undefined,
    (e: unknown) => e as { code?: string; message?: string },
  );
  expect(noFiles).toMatchObject({ code: 'E_API_KEY_MISSING', message: expect.stringMatching(/AWS_PROFILE is ci but/) });
  // As in the SDKs' chain, a profile that is not there gives way to the web identity variables.
  const identity = { AWS_WEB_IDENTITY_TOKEN_FILE: ws.path('token'), AWS_ROLE_ARN: 'arn:aws:iam::1:role/r' };
  const emptyHome = { HOME: ws.path('empty-home'), AWS_PROFILE: 'ci' };
  const br = { type: 'bedrock', model: SONNET, region: 'us-east-1' } as HttpProviderSpec;
  expect(bedrockCredentialPlan('br', br, { ...emptyHome, ...identity }).kind).toBe('web-identity-file');
  expect(bedrockCredentialPlan('br', br, { HOME: home, AWS_PROFILE: 'ci', ...identity }).kind).toBe('profile');
  expect(aws.requests).toHaveLength(before);
});

describe('prompt caching on Claude models', () => {
  const fanOut = (extra = '', model = SONNET) => `version: 2
name: pc
defaults: { provider: br, retries: 0, concurrency: 1 }
providers:
  br: ${provider(extra, model)}
steps:
  review:
    for_each: '["a.ts", "b.ts", "c.ts"]'
    system: You review one file.
    context: { include: ["docs/*.md"], max_tokens: 8000 }
    prompt: "Review {{ item }} against the guide."
`;
  beforeEach(() => {
    mkdirSync(ws.path('docs'), { recursive: true });
    // About 2,500 tokens of shared context: above Sonnet's 1,024-token minimum.
    writeFileSync(
      ws.path('docs/guide.md'),
      `# Review guide\n\n${'Check every error path and every boundary. '.repeat(230)}\n`,
    );
  });

  type Block = { text?: string; cachePoint?: { type: string } };

  test('a cachePoint after the context block; later instances read it; cached tokens and cache-rate cost in the manifest', async () => {
    const { result, manifest } = await run(fanOut(), KEYS);
    expect(result.status).toBe('succeeded');
    expect(aws.requests).toHaveLength(3);
    for (const r of aws.requests) {
      // The short system prompt is below the minimum: no cachePoint there.
      expect((r.body.system as Block[]).some((b) => b.cachePoint)).toBe(false);
      const content = (r.body.messages as Array<{ content: Block[] }>)[0]!.content;
      expect(content).toHaveLength(3);
      expect(content[0]!.text).toContain('Check every error path');
      expect(content[1]).toEqual({ cachePoint: { type: 'default' } });
      expect(content[2]!.text).toContain('Review ');
    }
    const [first, second, third] = aws.usages;
    expect(first!.cacheWriteInputTokens).toBeGreaterThan(1024);
    expect(second!.cacheReadInputTokens).toBe(first!.cacheWriteInputTokens);
    expect(third!.cacheReadInputTokens).toBe(first!.cacheWriteInputTokens);
    const sum = (f: (u: Record<string, number>) => number) => aws.usages.reduce((a, u) => a + f(u), 0);
    expect(manifest.totals.input_tokens).toBe(
      sum((u) => u.inputTokens! + u.cacheReadInputTokens! + u.cacheWriteInputTokens!),
    );
    expect(manifest.totals.cached_input_tokens).toBe(sum((u) => u.cacheReadInputTokens!));
    expect(manifest.totals.cache_write_tokens).toBe(sum((u) => u.cacheWriteInputTokens!));
    // The registry's Bedrock rates for the US profile: input 3.30, read 0.33, write 4.125, output 16.50 per MTok.
    const expected = sum(
      (u) =>
        (u.inputTokens! * 3.3 +
          u.cacheReadInputTokens! * 0.33 +
          u.cacheWriteInputTokens! * 4.125 +
          u.outputTokens! * 16.5) /
        1e6,
    );
    expect(manifest.totals.cost_usd).toBeCloseTo(expected, 7);

    // The same job with prompt_cache: false: no cachePoint, no cached tokens, and it costs more.
    const before = aws.requests.length;
    const off = await run(fanOut(', prompt_cache: false'), KEYS);
    const sent = aws.requests.slice(before);
    expect(sent.every((r) => !JSON.stringify(r.body).includes('cachePoint'))).toBe(true);
    expect(off.manifest.totals.cached_input_tokens ?? 0).toBe(0);
    expect(off.manifest.totals.cost_usd).toBeGreaterThan(manifest.totals.cost_usd * 1.5);
  });

  test('a system prompt long enough on its own gets a cachePoint after it too (two breakpoints)', async () => {
    // About 1,400 tokens: above Sonnet's 1,024-token minimum by itself.
    const long = 'You review one file with great care. '.repeat(150).trim();
    const { result } = await run(fanOut().replace('system: You review one file.', `system: "${long}"`), KEYS);
    expect(result.status).toBe('succeeded');
    const body = aws.requests[0]!.body;
    const system = body.system as Block[];
    expect(system).toHaveLength(2);
    expect(system[1]).toEqual({ cachePoint: { type: 'default' } });
    const content = (body.messages as Array<{ content: Block[] }>)[0]!.content;
    expect(content[1]).toEqual({ cachePoint: { type: 'default' } });
    // The second instance reads the whole prefix (system + context) from the cache.
    expect(aws.usages[1]!.cacheReadInputTokens).toBe(aws.usages[0]!.cacheWriteInputTokens);
  });

  test('prompt_cache ttl 1h marks cachePoint ttl; a model that is not Claude gets no cachePoint', async () => {
    await run(fanOut(', prompt_cache: { ttl: 1h }'), KEYS);
    const content = (aws.requests[0]!.body.messages as Array<{ content: Block[] }>)[0]!.content;
    expect(content[1]).toEqual({ cachePoint: { type: 'default', ttl: '1h' } });
    const before = aws.requests.length;
    const llama = await run(fanOut('', 'meta.llama3-8b-instruct-v1:0'), KEYS);
    expect(llama.result.status).toBe('succeeded');
    expect(aws.requests.slice(before).every((r) => !JSON.stringify(r.body).includes('cachePoint'))).toBe(true);
  });
});

test('the driver never reads the process environment: a key there is not used', async () => {
  const saved = process.env.AWS_BEARER_TOKEN_BEDROCK;
  process.env.AWS_BEARER_TOKEN_BEDROCK = 'ABSKfromprocessenv';
  try {
    const p = createHttpProvider(
      'br',
      { type: 'bedrock', model: SONNET, region: 'us-east-1', base_url: aws.origin } as HttpProviderSpec,
      { env: KEYS, baseDir: ws.dir },
    );
    const r = await p.complete({ prompt: 'hi', signal: new AbortController().signal } as Parameters<
      typeof p.complete
    >[0]);
    expect(r.text).toBe('the answer');
    expect(aws.requests[0]!.principal).toBe(USER.accessKeyId);
  } finally {
    if (saved === undefined) delete process.env.AWS_BEARER_TOKEN_BEDROCK;
    else process.env.AWS_BEARER_TOKEN_BEDROCK = saved;
  }
});

test('keyless: credentials AWS calls expired (403 ExpiredTokenException) fail that call with E_AUTH and are replaced on the next', async () => {
  const oidc = await startOidcServers();
  const role = 'arn:aws:iam::123456789012:role/gha-bedrock';
  await aws.close();
  aws = await startBedrockServers({
    roles: [{ arn: role, issuer: oidc.issuer, audiences: ['sts.amazonaws.com'], subject: 'repo:acme/*' }],
  });
  try {
    const p = createHttpProvider(
      'br',
      {
        type: 'bedrock',
        model: SONNET,
        region: 'us-east-1',
        base_url: aws.origin,
        auth: { type: 'oidc', role_arn: role, sts_endpoint: aws.stsEndpoint },
      } as HttpProviderSpec,
      {
        env: { ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken },
        baseDir: ws.dir,
      },
    );
    const call = () =>
      p.complete({ prompt: 'hi', signal: new AbortController().signal } as Parameters<typeof p.complete>[0]);
    expect((await call()).text).toBe('ok');
    aws.expireIssued();
    await expect(call()).rejects.toMatchObject({
      code: 'E_AUTH',
      message: expect.stringContaining('The security token included in the request is expired'),
    });
    expect((await call()).text).toBe('ok');
    expect(aws.sts.calls).toBe(2);
    expect(aws.refused.map((r) => r.type)).toEqual(['ExpiredTokenException']);
  } finally {
    await oidc.close();
  }
});

test('a stream cut by a throttlingException frame is retried; usage comes from the stream that finished', async () => {
  aws.failNext('stream-throttle');
  const { result, manifest, events } = await run(oneStepJob(provider(', stream: true'), 2), KEYS);
  expect(result.status).toBe('succeeded');
  expect(aws.requests.map((r) => r.stream)).toEqual([true, true]);
  expect(events.filter((e) => e.type === 'step.retrying').map((e) => (e.data as { reason?: string }).reason)).toEqual([
    'E_RATE_LIMITED',
  ]);
  expect(manifest.steps.a!.usage).toMatchObject({ output_tokens: 7 });
}, 60_000);

test('keyless: STS throttling and 503 are retried like any call; the credentials then sign the call', async () => {
  const oidc = await startOidcServers();
  const role = 'arn:aws:iam::123456789012:role/gha-bedrock';
  await aws.close();
  aws = await startBedrockServers({
    roles: [{ arn: role, issuer: oidc.issuer, audiences: ['sts.amazonaws.com'], subject: 'repo:acme/*' }],
  });
  aws.failStsNext('Throttling', 'ServiceUnavailable');
  try {
    const { result, events } = await run(
      oneStepJob(
        `{ type: bedrock, model: "${SONNET}", region: us-east-1, base_url: "${aws.origin}", auth: { type: oidc, role_arn: "${role}", sts_endpoint: "${aws.stsEndpoint}" } }`,
        3,
      ),
      { ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken },
    );
    expect(result.status).toBe('succeeded');
    expect(events.filter((e) => e.type === 'step.retrying').map((e) => (e.data as { reason?: string }).reason)).toEqual(
      ['E_RATE_LIMITED', 'E_SERVER'],
    );
    expect(aws.sts.calls).toBe(3);
    expect(aws.requests).toHaveLength(1);
    expect(aws.requests[0]!.principal).toBe(aws.sts.issued[0]!.accessKeyId);
  } finally {
    await oidc.close();
  }
}, 60_000);

test('a refused signature (wrong secret key) is E_AUTH, not retried, with what to check on the AWS side', async () => {
  const { result, manifest } = await run(oneStepJob(provider(), 3), {
    ...KEYS,
    AWS_SECRET_ACCESS_KEY: 'not/the/secret/key/at/all/000000000000',
  });
  expect(result.status).toBe('failed');
  expect(manifest.steps.a!.error).toMatchObject({
    code: 'E_AUTH',
    message: expect.stringContaining('The request signature we calculated does not match'),
  });
  expect(manifest.steps.a!.error!.hint).toMatch(/bedrock:InvokeModel/);
  expect(aws.refused.map((r) => r.type)).toEqual(['InvalidSignatureException']);
  const failed = readEventsSync(join(ws.path('runs'), result.jobId, 'events.jsonl')).events.find(
    (e) => e.type === 'llm.error',
  );
  expect(JSON.stringify(failed?.data)).not.toContain('not/the/secret');
});

test('temporary keys in the environment (AWS_SESSION_TOKEN, as configure-aws-credentials leaves them) sign with their session token', async () => {
  const oidc = await startOidcServers();
  const role = 'arn:aws:iam::123456789012:role/gha-bedrock';
  await aws.close();
  aws = await startBedrockServers({
    roles: [{ arn: role, issuer: oidc.issuer, audiences: ['sts.amazonaws.com'], subject: 'repo:acme/*' }],
  });
  try {
    const jwt = (
      (await (
        await fetch(`${oidc.requestUrl}&audience=sts.amazonaws.com`, {
          headers: { authorization: `Bearer ${oidc.requestToken}` },
        })
      ).json()) as { value: string }
    ).value;
    const form = new URLSearchParams({
      Action: 'AssumeRoleWithWebIdentity',
      Version: '2011-06-15',
      RoleArn: role,
      RoleSessionName: 'configure-aws-credentials',
      WebIdentityToken: jwt,
    });
    const sts = await fetch(aws.stsEndpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    });
    expect(sts.status).toBe(200);
    const c = aws.sts.issued[0]!;
    const spec = oneStepJob(provider(), 0);
    const ok = await run(spec, {
      AWS_ACCESS_KEY_ID: c.accessKeyId,
      AWS_SECRET_ACCESS_KEY: c.secretAccessKey,
      AWS_SESSION_TOKEN: c.sessionToken,
    });
    expect(ok.result.status).toBe('succeeded');
    expect(aws.requests[0]!.headers['x-amz-security-token']).toBe(c.sessionToken);
    // Without the session token AWS does not know the temporary key.
    const bare = await run(spec, { AWS_ACCESS_KEY_ID: c.accessKeyId, AWS_SECRET_ACCESS_KEY: c.secretAccessKey });
    expect(bare.manifest.steps.a!.error).toMatchObject({ code: 'E_AUTH' });
    expect(aws.refused.map((r) => r.type)).toEqual(['UnrecognizedClientException']);
  } finally {
    await oidc.close();
  }
});
