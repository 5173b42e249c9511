/**
 * AWS STS AssumeRoleWithWebIdentity: a web identity token (the workflow's GitHub OIDC token, or the
 * file AWS_WEB_IDENTITY_TOKEN_FILE names) exchanged for temporary AWS credentials of an IAM role
 * (https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html):
 *
 *   POST https://sts.REGION.amazonaws.com/   (content-type application/x-www-form-urlencoded)
 *   Action=AssumeRoleWithWebIdentity&Version=2011-06-15&RoleArn=..&RoleSessionName=..
 *   &WebIdentityToken=JWT&DurationSeconds=3600
 *   -> <AssumeRoleWithWebIdentityResponse><AssumeRoleWithWebIdentityResult><Credentials>
 *      <AccessKeyId/><SecretAccessKey/><SessionToken/><Expiration/></Credentials>...
 *
 * The request is not signed ("you do not need to use AWS security credentials": the token is the
 * proof). Refusals are the Query protocol's XML error,
 * `<ErrorResponse><Error><Type/><Code/><Message/></Error></ErrorResponse>`
 * (https://docs.aws.amazon.com/STS/latest/APIReference/CommonErrors.html).
 */
import { readFileSync } from 'node:fs';
import { ProviderError } from '../../util/errors.js';
import { githubIdToken, type AccessToken, type Env, type SecretSink } from './oidc.js';

export const AWS_DEFAULT_AUDIENCE = 'sts.amazonaws.com';
/** One hour: the default maximum session of an IAM role, and what the AWS SDKs ask for. */
export const AWS_SESSION_SECONDS = 3600;

export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/** The regional STS endpoint (the global one is legacy), unless `sts_endpoint` says otherwise. */
export function stsEndpoint(region: string, override: string | undefined): string {
  if (override) return override;
  const suffix = region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
  return `https://sts.${region}.${suffix}/`;
}

/**
 * RoleSessionName: 2 to 64 of [\w+=,.@-] (the API's own constraint). The default names the
 * GitHub run, so CloudTrail shows which workflow run acted.
 */
export function sessionNameOf(given: string | undefined, env: Env): string {
  const raw = given ?? `orchestrator-${env.GITHUB_RUN_ID ?? Math.floor(Date.now() / 1000)}`;
  return raw.replace(/[^\w+=,.@-]/g, '-').slice(0, 64);
}

function authError(provider: string, message: string, hint: string, status?: number): ProviderError {
  return new ProviderError('E_AUTH', provider, `provider ${provider}: ${message}`, {
    retryable: false,
    hint,
    ...(status ? { status } : {}),
  });
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The text of the first `<tag>` element (the answers are flat enough for this; no XML library needed). */
function xmlText(xml: string, tag: string): string | undefined {
  const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(xml);
  return m ? m[1]!.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => XML_ENTITIES[e]!).trim() : undefined;
}

/** What to do about each refusal STS documents for this action. */
const STS_HINTS: Record<string, string> = {
  InvalidIdentityToken:
    'AWS could not validate the GitHub token: the account needs an IAM OIDC identity provider for ' +
    "https://token.actions.githubusercontent.com with the token's audience (auth.audience, default " +
    'sts.amazonaws.com) among its client ids',
  AccessDenied:
    "the role's trust policy does not accept this workflow: check its Principal (the OIDC provider's ARN), " +
    'the token.actions.githubusercontent.com:aud and :sub conditions (repo:OWNER/REPO:...), and auth.role_arn',
  ExpiredTokenException: 'the GitHub token expired before AWS saw it: check the runner clock, then re-run',
  IDPRejectedClaim: "the identity provider's claims were refused: check the role's trust policy conditions",
  PackedPolicyTooLarge: 'the session policies are too large',
  MalformedPolicyDocument: 'the session policy is malformed',
  RegionDisabledException: 'STS is not activated in this region: activate it in IAM (Account settings) or set region',
  ValidationError: 'check auth.role_arn (arn:aws:iam::ACCOUNT:role/NAME) and auth.session_name',
};

