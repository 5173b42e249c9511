/**
 * AWS shared config profiles for `bedrock` (docs/reference.md, "bedrock"): the credentials file
 * (AWS_SHARED_CREDENTIALS_FILE, else ~/.aws/credentials) and the config file (AWS_CONFIG_FILE,
 * else ~/.aws/config), profile AWS_PROFILE, else `default`, as the AWS CLI and SDKs read them.
 * The files are resolved by the AWS SDK's own `fromIni` (@aws-sdk/credential-provider-ini):
 * static keys, `credential_process`, `role_arn` with `source_profile` and SSO profiles, each as
 * the SDKs do. Paths come from the run's environment, never from this process's.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ProviderSetupError } from '../errors.js';
import type { AccessToken, Env } from '../auth/oidc.js';
import type { AwsCredentials } from '../auth/exchange-aws-sts.js';

export interface AwsProfilePlan {
  kind: 'profile';
  profile: string;
  /** The credentials and config files that exist (at least one). */
  credentialsFile?: string;
  configFile?: string;
}

const set = (v: string | undefined): v is string => v !== undefined && v.trim() !== '';

/** Where the shared files would be: the run's AWS_SHARED_CREDENTIALS_FILE / AWS_CONFIG_FILE, else under HOME. */
function sharedFilePaths(env: Env): { credentials?: string; config?: string } {
  const home = env.HOME ?? env.USERPROFILE;
  const under = (file: string) => (home ? join(home, '.aws', file) : undefined);
  return {
    credentials: set(env.AWS_SHARED_CREDENTIALS_FILE) ? env.AWS_SHARED_CREDENTIALS_FILE : under('credentials'),
    config: set(env.AWS_CONFIG_FILE) ? env.AWS_CONFIG_FILE : under('config'),
  };
}

/** The profile a run would read (AWS_PROFILE, else `default`), or undefined when neither shared file exists. */
export function awsProfilePlan(env: Env): AwsProfilePlan | undefined {
  const { credentials, config } = sharedFilePaths(env);
  const credentialsFile = credentials && existsSync(credentials) ? credentials : undefined;
  const configFile = config && existsSync(config) ? config : undefined;
  if (!credentialsFile && !configFile) return undefined;
  return {
    kind: 'profile',
    profile: set(env.AWS_PROFILE) ? env.AWS_PROFILE.trim() : 'default',
    ...(credentialsFile ? { credentialsFile } : {}),
    ...(configFile ? { configFile } : {}),
  };
}

/** The shared files a plan reads, for messages: "A and B". */
export function profileFiles(plan: AwsProfilePlan, joiner = ' and '): string {
  return [plan.credentialsFile, plan.configFile].filter(Boolean).join(joiner);
}

/**
 * AWS_PROFILE named, but neither shared file is there and no other credential followed: the user
 * asked for a profile, so the error names it rather than the whole chain.
 */
export function missingProfileError(name: string, env: Env): ProviderSetupError | undefined {
  if (!set(env.AWS_PROFILE)) return undefined;
  const { credentials, config } = sharedFilePaths(env);
  const profile = env.AWS_PROFILE.trim();
  return new ProviderSetupError(
    name,
    'E_API_KEY_MISSING',
    `provider ${name}: AWS_PROFILE is ${profile} but there is no AWS credentials or config file ` +
      `(${[credentials, config].filter(Boolean).join(', ') || 'no HOME to look in'})`,
    'run `aws configure --profile ' + profile + '`, or set AWS_SHARED_CREDENTIALS_FILE / AWS_CONFIG_FILE',
  );
}

/** The profile's credentials, as the AWS SDK resolves them; a failure names the profile and what to do. */
export async function profileCredentials(name: string, plan: AwsProfilePlan): Promise<AccessToken<AwsCredentials>> {
  const { fromIni } = await import('@aws-sdk/credential-provider-ini');
  let c;
  try {
    c = await fromIni({
      profile: plan.profile,
      // A missing file is passed as a path that does not exist: the SDK would otherwise read
      // this process's AWS_* variables and HOME, not the run's.
      filepath: plan.credentialsFile ?? '/nonexistent/aws/credentials',
      configFilepath: plan.configFile ?? '/nonexistent/aws/config',
      ignoreCache: true,
    })();
  } catch (e) {
    // The SDK's first line only, bounded: a failing credential_process puts its whole stderr there.
    const why = (e instanceof Error ? e.message : String(e)).split('\n')[0]!.slice(0, 300);
    const files = profileFiles(plan, ' or ');
    throw new ProviderSetupError(
      name,
      'E_API_KEY_MISSING',
      `provider ${name}: AWS profile ${plan.profile} gave no credentials: ${why}`,
      `check the [${plan.profile}] section of ${files} ` +
        '(`aws configure list --profile ' +
        plan.profile +
        '`), or set AWS_PROFILE to another profile',
    );
  }
  const expiresIn = c.expiration ? Math.max(1, (c.expiration.getTime() - Date.now()) / 1000) : 365 * 24 * 3600;
  return {
    token: {
      accessKeyId: c.accessKeyId,
      secretAccessKey: c.secretAccessKey,
      ...(c.sessionToken ? { sessionToken: c.sessionToken } : {}),
    },
    expiresIn,
  };
}
