/**
 * Keyless Bedrock (docs/reference.md, "bedrock", Keyless) through the real CLI, with no AWS key in
 * the environment: the workflow's GitHub OIDC token goes to STS AssumeRoleWithWebIdentity (strict
 * emulator: JWKS signature, audience, subject per the role's trust policy), once per provider per
 * credential lifetime, and every Bedrock request is SigV4-signed with the temporary credentials
 * (verified by the runtime emulator). Neither the JWT nor the secret key nor the session token
 * is written under runs/, printed, or given to a command.
 */
import { startBedrockServers, type BedrockServers } from '../helpers/bedrock-servers.js';
import { startOidcServers, type OidcServers } from '../helpers/oidc-servers.js';
import { Workspace } from '../helpers/workspace.js';
import { runAsync, snapshotCli, type CliBin } from '../cli/snapshot-bin.js';
import { allFiles, leaks } from './secret-grep.js';

const ROLE = 'arn:aws:iam::123456789012:role/gha-bedrock';
const SONNET = 'us.anthropic.claude-sonnet-4-5-20250929-v1:0';
/** Unset everything the AWS chain could use, so only the OIDC path can work. */
const NO_KEYS = {
  AWS_ACCESS_KEY_ID: undefined,
  AWS_SECRET_ACCESS_KEY: undefined,
  AWS_SESSION_TOKEN: undefined,
  AWS_BEARER_TOKEN_BEDROCK: undefined,
  AWS_WEB_IDENTITY_TOKEN_FILE: undefined,
  AWS_ROLE_ARN: undefined,
  AWS_REGION: undefined,
  AWS_DEFAULT_REGION: undefined,
  ORCHESTRATOR_OIDC_TOKEN_FILE: undefined,
  ACTIONS_ID_TOKEN_REQUEST_URL: undefined,
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined,
};

let bin: CliBin;
beforeAll(() => {
  bin = snapshotCli();
});
afterAll(() => bin.cleanup());

let aws: BedrockServers;
let oidc: OidcServers;
let ws: Workspace;
beforeEach(async () => {
  oidc = await startOidcServers();
  aws = await startBedrockServers({
    roles: [
      {
        arn: ROLE,
        issuer: oidc.issuer,
        audiences: ['sts.amazonaws.com'],
        subject: 'repo:acme/widgets:ref:refs/heads/*',
      },
    ],
    // A hostile or buggy server repeats the session token in one answer: the run must mask it.
    answer: (body, _model, headers) =>
      body.toolConfig
        ? { verdict: 'pass' }
        : JSON.stringify(body).includes('"echo"')
          ? `your session: ${String(headers['x-amz-security-token'])}`
          : 'fine',
  });
});
afterEach(async () => {
  await aws.close();
  await oidc.close();
  ws?.cleanup();
});

function providers(role = ROLE): string {
  return `providers:
  br:
    type: bedrock
    model: "${SONNET}"
    region: us-east-1
    base_url: "${aws.origin}"
    auth: { type: oidc, role_arn: "${role}", sts_endpoint: "${aws.stsEndpoint}" }
  brs:
    type: bedrock
    model: "${SONNET}"
    region: us-east-1
    base_url: "${aws.origin}"
    stream: true
    auth: { type: oidc, role_arn: "${role}", session_name: streaming, sts_endpoint: "${aws.stsEndpoint}" }
`;
}

const actionsEnv = () => ({
  ...NO_KEYS,
  ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
  // A long-lived key in the environment that the job does not use must still stay hidden.
  AWS_SECRET_ACCESS_KEY: 'unused/long+lived/secret/key/000000000000',
  GITHUB_RUN_ID: '4242',
});

