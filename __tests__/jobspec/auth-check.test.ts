/** `validate` checks a provider's `auth: {type: oidc}` block against what its type's exchange reads. */
import { cli, Workspace } from '../helpers/workspace.js';

function spec(provider: string): string {
  return `version: 2
name: t
defaults: { provider: p }
providers:
  p: ${provider}
steps:
  a: { prompt: "x" }
`;
}

describe('auth oidc in validate', () => {
  let ws: Workspace;
  beforeEach(() => (ws = new Workspace({})));
  afterEach(() => ws.cleanup());

  it('a missing field is named with its line, the type and where to find the value', async () => {
    ws.write({
      'job.yaml': spec('{ type: anthropic, model: claude-haiku-4-5, auth: { type: oidc, organization_id: org-1 } }'),
    });
    const v = await cli(['validate', '--spec', 'job.yaml'], { cwd: ws.dir });
    expect(v.code).toBe(2);
    expect(v.stderr).toMatch(/job\.yaml:5:\d+: error: provider p: auth oidc on anthropic needs federation_rule_id/);
    expect(v.stderr).toContain('Claude Console');
  });

  it("a field of another type's exchange is refused at its own line", async () => {
    ws.write({
      'job.yaml': spec(
        '{ type: openai, model: gpt-4o-mini, auth: { type: oidc, audience: a, identity_provider_id: i, service_account_id: s, role_arn: r } }',
      ),
    });
    const v = await cli(['validate', '--spec', 'job.yaml'], { cwd: ws.dir });
    expect(v.code).toBe(2);
    expect(v.stderr).toMatch(
      /error: provider p: auth\.role_arn does not apply to openai \(at providers\.p\.auth\.role_arn\)/,
    );
    expect(v.stderr).not.toMatch(/needs/);
  });

  it('a type without a keyless path is refused; google points at vertex', async () => {
    ws.write({ 'job.yaml': spec('{ type: google, model: gemini-2.5-flash, auth: { type: oidc } }') });
    const v = await cli(['validate', '--spec', 'job.yaml'], { cwd: ws.dir });
    expect(v.code).toBe(2);
    expect(v.stderr).toMatch(/auth oidc is available on anthropic, openai, bedrock, vertex, azure, not google/);
    expect(v.stderr).toContain('use type vertex');
  });

  it('a complete block validates', async () => {
    ws.write({
      'job.yaml': spec(
        '{ type: anthropic, model: claude-haiku-4-5, auth: { type: oidc, federation_rule_id: fdrl_1, organization_id: org-1 } }',
      ),
    });
    const v = await cli(['validate', '--spec', 'job.yaml'], { cwd: ws.dir });
    expect(v.stderr).toBe('');
    expect(v.code).toBe(0);
  });
});
