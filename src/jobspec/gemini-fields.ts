/**
 * The shapes of the Gemini provider types' fields (docs/reference.md, `vertex`), shared by
 * `validate` (src/jobspec/gemini-checks.ts) and the run's preflight (src/providers/clouds/vertex.ts)
 * so both say the same thing about the same spec.
 */

/** A location is one DNS label (us-central1, europe-west4, global). */
export const VERTEX_LOCATION_SHAPE = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;

/**
 * `projects/NUMBER/locations/global/workloadIdentityPools/POOL/providers/PROVIDER` (the project number, not its id).
 */
export const WORKLOAD_IDENTITY_PROVIDER_SHAPE =
  /^projects\/\d+\/locations\/global\/workloadIdentityPools\/[a-z0-9-]+\/providers\/[a-z0-9-]+$/;
/** A service account's email: NAME@PROJECT.iam.gserviceaccount.com (or a Google-managed default). */
export const SERVICE_ACCOUNT_SHAPE = /^[a-z0-9-]+@[a-z0-9.-]+\.gserviceaccount\.com$/;

/**
 * The provider path without a `//iam.googleapis.com/` or `https://iam.googleapis.com/` prefix users copy from the
 * console.
 */
export function workloadIdentityProviderPath(value: string): string {
  return value.replace(/^(https:)?\/\/iam\.googleapis\.com\//, '');
}

/** What is wrong with the oidc fields of a vertex provider, for validate and preflight alike. */
export function googleAuthProblems(auth: { workload_identity_provider?: unknown; service_account?: unknown }): Array<{
  field: 'workload_identity_provider' | 'service_account';
  message: string;
  hint: string;
}> {
  const out: ReturnType<typeof googleAuthProblems> = [];
  const wip = typeof auth.workload_identity_provider === 'string' ? auth.workload_identity_provider : undefined;
  if (!wip)
    out.push({
      field: 'workload_identity_provider',
      message: 'auth oidc on vertex needs workload_identity_provider',
      hint:
        'copy it from the pool provider in the Google Cloud console: ' +
        'projects/NUMBER/locations/global/workloadIdentityPools/POOL/providers/PROVIDER',
    });
  else if (!WORKLOAD_IDENTITY_PROVIDER_SHAPE.test(workloadIdentityProviderPath(wip)))
    out.push({
      field: 'workload_identity_provider',
      message:
        `auth.workload_identity_provider ${JSON.stringify(wip)} is not ` +
        `projects/NUMBER/locations/global/workloadIdentityPools/POOL/providers/PROVIDER`,
      hint:
        'use the project NUMBER (gcloud projects describe PROJECT --format="value(projectNumber)"), not the ' +
        'project id',
    });
  const sa = typeof auth.service_account === 'string' ? auth.service_account : undefined;
  if (!sa)
    out.push({
      field: 'service_account',
      message: 'auth oidc on vertex needs service_account',
      hint:
        'the service account the workflow acts as (NAME@PROJECT.iam.gserviceaccount.com), with ' +
        'roles/aiplatform.user and roles/iam.workloadIdentityUser granted to the pool',
    });
  else if (!SERVICE_ACCOUNT_SHAPE.test(sa))
    out.push({
      field: 'service_account',
      message: `auth.service_account ${JSON.stringify(sa)} is not a service account email`,
      hint: 'write it as NAME@PROJECT.iam.gserviceaccount.com',
    });
  return out;
}
