/**
 * `similar` checks with `metric: embedding` on a `bedrock` provider (docs/reference.md, "Checks
 * for model output" and "bedrock"), against the strict Bedrock emulator
 * (__tests__/helpers/bedrock-servers.ts: InvokeModel for Titan Text Embeddings V2, SigV4 verified
 * on every request): the score is the cosine of the emulator's vectors, the tokens are Titan's
 * inputTextTokenCount (Cohere: both texts in one request, the tokens from its header), and keyless
 * runs sign chat and embedding calls with one STS exchange.
 */
import { join } from 'node:path';
import { runJob } from '../../src/engine/run.js';
import { loadSpecFromString } from '../../src/jobspec/load.js';
import { readEventsSync } from '../../src/events/reader.js';
import { createHttpProvider } from '../../src/providers/http.js';
import { cosine } from '../../src/quality/similarity.js';
import type { HttpProviderSpec } from '../../src/jobspec/schema.js';
import type { OrchestratorEvent } from '../../src/events/types.js';
import { startBedrockServers, titanEmbedding, tokensOf, type BedrockServers } from '../helpers/bedrock-servers.js';
import { startOidcServers } from '../helpers/oidc-servers.js';
import { Workspace } from '../helpers/workspace.js';

const USER = { accessKeyId: 'AKIAEMULATORUSER0001', secretAccessKey: 'emulator/user/secret+key0000000000000000' };
const KEYS = { AWS_ACCESS_KEY_ID: USER.accessKeyId, AWS_SECRET_ACCESS_KEY: USER.secretAccessKey };
const SONNET = 'us.anthropic.claude-sonnet-4-5-20250929-v1:0';
const TITAN = 'amazon.titan-embed-text-v2:0';
const ROLE = 'arn:aws:iam::123456789012:role/gha-bedrock';

type Verdict = { type: string; passed: boolean; score?: number; errored?: boolean; message: string };

const verdictsOf = (events: OrchestratorEvent[], step: string): Verdict[] =>
  events
    .filter((e) => (e.type === 'quality.passed' || e.type === 'quality.failed') && e.step_id === step)
    .flatMap((e) => (e.data as { verdicts: Verdict[] }).verdicts);

const embeddingEvents = (events: OrchestratorEvent[], type: string) =>
  events.filter((e) => e.type === type && (e.data as { embedding?: boolean }).embedding);

let aws: BedrockServers;
let ws: Workspace;
beforeEach(async () => {
  aws = await startBedrockServers({ keys: [USER], answer: () => 'The cat sat on the mat.' });
  ws = new Workspace();
});
afterEach(async () => {
  await aws.close();
  ws.cleanup();
});

async function run(yaml: string, env: Record<string, string>) {
  const loaded = await loadSpecFromString(yaml, ws.path('job.yaml'), ws.dir);
  const result = await runJob({ loaded, runsDir: ws.path('runs'), env, workspaceDir: ws.dir });
  const runDir = join(ws.path('runs'), result.jobId);
  return { result, events: readEventsSync(join(runDir, 'events.jsonl')).events };
}

const REFERENCE = 'A cat was sitting on the mat.';
const ANSWER = 'The cat sat on the mat.';

function job(provider: string, min = 0.5, model = TITAN): string {
  return `version: 2
name: bremb
defaults: { provider: br, retries: 0 }
providers:
  br: ${provider}
steps:
  summary:
    prompt: Summarise the story.
    checks:
      - { type: similar, metric: embedding, provider: br, model: "${model}", reference: "${REFERENCE}", min: ${min} }
`;
}

test('AWS keys: the score is the cosine of the two Titan embeddings; one InvokeModel per text, SigV4-signed; tokens counted', async () => {
  const { result, events } = await run(
    job(`{ type: bedrock, model: "${SONNET}", region: us-east-1, base_url: "${aws.origin}" }`),
    KEYS,
  );
  expect(result.status).toBe('succeeded');
  const [v] = verdictsOf(events, 'summary');
  const expected = cosine(titanEmbedding(ANSWER), titanEmbedding(REFERENCE));
  // Not a degenerate pair: the texts share words but are not the same.
  expect(expected).toBeGreaterThan(0.5);
  expect(expected).toBeLessThan(0.99);
  expect(v).toMatchObject({ type: 'similar', passed: true });
  expect(v!.score).toBeCloseTo(expected, 10);
  // Titan takes one text per call: the candidate and the reference, as documented bodies.
  const invokes = aws.requests.filter((r) => r.operation === 'invoke');
  expect(invokes.map((r) => [r.path, r.body])).toEqual(
    expect.arrayContaining([
      [`/model/${encodeURIComponent(TITAN)}/invoke`, { inputText: ANSWER }],
      [`/model/${encodeURIComponent(TITAN)}/invoke`, { inputText: REFERENCE }],
    ]),
  );
  expect(invokes).toHaveLength(2);
  expect(aws.requests.every((r) => r.principal === USER.accessKeyId)).toBe(true);
  expect(aws.refused).toEqual([]);
  // One embedding call for the check, its tokens Titan's inputTextTokenCount of both texts.
  const [response] = embeddingEvents(events, 'llm.response');
  expect(embeddingEvents(events, 'llm.request')).toHaveLength(1);
  expect(embeddingEvents(events, 'llm.request')[0]!.data).toMatchObject({ provider_type: 'bedrock', model: TITAN });
  expect((response!.data as { usage: { input_tokens: number } }).usage.input_tokens).toBe(
    tokensOf(ANSWER) + tokensOf(REFERENCE),
  );
});