/** Reads STS's XML answer: the credentials, or the error as E_AUTH (retryable for throttling and 5xx). */
export async function readStsAnswer(
  provider: string,
  url: string,
  res: Response,
  sink: SecretSink,
): Promise<AccessToken<AwsCredentials>> {
  const xml = await res.text().catch(() => '');
  const secret = xmlText(xml, 'SecretAccessKey');
  const session = xmlText(xml, 'SessionToken');
  // Masked before anything else sees the answer.
  if (secret) sink(secret);
  if (session) sink(session);
  if (!res.ok) {
    const code = xmlText(xml, 'Code') ?? `HTTP ${res.status}`;
    const message = xmlText(xml, 'Message');
    const what = `${code}${message ? `: ${message}` : ''}`;
    if (res.status >= 500 || res.status === 429 || code === 'Throttling' || code === 'IDPCommunicationError') {
      throw new ProviderError(
        res.status === 429 || code === 'Throttling' ? 'E_RATE_LIMITED' : 'E_SERVER',
        provider,
        `provider ${provider}: AWS STS AssumeRoleWithWebIdentity at ${url} failed (HTTP ${res.status}): ${what}`,
        { retryable: true, status: res.status },
      );
    }
    throw authError(
      provider,
      `AWS STS refused AssumeRoleWithWebIdentity (HTTP ${res.status}): ${what}`,
      STS_HINTS[code] ??
        'check the IAM OIDC identity provider and the role trust policy (docs/reference.md, bedrock, Keyless)',
      res.status,
    );
  }
  const accessKeyId = xmlText(xml, 'AccessKeyId');
  const expiration = Date.parse(xmlText(xml, 'Expiration') ?? '');
  if (!accessKeyId || !secret || !session || !Number.isFinite(expiration)) {
    throw authError(
      provider,
      `AWS STS at ${url} answered without Credentials (AccessKeyId, SecretAccessKey, SessionToken, Expiration)`,
      'is auth.sts_endpoint an STS endpoint?',
    );
  }
  // Keyed on the answer's Expiration: CachedCredential refreshes before it.
  const expiresIn = Math.max(1, Math.floor((expiration - Date.now()) / 1000));
  return { token: { accessKeyId, secretAccessKey: secret, sessionToken: session }, expiresIn };
}

export interface StsExchange {
  provider: string;
  roleArn: string;
  sessionName: string;
  url: string;
  fetch: typeof fetch;
  sink: SecretSink;
}

/** One AssumeRoleWithWebIdentity call with a web identity token in hand. */
export async function assumeRoleWithWebIdentity(
  o: StsExchange,
  webIdentityToken: string,
): Promise<AccessToken<AwsCredentials>> {
  const form = new URLSearchParams({
    Action: 'AssumeRoleWithWebIdentity',
    Version: '2011-06-15',
    RoleArn: o.roleArn,
    RoleSessionName: o.sessionName,
    WebIdentityToken: webIdentityToken,
    DurationSeconds: String(AWS_SESSION_SECONDS),
  });
  let res: Response;
  try {
    res = await o.fetch(o.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8', accept: 'text/xml' },
      body: form.toString(),
      redirect: 'manual',
    });
  } catch (e) {
    if (e instanceof ProviderError) throw e;
    throw new ProviderError(
      'E_CONNECTION',
      o.provider,
      `provider ${o.provider}: cannot reach AWS STS at ${o.url}: ${(e as Error).message}`,
      { retryable: true },
    );
  }
  return readStsAnswer(o.provider, o.url, res, o.sink);
}

/** The GitHub OIDC token for `audience`, exchanged at STS. */
export async function exchangeGithubForAws(
  o: StsExchange,
  env: Env,
  audience: string,
): Promise<AccessToken<AwsCredentials>> {
  const jwt = await githubIdToken(o.provider, env, audience, o.fetch, o.sink);
  return assumeRoleWithWebIdentity(o, jwt);
}

/**
 * The AWS SDKs' web identity credentials (AWS_WEB_IDENTITY_TOKEN_FILE + AWS_ROLE_ARN, as on EKS
 * IRSA): the file is re-read on every exchange, since its writer rotates it.
 */
export async function exchangeTokenFileForAws(o: StsExchange, file: string): Promise<AccessToken<AwsCredentials>> {
  let token: string;
  try {
    token = readFileSync(file, 'utf8').trim();
  } catch (e) {
    throw authError(
      o.provider,
      `cannot read AWS_WEB_IDENTITY_TOKEN_FILE ${file}: ${(e as Error).message}`,
      'check AWS_WEB_IDENTITY_TOKEN_FILE',
    );
  }
  if (!token) throw authError(o.provider, `AWS_WEB_IDENTITY_TOKEN_FILE ${file} is empty`, 'check its writer');
  o.sink(token);
  return assumeRoleWithWebIdentity(o, token);
}
