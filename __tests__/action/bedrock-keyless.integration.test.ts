/**
 * The action on a keyless bedrock provider (docs/reference.md, "Provider type bedrock"): the
 * runner's ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN only, no AWS key; STS AssumeRoleWithWebIdentity once,
 * SigV4-signed calls (strict emulator); the JWT and the temporary secret key and session token are
 * masked in the job log (setSecret) and absent from the run folder and the summary.
 */
import { startBedrockServers, type BedrockServers } from '../helpers/bedrock-servers.js';
import { startOidcServers, type OidcServers } from '../helpers/oidc-servers.js';
import { run } from '../../src/action/main.js';
import { useActionEmulators } from '../helpers/action-harness.js';
import { allFiles, leaks } from '../security/secret-grep.js';
import { FakeCore } from './fake-core.js';

const gh = useActionEmulators('orch-action-bedrock-', { ghs_bedrock_token_123: { actions: 'read', contents: 'read' } });
const ROLE = 'arn:aws:iam::123456789012:role/gha-bedrock';

let aws: BedrockServers;
let oidc: OidcServers;
beforeAll(async () => {
  oidc = await startOidcServers();
  aws = await startBedrockServers({
    roles: [{ arn: ROLE, issuer: oidc.issuer, audiences: ['sts.amazonaws.com'], subject: 'repo:acme/widgets:*' }],
  });
});
afterAll(async () => {
  await aws.close();
  await oidc.close();
});

test('a keyless bedrock job runs in the action with the runner OIDC token only', async () => {
  gh.freshWorkspace({
    'ci/job.yaml': `version: 2
name: bedrock-action
defaults: { provider: claude, retries: 0 }
providers:
  claude:
    type: bedrock
    model: us.anthropic.claude-sonnet-4-5-20250929-v1:0
    region: us-east-1
    base_url: "${aws.origin}"
    auth: { type: oidc, role_arn: "${ROLE}", sts_endpoint: "${aws.stsEndpoint}" }
steps:
  one: { prompt: "one" }
  two: { prompt: "two" }
`,
  });
  const env = gh.runnerEnv('301', 1, {
    ...gh.results.env('301', 1),
    GITHUB_API_URL: gh.rest.url,
    ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
  });
  for (const k of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_BEARER_TOKEN_BEDROCK'])
    delete process.env[k];
  const core = new FakeCore({ spec: 'ci/job.yaml', 'github-token': 'ghs_bedrock_token_123' });
  await run(await gh.services(core, env));
  expect(core.failed).toEqual([]);
  expect(core.outputs.status).toBe('succeeded');
  expect(aws.sts.calls).toBe(1);
  expect(aws.requests).toHaveLength(2);
  expect(aws.refused).toEqual([]);
  const issued = aws.sts.issued[0]!;
  const jwt = oidc.jwts[0]!;
  expect(core.secrets).toEqual(expect.arrayContaining([jwt, issued.secretAccessKey, issued.sessionToken]));
  const files = allFiles(core.outputs['run-dir']!);
  const texts = [...files, { path: 'summary', text: core.summary }];
  expect([jwt, issued.secretAccessKey, issued.sessionToken, oidc.requestToken].flatMap((s) => leaks(s, texts))).toEqual(
    [],
  );
}, 60_000);