test('a Cohere embed model: both texts in one InvokeModel ({texts, input_type}), tokens from X-Amzn-Bedrock-Input-Token-Count', async () => {
  const COHERE = 'cohere.embed-english-v3';
  const { result, events } = await run(
    job(`{ type: bedrock, model: "${SONNET}", region: us-east-1, base_url: "${aws.origin}" }`, 0.5, COHERE),
    KEYS,
  );
  expect(result.status).toBe('succeeded');
  const invokes = aws.requests.filter((r) => r.operation === 'invoke');
  expect(invokes.map((r) => [r.modelId, r.body])).toEqual([
    [COHERE, { input_type: 'search_query', texts: [ANSWER, REFERENCE] }],
  ]);
  const [v] = verdictsOf(events, 'summary');
  expect(v!.score).toBeCloseTo(cosine(titanEmbedding(ANSWER), titanEmbedding(REFERENCE)), 10);
  const [response] = embeddingEvents(events, 'llm.response');
  expect((response!.data as { usage: { input_tokens: number } }).usage.input_tokens).toBe(
    tokensOf(ANSWER) + tokensOf(REFERENCE),
  );
});

test('a score below min fails the check; an unknown embedding model (400 ValidationException) leaves it errored, not retried', async () => {
  const low = await run(
    job(`{ type: bedrock, model: "${SONNET}", region: us-east-1, base_url: "${aws.origin}" }`, 0.99),
    KEYS,
  );
  const [v] = verdictsOf(low.events, 'summary');
  expect(v).toMatchObject({
    passed: false,
    message: expect.stringMatching(/^similar \(embedding\): score 0\.\d+ < 0\.99$/),
  });

  aws.requests.length = 0;
  const bad = await run(
    job(
      `{ type: bedrock, model: "${SONNET}", region: us-east-1, base_url: "${aws.origin}" }`,
      0.5,
      'amazon.titan-nope',
    ),
    KEYS,
  );
  const [e] = verdictsOf(bad.events, 'summary');
  expect(e).toMatchObject({ errored: true, passed: false });
  const errors = embeddingEvents(bad.events, 'llm.error');
  expect(errors).toHaveLength(1);
  expect(JSON.stringify(errors[0]!.data)).toContain('The provided model identifier is invalid.');
});

test('keyless: the chat call and the embedding calls are signed with the credentials of ONE STS exchange', async () => {
  const oidc = await startOidcServers();
  await aws.close();
  aws = await startBedrockServers({
    roles: [{ arn: ROLE, issuer: oidc.issuer, audiences: ['sts.amazonaws.com'], subject: 'repo:acme/*' }],
    answer: () => ANSWER,
  });
  try {
    const { result, events } = await run(
      job(
        `{ type: bedrock, model: "${SONNET}", region: us-east-1, base_url: "${aws.origin}", auth: { type: oidc, role_arn: "${ROLE}", sts_endpoint: "${aws.stsEndpoint}" } }`,
      ),
      { ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken },
    );
    expect(result.status).toBe('succeeded');
    expect(aws.sts.calls).toBe(1);
    expect(aws.sts.issued).toHaveLength(1);
    expect(aws.requests.map((r) => r.operation).sort()).toEqual(['converse', 'invoke', 'invoke']);
    expect(aws.requests.every((r) => r.principal === aws.sts.issued[0]!.accessKeyId)).toBe(true);
    expect(aws.refused).toEqual([]);
    const [v] = verdictsOf(events, 'summary');
    expect(v!.score).toBeCloseTo(cosine(titanEmbedding(ANSWER), titanEmbedding(REFERENCE)), 10);
  } finally {
    await oidc.close();
  }
}, 60_000);

test('embed on the provider: a Bedrock API key goes as Bearer; vectors and tokens as the emulator computed them', async () => {
  await aws.close();
  aws = await startBedrockServers({ apiKeys: ['ABSKbedrockapikey0001'] });
  const p = createHttpProvider(
    'br',
    { type: 'bedrock', model: SONNET, region: 'us-east-1', base_url: aws.origin } as HttpProviderSpec,
    { env: { AWS_BEARER_TOKEN_BEDROCK: 'ABSKbedrockapikey0001' }, baseDir: ws.dir },
  );
  const r = await p.embed!({ model: TITAN, values: ['one two', 'three'], signal: new AbortController().signal });
  expect(r.embeddings).toEqual([titanEmbedding('one two'), titanEmbedding('three')]);
  expect(r.tokens).toBe(tokensOf('one two') + tokensOf('three'));
  expect(aws.requests.map((q) => q.headers.authorization)).toEqual([
    'Bearer ABSKbedrockapikey0001',
    'Bearer ABSKbedrockapikey0001',
  ]);
});

test('keyless: a role STS refuses fails the embedding call with E_AUTH (the STS answer kept), before any InvokeModel', async () => {
  const oidc = await startOidcServers();
  await aws.close();
  aws = await startBedrockServers({
    roles: [{ arn: ROLE, issuer: oidc.issuer, audiences: ['sts.amazonaws.com'], subject: 'repo:someone-else/*' }],
  });
  try {
    const p = createHttpProvider(
      'br',
      {
        type: 'bedrock',
        model: SONNET,
        region: 'us-east-1',
        base_url: aws.origin,
        auth: { type: 'oidc', role_arn: ROLE, sts_endpoint: aws.stsEndpoint },
      } as HttpProviderSpec,
      {
        env: { ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken },
        baseDir: ws.dir,
      },
    );
    await expect(p.embed!({ model: TITAN, values: ['x'], signal: new AbortController().signal })).rejects.toMatchObject(
      { code: 'E_AUTH', message: expect.stringContaining('Not authorized to perform sts:AssumeRoleWithWebIdentity') },
    );
    expect(aws.sts.refused.map((r) => r.code)).toEqual(['AccessDenied']);
    expect(aws.requests).toHaveLength(0);
  } finally {
    await oidc.close();
  }
});
