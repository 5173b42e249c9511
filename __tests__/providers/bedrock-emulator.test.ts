/**
 * The Bedrock and STS emulators (__tests__/helpers/bedrock-servers.ts) driven by AWS's own
 * clients (@aws-sdk/client-sts, @aws-sdk/client-bedrock-runtime): they sign, serialize and parse
 * as the real services expect, so what they accept and refuse here is what AWS would.
 */
import { AssumeRoleWithWebIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import {
  BedrockRuntimeClient,
  ConverseCommand,
  ConverseStreamCommand,
  type ConverseStreamOutput,
} from '@aws-sdk/client-bedrock-runtime';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { startBedrockServers, type BedrockServers } from '../helpers/bedrock-servers.js';
import { startOidcServers, GITHUB_SUBJECT, type OidcServers } from '../helpers/oidc-servers.js';

const ROLE = 'arn:aws:iam::123456789012:role/gha-bedrock';
const USER = { accessKeyId: 'AKIAEMULATORUSER0001', secretAccessKey: 'emulator/user/secret+key0000000000000000' };
const MODEL = 'us.anthropic.claude-sonnet-4-5-20250929-v1:0';

let oidc: OidcServers;
let aws: BedrockServers;
beforeEach(async () => {
  oidc = await startOidcServers();
  aws = await startBedrockServers({
    keys: [USER],
    roles: [{ arn: ROLE, issuer: oidc.issuer, audiences: ['sts.amazonaws.com'], subject: 'repo:acme/widgets:*' }],
  });
});
afterEach(async () => {
  await aws.close();
  await oidc.close();
});

async function githubJwt(audience = 'sts.amazonaws.com'): Promise<string> {
  const r = await fetch(`${oidc.requestUrl}&audience=${encodeURIComponent(audience)}`, {
    headers: { authorization: `Bearer ${oidc.requestToken}` },
  });
  return ((await r.json()) as { value: string }).value;
}

const runtime = (credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string }) =>
  new BedrockRuntimeClient({
    region: aws.region,
    endpoint: aws.origin,
    credentials,
    // The client's default handler speaks HTTP/2 (for the bidirectional stream); the runtime
    // answers Converse and ConverseStream over HTTP/1.1 too.
    requestHandler: new NodeHttpHandler(),
    maxAttempts: 1,
  });

test('client-sts: AssumeRoleWithWebIdentity with the GitHub token issues credentials client-bedrock-runtime can use', async () => {
  const sts = new STSClient({ region: aws.region, endpoint: aws.stsEndpoint, maxAttempts: 1 });
  const out = await sts.send(
    new AssumeRoleWithWebIdentityCommand({
      RoleArn: ROLE,
      RoleSessionName: 'emulator-test',
      WebIdentityToken: await githubJwt(),
      DurationSeconds: 900,
    }),
  );
  expect(out.SubjectFromWebIdentityToken).toBe(GITHUB_SUBJECT);
  expect(out.AssumedRoleUser?.Arn).toBe('arn:aws:sts::123456789012:assumed-role/gha-bedrock/emulator-test');
  const c = out.Credentials!;
  expect(c.AccessKeyId).toMatch(/^ASIA/);
  expect(c.Expiration!.getTime() - Date.now()).toBeGreaterThan(880_000);

  const client = runtime({
    accessKeyId: c.AccessKeyId!,
    secretAccessKey: c.SecretAccessKey!,
    sessionToken: c.SessionToken!,
  });
  const r = await client.send(
    new ConverseCommand({ modelId: MODEL, messages: [{ role: 'user', content: [{ text: 'hello' }] }] }),
  );
  expect(r.output?.message?.content?.[0]?.text).toBe('ok');
  expect(r.stopReason).toBe('end_turn');
  expect(r.usage).toMatchObject({ inputTokens: 2, outputTokens: 7, totalTokens: 9 });
  expect(aws.requests[0]!.principal).toBe(c.AccessKeyId);

  // The same keys without their session token are refused as AWS refuses them.
  const bare = runtime({ accessKeyId: c.AccessKeyId!, secretAccessKey: c.SecretAccessKey! });
  await expect(
    bare.send(new ConverseCommand({ modelId: MODEL, messages: [{ role: 'user', content: [{ text: 'x' }] }] })),
  ).rejects.toMatchObject({ name: 'UnrecognizedClientException', $metadata: { httpStatusCode: 403 } });
});

test('client-sts: the refusals are the documented error codes', async () => {
  const sts = new STSClient({ region: aws.region, endpoint: aws.stsEndpoint, maxAttempts: 1 });
  const assume = async (WebIdentityToken: string, RoleArn = ROLE) =>
    sts.send(new AssumeRoleWithWebIdentityCommand({ RoleArn, RoleSessionName: 's1', WebIdentityToken })).then(
      () => 'accepted',
      (e: { name: string; $metadata?: { httpStatusCode?: number } }) => `${e.name} ${e.$metadata?.httpStatusCode}`,
    );
  expect(await assume(await githubJwt('https://elsewhere'))).toBe('InvalidIdentityTokenException 400');
  const now = Math.floor(Date.now() / 1000);
  const claims = { iss: oidc.issuer, aud: 'sts.amazonaws.com', sub: GITHUB_SUBJECT, iat: now - 900, exp: now - 600 };
  expect(await assume(oidc.sign(claims))).toBe('ExpiredTokenException 400');
  expect(await assume(oidc.sign({ ...claims, exp: now + 300, sub: 'repo:evil/fork:ref:refs/heads/main' }))).toBe(
    'AccessDenied 403',
  );
  const good = await githubJwt();
  const [h, b] = good.split('.');
  expect(await assume(`${h}.${b}.${Buffer.from('forged').toString('base64url')}`)).toBe(
    'InvalidIdentityTokenException 400',
  );
  expect(await assume(good, 'arn:aws:iam::123456789012:role/other')).toBe('AccessDenied 403');
  expect(await assume(good)).toBe('accepted');
});

