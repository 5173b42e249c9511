/** `validate` on bedrock providers: what keyless auth needs, in the forms AWS accepts, as clear errors with a fix. */
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

const MODEL = 'us.anthropic.claude-sonnet-4-5-20250929-v1:0';

describe('bedrock providers in validate', () => {
  let ws: Workspace;
  beforeEach(() => (ws = new Workspace()));
  afterEach(() => ws.cleanup());

  const validate = async (provider: string) => {
    ws.write({ 'job.yaml': spec(provider) });
    return cli(['validate', '--spec', 'job.yaml'], { cwd: ws.dir });
  };

  it("keyless without role_arn, or with a malformed one, or with another type's fields: exit 2 naming the field and the fix", async () => {
    const none = await validate(`{ type: bedrock, model: "${MODEL}", region: us-east-1, auth: { type: oidc } }`);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/provider p: auth oidc on bedrock needs role_arn/);
    expect(none.stderr).toMatch(/arn:aws:iam::ACCOUNT:role\/NAME/);

    const bad = await validate(
      `{ type: bedrock, model: "${MODEL}", region: us-east-1, auth: { type: oidc, role_arn: "gha-bedrock", session_name: "a b" } }`,
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/auth\.role_arn "gha-bedrock" is not an IAM role ARN/);
    expect(bad.stderr).toMatch(/auth\.session_name must be 2 to 64/);

    const foreign = await validate(
      `{ type: bedrock, model: "${MODEL}", region: us-east-1, api_key_env: K, auth: { type: oidc, role_arn: "arn:aws:iam::123456789012:role/x", federation_rule_id: fdrl_1 } }`,
    );
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toMatch(/auth\.federation_rule_id does not apply to bedrock/);
    expect(foreign.stderr).toMatch(/api_key_env and auth oidc both set/);
  });

  it('a well-formed keyless provider, a GovCloud role and a provider on the AWS chain validate', async () => {
    expect(
      (
        await validate(
          `{ type: bedrock, model: "${MODEL}", region: us-east-1, auth: { type: oidc, role_arn: "arn:aws:iam::123456789012:role/ci/gha-bedrock", session_name: ci-run } }`,
        )
      ).code,
    ).toBe(0);
    expect(
      (
        await validate(
          `{ type: bedrock, model: "${MODEL}", region: us-gov-west-1, auth: { type: oidc, role_arn: "arn:aws-us-gov:iam::123456789012:role/x" } }`,
        )
      ).code,
    ).toBe(0);
    const plain = await validate(`{ type: bedrock, model: "${MODEL}" }`);
    expect(plain.code).toBe(0);
    expect(plain.stderr).not.toMatch(/warning:/);
    // A misspelt model id: a warning from the price registry's Bedrock models, still valid.
    const typo = await validate(`{ type: bedrock, model: "anthropic.claude-sonet-4-5" }`);
    expect(typo.code).toBe(0);
    expect(typo.stderr).toMatch(
      /warning: .*model anthropic\.claude-sonet-4-5 of provider p \(bedrock\) is unknown to the price registry/,
    );
    const region = await validate(`{ type: bedrock, model: "${MODEL}", region: "US East" }`);
    expect(region.code).toBe(2);
    expect(region.stderr).toMatch(/region/);
  });
});