test('keyless bedrock: one STS exchange per provider, SigV4 with the session token, nothing written, nothing given to commands', async () => {
  ws = new Workspace({
    'job.yaml': `version: 2
name: keyless
defaults: { provider: br, concurrency: 4, retries: 0 }
${providers()}steps:
  a1: { prompt: "one" }
  a2: { prompt: "echo" }
  a3:
    prompt: "three"
    output_schema: { type: object, properties: { verdict: { type: string } }, required: [verdict] }
  s1: { provider: brs, prompt: "four" }
  s2: { provider: brs, prompt: "five" }
  snoop:
    needs: [a1, s1]
    run: "env > env.txt; env"
`,
  });
  const run = await runAsync(bin.bin, ['run', '--spec', 'job.yaml', '--job-id', 'k1', '--no-cache', '-q'], ws.dir, {
    env: actionsEnv(),
  }).done;
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);

  // Five calls, two providers: two exchanges, two GitHub tokens, and every call signed with them.
  expect(aws.requests).toHaveLength(5);
  expect(aws.sts.calls).toBe(2);
  expect(oidc.hits.idToken).toBe(2);
  expect(aws.sts.issued.map((c) => c.sessionName).sort()).toEqual(['orchestrator-4242', 'streaming']);
  const byKey = new Map(aws.sts.issued.map((c) => [c.accessKeyId, c]));
  for (const r of aws.requests) {
    const issued = byKey.get(r.principal)!;
    expect(issued).toBeDefined();
    expect(r.headers['x-amz-security-token']).toBe(issued.sessionToken);
    expect(issued.sessionName).toBe(r.stream ? 'streaming' : 'orchestrator-4242');
  }
  expect(aws.refused).toEqual([]);

  const secrets = [
    ...oidc.jwts,
    oidc.requestToken,
    ...aws.sts.issued.flatMap((c) => [c.secretAccessKey, c.sessionToken]),
    actionsEnv().AWS_SECRET_ACCESS_KEY,
  ];
  const files = allFiles(ws.path('runs'));
  const env = files.find((f) => f.path.endsWith('env.txt'))!;
  expect(env.text).toContain('ORCHESTRATOR_RUN_DIR=');
  expect(env.text).not.toMatch(/ACTIONS_ID_TOKEN_REQUEST|AWS_SECRET_ACCESS_KEY/);
  // The echoed session token reached the run, masked (so the grep below is not vacuous).
  expect(files.some((f) => f.text.includes('your session: ***'))).toBe(true);
  const texts = [...files, { path: 'stdout', text: run.stdout }, { path: 'stderr', text: run.stderr }];
  expect(secrets.flatMap((s) => leaks(s, texts))).toEqual([]);
}, 60_000);

test('without an OIDC token the run stops with E_AUTH before any step, naming the permission', async () => {
  ws = new Workspace({
    'job.yaml': `version: 2
name: noperm
defaults: { provider: br, retries: 0 }
${providers()}steps:
  early: { run: "echo ran > ran.txt" }
  ask: { prompt: "hi" }
`,
  });
  const run = await runAsync(bin.bin, ['run', '--spec', 'job.yaml', '--job-id', 'n1', '--no-cache', '-q'], ws.dir, {
    env: NO_KEYS,
  }).done;
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/E_AUTH/);
  expect(run.stderr).toMatch(/permissions: id-token: write/);
  expect(aws.sts.calls).toBe(0);
  expect(aws.requests).toHaveLength(0);
  expect(allFiles(ws.path('runs')).some((f) => f.path.endsWith('ran.txt'))).toBe(false);
}, 60_000);