test('client-bedrock-runtime: SigV4 checked on every request, ConverseStream frames, cache usage, model errors', async () => {
  const client = runtime(USER);
  const long = 'x'.repeat(6000);
  const stream = await client.send(
    new ConverseStreamCommand({
      modelId: MODEL,
      system: [{ text: long }, { cachePoint: { type: 'default' } }],
      messages: [{ role: 'user', content: [{ text: 'question' }] }],
    }),
  );
  const events: ConverseStreamOutput[] = [];
  for await (const e of stream.stream!) events.push(e);
  const text = events.map((e) => e.contentBlockDelta?.delta?.text ?? '').join('');
  expect(text).toBe('ok');
  expect(events.find((e) => e.messageStop)?.messageStop?.stopReason).toBe('end_turn');
  expect(events.at(-1)?.metadata?.usage).toMatchObject({ cacheWriteInputTokens: 1500, cacheReadInputTokens: 0 });

  const again = await client.send(
    new ConverseCommand({
      modelId: MODEL,
      system: [{ text: long }, { cachePoint: { type: 'default' } }],
      messages: [{ role: 'user', content: [{ text: 'another question' }] }],
    }),
  );
  expect(again.usage).toMatchObject({ cacheReadInputTokens: 1500, cacheWriteInputTokens: 0, inputTokens: 4 });

  const wrongSecret = runtime({ ...USER, secretAccessKey: 'not-the-secret' });
  await expect(
    wrongSecret.send(new ConverseCommand({ modelId: MODEL, messages: [{ role: 'user', content: [{ text: 'x' }] }] })),
  ).rejects.toMatchObject({
    name: 'InvalidSignatureException',
    message: expect.stringMatching(/signature we calculated does not match/),
  });

  await expect(
    client.send(
      new ConverseCommand({ modelId: 'anthropic.claude-nope', messages: [{ role: 'user', content: [{ text: 'x' }] }] }),
    ),
  ).rejects.toMatchObject({ name: 'ValidationException', message: 'The provided model identifier is invalid.' });
  await expect(
    client.send(
      new ConverseCommand({ modelId: 'anthropic.claude-v2', messages: [{ role: 'user', content: [{ text: 'x' }] }] }),
    ),
  ).rejects.toMatchObject({ name: 'ResourceNotFoundException', $metadata: { httpStatusCode: 404 } });
  aws.failNext('throttle');
  await expect(
    client.send(new ConverseCommand({ modelId: MODEL, messages: [{ role: 'user', content: [{ text: 'x' }] }] })),
  ).rejects.toMatchObject({ name: 'ThrottlingException', $metadata: { httpStatusCode: 429 } });
  await expect(
    client.send(
      new ConverseCommand({
        modelId: 'meta.llama3-8b-instruct-v1:0',
        messages: [{ role: 'user', content: [{ text: long }, { cachePoint: { type: 'default' } }] }],
      }),
    ),
  ).rejects.toMatchObject({ name: 'ValidationException' });
  // A stream cut by an exception frame: the client raises the modelled exception.
  aws.failNext('stream-throttle');
  const cut = await client.send(
    new ConverseStreamCommand({ modelId: MODEL, messages: [{ role: 'user', content: [{ text: 'x' }] }] }),
  );
  const drain = async () => {
    for await (const e of cut.stream!) void e;
  };
  await expect(drain()).rejects.toMatchObject({ name: 'ThrottlingException' });
  expect(aws.refused).toEqual([{ path: expect.stringContaining('/converse'), type: 'InvalidSignatureException' }]);
});

test('an unsigned or Bearer request: refused without a known key, accepted with a Bedrock API key', async () => {
  const s = await startBedrockServers({ apiKeys: ['ABSKemulatorkey'] });
  try {
    const url = `${s.origin}/model/${encodeURIComponent(MODEL)}/converse`;
    const body = JSON.stringify({ messages: [{ role: 'user', content: [{ text: 'hi' }] }] });
    const post = (headers: Record<string, string>) =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    const none = await post({});
    expect(none.status).toBe(403);
    expect(none.headers.get('x-amzn-errortype')).toMatch(/^MissingAuthenticationTokenException:/);
    expect((await post({ authorization: 'Bearer wrong' })).status).toBe(403);
    const ok = await post({ authorization: 'Bearer ABSKemulatorkey' });
    expect(ok.status).toBe(200);
  } finally {
    await s.close();
  }
});
