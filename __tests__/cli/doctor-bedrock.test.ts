/**
 * `orchestrator doctor` rows for bedrock providers through the built CLI: the AWS credential path a
 * run will take (offline, no call), and with --online one 1-token Converse request against the
 * strict Bedrock emulator (SigV4 verified; keyless through the STS emulator).
 */
import { startBedrockServers, type BedrockServers } from '../helpers/bedrock-servers.js';
import { startOidcServers, type OidcServers } from '../helpers/oidc-servers.js';
import { Workspace } from '../helpers/workspace.js';
import { runAsync, snapshotCli, type CliBin } from './snapshot-bin.js';

const USER = { accessKeyId: 'AKIAEMULATORUSER0001', secretAccessKey: 'emulator/user/secret+key0000000000000000' };
const ROLE = 'arn:aws:iam::123456789012:role/gha-bedrock';
const SONNET = 'us.anthropic.claude-sonnet-4-5-20250929-v1:0';
const CLEAN = {
  AWS_ACCESS_KEY_ID: undefined,
  AWS_SECRET_ACCESS_KEY: undefined,
  AWS_SESSION_TOKEN: undefined,
  AWS_BEARER_TOKEN_BEDROCK: undefined,
  AWS_REGION: undefined,
  AWS_DEFAULT_REGION: undefined,
  ACTIONS_ID_TOKEN_REQUEST_URL: undefined,
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined,
  ORCHESTRATOR_OIDC_TOKEN_FILE: undefined,
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
    keys: [USER],
    roles: [{ arn: ROLE, issuer: oidc.issuer, audiences: ['sts.amazonaws.com'], subject: 'repo:acme/*' }],
  });
});
afterEach(async () => {
  await aws.close();
  await oidc.close();
  ws?.cleanup();
});

function spec(): string {
  return `version: 2
name: doc
defaults: { provider: keys }
providers:
  keys: { type: bedrock, model: "${SONNET}", region: us-east-1, base_url: "${aws.origin}" }
  typo: { type: bedrock, model: "anthropic.claude-sonet-9", region: us-east-1, base_url: "${aws.origin}" }
  keyless:
    type: bedrock
    model: "${SONNET}"
    region: us-east-1
    base_url: "${aws.origin}"
    auth: { type: oidc, role_arn: "${ROLE}", sts_endpoint: "${aws.stsEndpoint}" }
steps:
  s: { prompt: "hi" }
`;
}

type Row = {
  provider: string;
  auth: string;
  credential: { state: string; label: string; detail: string };
  online: { state: string; label: string; detail: string };
  registry: { state: string };
};

async function doctor(args: string[], env: Record<string, string | undefined>) {
  ws ??= new Workspace({ 'job.yaml': spec() });
  const r = await runAsync(bin.bin, ['doctor', '--spec', 'job.yaml', '--json', ...args], ws.dir, {
    env: { ...CLEAN, ...env },
  }).done;
  const j = JSON.parse(r.stdout) as { usable: boolean; providers: Row[] };
  const row = (name: string) => j.providers.find((p) => p.provider === name)!;
  return { r, j, row };
}

test('offline: the credential path each provider will take, no call made', async () => {
  ws = new Workspace({ 'job.yaml': spec() });
  const { r, row } = await doctor([], {
    AWS_ACCESS_KEY_ID: USER.accessKeyId,
    AWS_SECRET_ACCESS_KEY: USER.secretAccessKey,
  });
  expect(r.code).toBe(1); // the keyless provider has no OIDC token here
  expect(row('keys')).toMatchObject({
    auth: 'aws keys from AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY',
    credential: { state: 'ok', detail: expect.stringContaining('region us-east-1') },
    registry: { state: 'ok' },
    online: { state: 'skipped' },
  });
  expect(row('keyless')).toMatchObject({
    auth: 'oidc (STS AssumeRoleWithWebIdentity)',
    credential: { state: 'problem', label: 'no token', detail: expect.stringContaining('id-token: write') },
  });
  expect(row('typo').registry.state).toBe('warning');
  expect(r.stdout + r.stderr).not.toContain(USER.secretAccessKey);
  expect(aws.requests).toHaveLength(0);
  expect(aws.sts.calls).toBe(0);
}, 60_000);

test('--online: one 1-token Converse per provider; keyless through STS; an unknown model is reported unusable', async () => {
  ws = new Workspace({ 'job.yaml': spec() });
  const { r, row } = await doctor(['--online'], {
    AWS_ACCESS_KEY_ID: USER.accessKeyId,
    AWS_SECRET_ACCESS_KEY: USER.secretAccessKey,
    ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
  });
  expect(r.code).toBe(1);
  expect(row('keys').online).toMatchObject({ state: 'ok', label: 'ok' });
  expect(row('keyless')).toMatchObject({
    auth: `oidc (STS AssumeRoleWithWebIdentity ${ROLE})`,
    credential: { state: 'ok', label: 'token' },
    online: { state: 'ok' },
  });
  expect(row('typo').online).toMatchObject({ state: 'problem', label: 'model unavailable' });
  expect(row('typo').online.detail).toContain('The provided model identifier is invalid.');
  expect(aws.sts.calls).toBe(1);
  expect(aws.requests.map((q) => (q.body.inferenceConfig as { maxTokens?: number }).maxTokens)).toEqual([1, 1, 1]);
  const secrets = aws.sts.issued.flatMap((c) => [c.secretAccessKey, c.sessionToken]);
  for (const s of [...secrets, ...oidc.jwts, USER.secretAccessKey]) expect(r.stdout + r.stderr).not.toContain(s);
}, 60_000);

test('--online with a wrong secret: the signature is refused and the row says so', async () => {
  ws = new Workspace({ 'job.yaml': spec() });
  const { row } = await doctor(['--online'], {
    AWS_ACCESS_KEY_ID: USER.accessKeyId,
    AWS_SECRET_ACCESS_KEY: 'wrong/secret',
  });
  expect(row('keys').online).toMatchObject({ state: 'problem', label: 'key refused' });
  expect(row('keys').online.detail).toMatch(/signature we calculated does not match/);
}, 60_000);
