/**
 * The action on a keyless provider (docs/reference.md, "Keyless (OIDC)"): the runner's
 * ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN (what `permissions: id-token: write` gives a job), no API key;
 * the tokens are masked in the job log (setSecret) and absent from the run folder and the summary.
 */
import { PATHS, startWireServer, type WireServer } from '../helpers/wire-servers.js';
import { startOidcServers, type OidcServers } from '../helpers/oidc-servers.js';
import { run } from '../../src/action/main.js';
import { useActionEmulators } from '../helpers/action-harness.js';
import { allFiles } from '../security/secret-grep.js';
import { FakeCore } from './fake-core.js';
import { leaksOf } from '../helpers/keyless-job.js';

const gh = useActionEmulators('orch-action-oidc-', { ghs_oidc_token_123: { actions: 'read', contents: 'read' } });

let api: WireServer;
let oidc: OidcServers;
beforeAll(async () => {
  oidc = await startOidcServers();
  api = await startWireServer();
  api.setAuthorizer((path, headers) =>
    path === PATHS.anthropic && !oidc.accepts('anthropic', headers.authorization)
      ? { status: 401, error: 'invalid x-api-key' }
      : undefined,
  );
});
afterAll(async () => {
  await api.close();
  await oidc.close();
});

test('a keyless anthropic job runs in the action with the runner OIDC token only', async () => {
  const c = oidc.config;
  gh.freshWorkspace({
    'ci/job.yaml': `version: 2
name: keyless-action
defaults: { provider: claude, retries: 0 }
providers:
  claude:
    type: anthropic
    model: claude-sonnet-4-5
    base_url: "${api.origin}/v1"
    auth: { type: oidc, token_url: "${oidc.origin}/v1/oauth/token", federation_rule_id: ${c.federationRuleId}, organization_id: "${c.organizationId}" }
steps:
  one: { prompt: "one" }
  two: { prompt: "two" }
`,
  });
  const env = gh.runnerEnv('300', 1, {
    ...gh.results.env('300', 1),
    GITHUB_API_URL: gh.rest.url,
    ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
  });
  delete process.env.ANTHROPIC_API_KEY;
  const core = new FakeCore({ spec: 'ci/job.yaml', 'github-token': 'ghs_oidc_token_123' });
  await run(await gh.services(core, env));
  expect(core.failed).toEqual([]);
  expect(core.outputs.status).toBe('succeeded');
  expect(oidc.hits.anthropic).toBe(1);
  const jwt = oidc.jwts[0]!;
  const access = oidc.issued[0]!.token;
  expect(core.secrets).toEqual(expect.arrayContaining([jwt, access]));
  const files = allFiles(core.outputs['run-dir']!);
  const texts = [...files, { path: 'summary', text: core.summary }];
  expect(leaksOf([jwt, access, oidc.requestToken], texts)).toEqual([]);
}, 60_000);
