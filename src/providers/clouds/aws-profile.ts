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

/**
 * The profile a run would read, or undefined when there are no shared files at all. An explicit
 * AWS_PROFILE whose files are missing is an error: the user asked for it.
 */
export function awsProfilePlan(name: string, env: Env): AwsProfilePlan | undefined {
  const home = env.HOME ?? env.USERPROFILE;
  const credentials = set(env.AWS_SHARED_CREDENTIALS_FILE)
    ? env.AWS_SHARED_CREDENTIALS_FILE
    : home
      ? join(home, '.aws', 'credentials')
      : undefined;
  const config = set(env.AWS_CONFIG_FILE) ? env.AWS_CONFIG_FILE : home ? join(home, '.aws', 'config') : undefined;
  const credentialsFile = credentials && existsSync(credentials) ? credentials : undefined;
  const configFile = config && existsSync(config) ? config : undefined;
  const profile = set(env.AWS_PROFILE) ? env.AWS_PROFILE.trim() : 'default';
  if (!credentialsFile && !configFile) {
    if (!set(env.AWS_PROFILE)) return undefined;
    throw new ProviderSetupError(
      name,
      'E_API_KEY_MISSING',
      `provider ${name}: AWS_PROFILE is ${profile} but there is no AWS credentials or config file ` +
        `(${[credentials, config].filter(Boolean).join(', ') || 'no HOME to look in'})`,
      'run `aws configure --profile ' + profile + '`, or set AWS_SHARED_CREDENTIALS_FILE / AWS_CONFIG_FILE',
    );
  }
  return {
    kind: 'profile',
    profile,
    ...(credentialsFile ? { credentialsFile } : {}),
    ...(configFile ? { configFile } : {}),
  };
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
    const why = e instanceof Error ? e.message : String(e);
    const files = [plan.credentialsFile, plan.configFile].filter(Boolean).join(' or ');
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