test("a role whose trust policy does not match the workflow: E_AUTH with STS's code and what to check", async () => {
  await aws.close();
  aws = await startBedrockServers({
    roles: [{ arn: ROLE, issuer: oidc.issuer, audiences: ['sts.amazonaws.com'], subject: 'repo:acme/other:*' }],
  });
  ws = new Workspace({
    'job.yaml': `version: 2
name: refused
defaults: { provider: br, retries: 2 }
${providers()}steps:
  ask: { prompt: "hi" }
`,
  });
  const run = await runAsync(bin.bin, ['run', '--spec', 'job.yaml', '--job-id', 'r1', '--no-cache', '-q'], ws.dir, {
    env: actionsEnv(),
  }).done;
  expect(run.code).not.toBe(0);
  const files = allFiles(ws.path('runs'));
  const events = files.find((f) => f.path.endsWith('events.jsonl'))!.text;
  expect(events).toMatch(/E_AUTH/);
  expect(events).toMatch(/AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity/);
  expect(events).toMatch(/trust policy/);
  // Not retried: the same token and role would be refused again.
  expect(aws.sts.calls).toBe(1);
  expect(aws.requests).toHaveLength(0);
  expect(oidc.jwts.flatMap((s) => leaks(s, files))).toEqual([]);
}, 60_000);

test('credentials about to expire are replaced by a new AssumeRoleWithWebIdentity with a fresh GitHub token', async () => {
  await aws.close();
  aws = await startBedrockServers({
    roles: [{ arn: ROLE, issuer: oidc.issuer, audiences: ['sts.amazonaws.com'], subject: 'repo:acme/widgets:*' }],
    credentialSeconds: 2, // refreshed at half their life when shorter than two minutes
  });
  ws = new Workspace({
    'job.yaml': `version: 2
name: refresh
defaults: { provider: br, concurrency: 1, retries: 0 }
${providers()}steps:
  first: { prompt: "one" }
  wait: { needs: [first], run: "sleep 1.5" }
  second: { needs: [wait], prompt: "two" }
  third: { needs: [second], prompt: "three" }
`,
  });
  const run = await runAsync(bin.bin, ['run', '--spec', 'job.yaml', '--job-id', 'f1', '--no-cache', '-q'], ws.dir, {
    env: actionsEnv(),
  }).done;
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(aws.sts.calls).toBe(2);
  expect(new Set(oidc.jwts).size).toBe(2);
  const [first, second, third] = aws.requests.map((r) => r.principal);
  expect(second).not.toBe(first);
  expect(third).toBe(second);
  expect(aws.refused).toEqual([]);
}, 60_000);

test('AWS_WEB_IDENTITY_TOKEN_FILE + AWS_ROLE_ARN (the AWS SDKs web identity credentials) without an auth block', async () => {
  const now = Math.floor(Date.now() / 1000);
  const jwt = oidc.sign({
    iss: oidc.issuer,
    aud: 'sts.amazonaws.com',
    sub: oidc.config.subject,
    iat: now,
    exp: now + 600,
  });
  ws = new Workspace({
    'token.jwt': jwt,
    'job.yaml': `version: 2
name: webid
defaults: { provider: br, retries: 0 }
providers:
  br: { type: bedrock, model: "${SONNET}", base_url: "${aws.origin}" }
steps:
  a: { prompt: "one" }
  b: { needs: [a], prompt: "two" }
`,
  });
  const run = await runAsync(bin.bin, ['run', '--spec', 'job.yaml', '--job-id', 'w1', '--no-cache', '-q'], ws.dir, {
    env: {
      ...NO_KEYS,
      AWS_REGION: 'us-east-1',
      AWS_WEB_IDENTITY_TOKEN_FILE: ws.path('token.jwt'),
      AWS_ROLE_ARN: ROLE,
      AWS_ROLE_SESSION_NAME: 'eks-pod',
      AWS_ENDPOINT_URL_STS: aws.stsEndpoint,
    },
  }).done;
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(aws.sts.calls).toBe(1);
  expect(aws.sts.issued[0]!.sessionName).toBe('eks-pod');
  expect(aws.requests.map((r) => r.principal)).toEqual([
    aws.sts.issued[0]!.accessKeyId,
    aws.sts.issued[0]!.accessKeyId,
  ]);
  const files = allFiles(ws.path('runs'));
  expect(
    [jwt, aws.sts.issued[0]!.secretAccessKey, aws.sts.issued[0]!.sessionToken].flatMap((s) => leaks(s, files)),
  ).toEqual([]);
}, 60_000);
