/**
 * `validate` on the Gemini provider types (docs/reference.md, `google` and `vertex`): the keyless
 * fields in Google's shapes, the fields of other types refused with a hint, and a note when a
 * vertex provider's project and location come from the environment at run time. Also the
 * `similar` check with `metric: embedding` on a google provider (the Gemini embeddings API).
 */
import { Workspace, cli } from '../helpers/workspace.js';
import { startGeminiServers, type GeminiServers } from '../helpers/gemini-servers.js';
import { letterVector } from '../helpers/embeddings-server.js';
import { cosine } from '../../src/quality/similarity.js';

const WIP = 'projects/123456789012/locations/global/workloadIdentityPools/github/providers/actions';
const SA = 'orchestrator@acme-ai.iam.gserviceaccount.com';

function spec(providers: string): string {
  return `version: 2
name: gem
defaults: { provider: r }
providers:
  r: { type: replay, responses: r.yaml }
${providers}steps:
  s: { prompt: "hi" }
`;
}

let ws: Workspace;
afterEach(() => ws?.cleanup());

test('keyless fields in the wrong shape, fields of other types, oidc on google: errors at their line, with hints', async () => {
  ws = new Workspace({
    'r.yaml': 's: ok\n',
    'job.yaml': spec(`  v:
    type: vertex
    model: gemini-2.5-flash
    project: acme-ai
    location: us-central1
    auth: { type: oidc, workload_identity_provider: "projects/acme-ai/locations/global/workloadIdentityPools/g/providers/a", service_account: "someone@gmail.com", role_arn: "arn:aws:iam::1:role/x" }
  nosa:
    type: vertex
    model: gemini-2.5-flash
    project: acme-ai
    location: us-central1
    auth: { type: oidc, workload_identity_provider: "${WIP}" }
  g: { type: google, model: gemini-2.5-flash, auth: { type: oidc } }
  k: { type: vertex, model: gemini-2.5-flash, project: p, location: us-central1, api_key_env: GEMINI_KEY }
`),
  });
  const r = await cli(['validate', '--spec', 'job.yaml'], { cwd: ws.dir });
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/job\.yaml:11:\d+: .*workload_identity_provider .* is not projects\/NUMBER/);
  expect(r.stderr).toMatch(/project NUMBER/);
  expect(r.stderr).toMatch(
    /job\.yaml:11:\d+: .*auth\.service_account "someone@gmail\.com" is not a service account email/,
  );
  expect(r.stderr).toMatch(/auth\.role_arn does not apply to vertex/);
  expect(r.stderr).toMatch(/provider nosa: auth oidc on vertex needs service_account/);
  expect(r.stderr).toMatch(/provider g: auth oidc is available on .*, not google/);
  expect(r.stderr).toMatch(/use type vertex for keyless Gemini/);
  expect(r.stderr).toMatch(/provider "k": type vertex authenticates with Google credentials, not api_key_env/);
});

test('a valid keyless vertex provider passes; project and location left to the environment are noted', async () => {
  ws = new Workspace({
    'r.yaml': 's: ok\n',
    'job.yaml': spec(`  v:
    type: vertex
    model: gemini-2.5-flash
    auth: { type: oidc, workload_identity_provider: "${WIP}", service_account: "${SA}" }
  g: { type: google, model: gemini-2.5-flash }
`),
  });
  const r = await cli(['validate', '--spec', 'job.yaml'], { cwd: ws.dir });
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('is a valid job spec');
  expect(r.stderr).toMatch(
    /warning: provider v \(vertex\) takes its project from GOOGLE_VERTEX_PROJECT and its location from GOOGLE_VERTEX_LOCATION at run time/,
  );
  // Gemini model names are known to the price registry: no unknown-model warning.
  expect(r.stderr).not.toMatch(/unknown to the price registry/);
});

describe('similar with metric embedding on google', () => {
  let gem: GeminiServers;
  beforeEach(async () => {
    gem = await startGeminiServers();
  });
  afterEach(() => gem.close());

  test('the cosine of the two Gemini embeddings (batchEmbedContents), key in the header', async () => {
    const reference = 'A cat was sitting on the mat.';
    ws = new Workspace({
      'responses.yaml': 'summary: "The cat sat on the mat."\n',
      'job.yaml': `version: 2
name: emb
defaults: { provider: offline, retries: 0 }
providers:
  offline: { type: replay, responses: responses.yaml }
  gem: { type: google, model: gemini-2.5-flash, base_url: "${gem.origin}" }
steps:
  summary:
    prompt: Summarise the story.
    checks:
      - { type: similar, metric: embedding, provider: gem, model: text-embedding-004, reference: "${reference}", min: 0.5 }
`,
    });
    const r = await cli(['run', '--spec', 'job.yaml', '--job-id', 'j1', '--quiet', '--no-cache'], {
      cwd: ws.dir,
      env: { GOOGLE_GENERATIVE_AI_API_KEY: gem.config.apiKey },
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(gem.calls.map((c) => [c.action, c.model, c.headers['x-goog-api-key']])).toEqual([
      ['batchEmbedContents', 'text-embedding-004', gem.config.apiKey],
    ]);
    const verdict = ws
      .events('j1')
      .filter((e) => e.type === 'quality.passed' || e.type === 'quality.failed')
      .flatMap((e) => (e.data as { verdicts?: Array<{ score?: number }> }).verdicts ?? []);
    expect(verdict[0]!.score).toBeCloseTo(cosine(letterVector('The cat sat on the mat.'), letterVector(reference)), 6);
  });
});
