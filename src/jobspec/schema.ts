/**
 * The job spec, version 2 (docs/reference.md section 1). This zod schema is the one source of the spec's
 * TypeScript types and of its JSON Schema (`orchestrator schema`, schema/job.schema.json).
 * Every object is strict: an unknown key is an error, so a typo never passes silently.
 */
import { z } from 'zod';

export const NAME_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;
export const STEP_ID_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;
export const IDENT_PATTERN = /^[A-Za-z_][A-Za-z0-9_-]*$/;

const positiveInt = z.number().int().positive();

export const PriceSchema = z.strictObject({
  input_per_mtok: z.number().nonnegative().describe('USD per million input tokens'),
  output_per_mtok: z.number().nonnegative().describe('USD per million output tokens'),
  cache_read_per_mtok: z
    .number()
    .nonnegative()
    .optional()
    .describe(
      'USD per million input tokens read from the provider prompt cache (default: the registry, else the ' +
        'provider ratio)',
    ),
  cache_write_per_mtok: z
    .number()
    .nonnegative()
    .optional()
    .describe(
      'USD per million input tokens written to the provider prompt cache (default: the registry, else the ' +
        'provider ratio)',
    ),
});

/** Provider prompt caching (docs/reference.md, "Prompt caching"): on by default where the provider supports it. */
export const PromptCacheSchema = z.union([
  z.literal(false),
  z.literal(true),
  z.strictObject({
    ttl: z
      .enum(['5m', '1h'])
      .optional()
      .describe('anthropic/bedrock only: how long a cached prefix lives (default 5m)'),
  }),
]);

/** Options that change what a model returns; all of them are part of the cache key. */
export const ProviderOptionsSchema = z.strictObject({
  temperature: z.number().min(0).max(2).optional(),
  max_tokens: positiveInt.optional(),
  top_p: z.number().min(0).max(1).optional(),
  seed: z.number().int().optional(),
  stop: z.array(z.string()).optional(),
});

/** Provider limits the run paces its calls under (shared by every step and route of a run). */
export const RateLimitSchema = z.strictObject({
  rpm: positiveInt.optional().describe('requests per minute, paced evenly (one call every 60/rpm s, no bursts)'),
  tpm: positiveInt.optional().describe('tokens per minute: prompt tokens + max_tokens of each call, spaced evenly'),
  concurrency: positiveInt.optional().describe('calls in flight at once to this provider'),
});

/**
 * Keyless authentication: the workflow's GitHub OIDC token exchanged for a short-lived credential
 * (docs/reference.md, "Keyless (OIDC)"). Which fields a provider type needs is checked at preflight.
 */
export const OidcAuthSchema = z.strictObject({
  type: z.literal('oidc'),
  audience: z
    .string()
    .min(1)
    .optional()
    .describe('audience of the GitHub OIDC token (anthropic default https://api.anthropic.com; openai: required)'),
  token_url: z.url().optional().describe('the token endpoint (full URL), for tests and sovereign clouds'),
  federation_rule_id: z.string().min(1).optional().describe('anthropic: the federation rule (fdrl_...)'),
  organization_id: z.string().min(1).optional().describe('anthropic: the organization id'),
  service_account_id: z
    .string()
    .min(1)
    .optional()
    .describe('anthropic and openai: the service account the credential acts as'),
  workspace_id: z.string().min(1).optional().describe('anthropic: the workspace (wrkspc_... or default)'),
  identity_provider_id: z.string().min(1).optional().describe('openai: the identity provider configured at OpenAI'),
  role_arn: z
    .string()
    .min(1)
    .optional()
    .describe('bedrock: the IAM role assumed with AssumeRoleWithWebIdentity (arn:aws:iam::ACCOUNT:role/NAME)'),
  session_name: z.string().min(1).optional().describe('bedrock: the role session name (default orchestrator-RUN)'),
  workload_identity_provider: z
    .string()
    .min(1)
    .optional()
    .describe('vertex: projects/N/locations/global/workloadIdentityPools/P/providers/X'),
  service_account: z
    .string()
    .min(1)
    .optional()
    .describe(
      'vertex: the service account impersonated through IAM Credentials (NAME@PROJECT.iam.gserviceaccount.com)',
    ),
  tenant_id: z.string().min(1).optional().describe('azure: the Microsoft Entra tenant (directory) id'),
  client_id: z.string().min(1).optional().describe('azure: the application (client) id of the federated identity'),
  sts_endpoint: z
    .url()
    .optional()
    .describe('bedrock and vertex: the STS endpoint (full URL), for tests and sovereign clouds'),
  iam_endpoint: z.url().optional().describe('vertex: the base URL of IAM Credentials, for tests and sovereign clouds'),
  authority_host: z
    .url()
    .optional()
    .describe('azure: the Entra authority host (/{tenant}/oauth2/v2.0/token is appended), for sovereign clouds'),
});

/** The provider types that call a model over HTTP (every type but replay). */
export const HTTP_PROVIDER_TYPES = [
  'openai',
  'anthropic',
  'ollama',
  'openai-compatible',
  'bedrock',
  'vertex',
  'azure',
  'google',
] as const;

const httpProviderFields = {
  model: z.string().min(1).describe('model id as the provider names it'),
  base_url: z.url().optional().describe("a proxy, gateway or local server; default: the provider's public API"),
  api_key_env: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/)
    .optional()
    .describe('name of the environment variable holding the API key (never the key itself)'),
  auth: OidcAuthSchema.optional().describe(
    'anthropic, openai, bedrock, vertex and azure: `{type: oidc, ...}` exchanges the GitHub OIDC token for a ' +
      'short-lived credential instead of a long-lived key',
  ),
  options: ProviderOptionsSchema.optional(),
  price: PriceSchema.optional(),
  context_window: positiveInt
    .optional()
    .describe('tokens the model accepts; routes skip candidates too small for the prompt'),
  api: z
    .enum(['chat', 'responses'])
    .optional()
    .describe('openai only: chat completions (default) or the responses API'),
  stream: z
    .boolean()
    .optional()
    .describe('stream the answer (SSE / ND-JSON) and assemble it; same result, first bytes sooner'),
  max_response_bytes: positiveInt
    .optional()
    .describe(
      'the most bytes of one answer read, after decompression (default 16 MiB); a larger answer fails with ' +
        'E_RESPONSE_TOO_LARGE',
    ),
  rate_limit: RateLimitSchema.optional(),
  batch: z
    .boolean()
    .optional()
    .describe(
      "openai and anthropic: send calls through the provider's batch API at half price; results may take " +
        'minutes to hours',
    ),
  batch_wait_s: z
    .number()
    .positive()
    .optional()
    .describe(
      'with batch: how long a run waits for batch results (default 3600) before it stops as interrupted (exit 75)',
    ),
  prompt_cache: PromptCacheSchema.optional().describe(
    'provider prompt caching: anthropic (and Claude on bedrock) marks cache breakpoints, openai and azure ' +
      'send a stable prompt_cache_key, Gemini caches on its own; false turns it off',
  ),
};

const ApiProviderSchema = z.strictObject({
  type: z.enum(['openai', 'anthropic', 'ollama', 'openai-compatible', 'google']),
  ...httpProviderFields,
});

const BedrockProviderSchema = z.strictObject({
  type: z.literal('bedrock'),
  ...httpProviderFields,
  region: z
    .string()
    .regex(/^[a-z]{2}(-[a-z]+)+-\d+$/)
    .optional()
    .describe('the AWS region (us-east-1); default AWS_REGION'),
});

const VertexProviderSchema = z.strictObject({
  type: z.literal('vertex'),
  ...httpProviderFields,
  project: z.string().min(1).optional().describe('the Google Cloud project id; default GOOGLE_VERTEX_PROJECT'),
  location: z.string().min(1).optional().describe('the region (us-central1) or global; default GOOGLE_VERTEX_LOCATION'),
});

const AzureProviderSchema = z.strictObject({
  type: z.literal('azure'),
  ...httpProviderFields,
  model: z
    .string()
    .min(1)
    .optional()
    .describe('the model behind the deployment, for prices (default: the deployment name)'),
  resource: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/)
    .optional()
    .describe('the resource name, for https://RESOURCE.openai.azure.com/openai (or set base_url)'),
  deployment: z.string().min(1).describe('the deployment name requests go to'),
  api_version: z.string().min(1).optional().describe('the api-version query parameter'),
});

export const HttpProviderSchema = z.discriminatedUnion('type', [
  ApiProviderSchema,
  BedrockProviderSchema,
  VertexProviderSchema,
  AzureProviderSchema,
]);

export const ReplayProviderSchema = z.strictObject({
  type: z.literal('replay'),
  responses: z.string().min(1).describe('YAML file: step id -> response, or a list of responses used in turn'),
  strict: z
    .boolean()
    .optional()
    .describe('fail a step whose prompt differs from the one its entry was recorded for (E_REPLAY_STALE)'),
  latency_ms: z.number().int().nonnegative().optional(),
  model: z.string().optional(),
  price: PriceSchema.optional(),
  context_window: positiveInt.optional(),
  rate_limit: RateLimitSchema.optional(),
});

export const ProviderSchema = z.discriminatedUnion('type', [
  ApiProviderSchema,
  BedrockProviderSchema,
  VertexProviderSchema,
  AzureProviderSchema,
  ReplayProviderSchema,
]);

export const RouteSchema = z.strictObject({
  strategy: z.enum(['ordered', 'cost']),
  providers: z.array(z.string()).min(1),
});

export const CircuitBreakerSchema = z.strictObject({
  failure_threshold: positiveInt.default(5),
  cooldown_s: z.number().positive().default(30),
});

export const OutputSchema = z.strictObject({
  path: z.string().min(1),
  extract: z
    .string()
    .regex(/^(text|code(:[A-Za-z0-9_+#.-]+)?)$/, 'extract must be text, code or code:LANG')
    .default('text'),
});

const checkValue = z.union([z.string(), z.number()]);

/** `on_fail: warn` on a check reports a failure without failing the step. */
const checkSeverity = { on_fail: z.enum(['fail', 'warn']).optional() };

/** Variables a command gets although the environment rule (docs/reference.md: Command environments) withholds them. */
const envPassthrough = z
  .array(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/))
  .optional()
  .describe('environment variables passed to the command on purpose, although they grant access (e.g. GITHUB_TOKEN)');

/** Checks for model output (docs/reference.md, "Checks for model output"): similar, judge, json-match. */
const unitScore = z.number().min(0).max(1);
const modelOutputChecks = [
  z.strictObject({
    type: z.literal('similar'),
    reference: z.string().optional().describe('the text the output should resemble (or reference_file)'),
    reference_file: z
      .string()
      .min(1)
      .optional()
      .describe("a file holding the reference, relative to the spec file's folder"),
    metric: z
      .enum(['chrf', 'rouge-l', 'embedding'])
      .describe('chrf and rouge-l are computed locally; embedding is the cosine of two embeddings from provider'),
    min: unitScore.describe('the lowest score (0..1) that passes'),
    provider: z
      .string()
      .optional()
      .describe('metric embedding: a provider (openai, openai-compatible, ollama) whose embeddings API is called'),
    model: z.string().min(1).optional().describe('metric embedding: the embedding model, e.g. text-embedding-3-small'),
    ...checkSeverity,
  }),
  z.strictObject({
    type: z.literal('judge'),
    provider: z.string().min(1).describe('the provider (or route) of the judging model'),
    rubric: z.string().optional().describe('what the judge checks the output against (or rubric_file)'),
    rubric_file: z.string().min(1).optional(),
    reference: z.string().optional().describe('a reference answer the judge may compare with (or reference_file)'),
    reference_file: z.string().min(1).optional(),
    min_score: unitScore.optional().describe('the verdict passes when pass is true and score >= min_score'),
    ...checkSeverity,
  }),
  z.strictObject({
    type: z.literal('json-match'),
    expected: z.unknown().optional().describe('the JSON value the output must equal (or expected_file)'),
    expected_file: z.string().min(1).optional().describe("a JSON or YAML file, relative to the spec file's folder"),
    ignore: z.array(z.string()).optional().describe('JSON Pointers (RFC 6901) whose subtrees are not compared'),
    tolerance: z
      .number()
      .nonnegative()
      .optional()
      .describe('numbers a and b are equal when |a - b| <= tolerance * max(|a|, |b|); default 0'),
    ...checkSeverity,
  }),
] as const;

/**
 * `golden.files[]`: how `orchestrator golden` compares the files a glob matches (docs/reference.md,
 * "Golden checks"); the first matching rule wins, a file with no rule compares exact.
 */
const goldenPath = { path: z.string().min(1).describe("a glob over paths in outputs/ (e.g. 'reviews/**/*.md')") };
export const GoldenRuleSchema = z.discriminatedUnion('compare', [
  z.strictObject({ ...goldenPath, compare: z.literal('exact') }),
  z.strictObject({
    ...goldenPath,
    compare: z
      .literal('text')
      .describe('ignores line endings, trailing whitespace of every line and the final newline'),
  }),
  z.strictObject({
    ...goldenPath,
    compare: z.literal('json'),
    ignore: z.array(z.string()).optional().describe('JSON Pointers (RFC 6901) whose subtrees are not compared'),
    tolerance: z.number().nonnegative().optional(),
  }),
  z.strictObject({
    ...goldenPath,
    compare: z.literal('similar'),
    metric: z.enum(['chrf', 'rouge-l', 'embedding']),
    min: unitScore,
    provider: z.string().optional(),
    model: z.string().min(1).optional(),
  }),
  z.strictObject({
    ...goldenPath,
    compare: z.literal('judge'),
    provider: z.string().min(1),
    rubric: z.string().optional(),
    rubric_file: z.string().min(1).optional(),
    min_score: unitScore.optional(),
  }),
]);

export const GoldenSchema = z.strictObject({
  dir: z
    .string()
    .min(1)
    .optional()
    .describe("the folder of golden files, relative to the spec file's folder (golden --golden DIR overrides it)"),
  files: z.array(GoldenRuleSchema).default([]),
});

export const CheckSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('contains'), value: z.string(), ...checkSeverity }),
  z.strictObject({ type: z.literal('not-contains'), value: z.string(), ...checkSeverity }),
  z.strictObject({ type: z.literal('regex'), value: z.string(), flags: z.string().optional(), ...checkSeverity }),
  z.strictObject({ type: z.literal('equals'), value: checkValue, ...checkSeverity }),
  z.strictObject({ type: z.literal('min-length'), value: z.number().int().nonnegative(), ...checkSeverity }),
  z.strictObject({ type: z.literal('max-length'), value: z.number().int().nonnegative(), ...checkSeverity }),
  z.strictObject({
    type: z.literal('is-json'),
    schema: z.union([z.string(), z.record(z.string(), z.unknown())]).optional(),
    ...checkSeverity,
  }),
  z.strictObject({
    type: z.literal('command'),
    run: z.string().min(1),
    timeout_s: z.number().positive().optional(),
    env_passthrough: envPassthrough,
    ...checkSeverity,
  }),
  ...modelOutputChecks,
]);

export const ContextSchema = z.strictObject({
  include: z.array(z.string()).default([]).describe('workspace globs, .gitignore respected'),
  exclude: z.array(z.string()).optional(),
  steps: z
    .array(z.string())
    .optional()
    .describe('upstream steps whose outputs join the context (default: all needed steps)'),
  max_tokens: positiveInt.default(8000),
});

/** `for_each`: a template that renders to a JSON array, or workspace files matching a glob. */
export const ForEachSchema = z.union([
  z.string().min(1),
  z.strictObject({
    glob: z.string().min(1).describe("files relative to the spec file's folder, .gitignore respected"),
  }),
]);

/**
 * `{ description?, default?, required? }`: an input that can come from outside the spec (docs/reference.md: Inputs from
 * outside).
 */
export const InputDeclSchema = z.strictObject({
  description: z.string().optional(),
  default: z
    .union([z.string(), z.number(), z.boolean()])
    .optional()
    .describe('the value when none is passed with --input / the action input `inputs`'),
  required: z.boolean().optional().describe('true: a run without a value (and without a default) is an error (exit 2)'),
});

/**
 * An input is a scalar (its default) or a declaration. Parsed to its default value as a string:
 * `spec.inputs` always holds the values templates render (resolved ones after src/spec/inputs.ts),
 * and the declarations live in LoadedSpec.inputDecls.
 */
const InputEntrySchema = z.union([
  z.union([z.string(), z.number(), z.boolean()]).transform(String),
  InputDeclSchema.transform((d) => (d.default === undefined ? '' : String(d.default))),
]);

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** How many samples a sampled step draws at first (docs/reference.md, "Samples and gates"). */
const samplesCount = z.number().int().min(1).max(100);

/** A pass-rate gate over a step's samples, decided on the Wilson score interval. */
export const GateSchema = z.strictObject({
  min_pass_rate: z.number().gt(0).lte(1).describe('R: the pass rate the step must show, 0 < R <= 1'),
  confidence: z.number().gt(0).lt(1).default(0.95).describe('C: the confidence of the Wilson interval (default 0.95)'),
  max_samples: z
    .number()
    .int()
    .min(1)
    .max(1000)
    .optional()
    .describe('M: at most this many samples are drawn while the interval contains R (default: samples)'),
});

export const StepSchema = z.strictObject({
  needs: z.array(z.string()).default([]),
  provider: z.string().optional().describe('a provider or route name; default: defaults.provider'),
  system: z.string().optional(),
  prompt: z.string().optional(),
  prompt_file: z.string().optional(),
  run: z.string().optional().describe("a command step: a shell command run in the run's outputs/ folder"),
  reads: z
    .array(z.string())
    .optional()
    .describe(
      'command steps: files of outputs/ written by upstream steps; with cache: true their content joins the cache key',
    ),
  cache: z
    .boolean()
    .optional()
    .describe('use the cache for this step; default true for LLM steps, false for command steps (they run every time)'),
  files: z
    .array(z.string())
    .optional()
    .describe(
      "command steps with cache: true: workspace globs (relative to the spec's folder) whose files' content " +
        'joins the cache key',
    ),
  env: z
    .array(z.string().regex(ENV_NAME, 'environment variable names match [A-Za-z_][A-Za-z0-9_]*'))
    .optional()
    .describe('command steps with cache: true: environment variables whose values join the cache key'),
  env_passthrough: envPassthrough,
  outputs: z.array(OutputSchema).default([]),
  checks: z.array(CheckSchema).default([]),
  on_fail: z.enum(['fail', 'retry', 'fallback']).default('fail'),
  context: ContextSchema.optional(),
  timeout_s: z.number().positive().optional(),
  retries: z.number().int().nonnegative().optional(),
  for_each: ForEachSchema.optional().describe(
    'run the step once per item: a template rendering a JSON array, or { glob } over files relative to the ' +
      'spec; {{ item }} in prompt, system, run, output paths and checks',
  ),
  output_schema: z
    .union([z.string().min(1), z.record(z.string(), z.unknown())])
    .optional()
    .describe(
      'LLM steps: a JSON Schema (inline, or a JSON/YAML file relative to the spec) the answer must match; ' +
        'written as canonical JSON',
    ),
  allow_truncated: z
    .boolean()
    .optional()
    .describe('accept an answer cut off at max_tokens (finish_reason: length); default false: a failed check'),
  samples: samplesCount
    .optional()
    .describe('LLM steps: draw N independent samples, each judged by the checks (1-100; default defaults.samples, 1)'),
  gate: GateSchema.optional().describe(
    'LLM steps: pass on the pass rate of the samples (Wilson score interval), drawing more while it is undecided',
  ),
});

export const DefaultsSchema = z.strictObject({
  provider: z.string().optional(),
  concurrency: positiveInt.default(4),
  timeout_s: z.number().positive().default(120),
  retries: z.number().int().nonnegative().default(3),
  samples: samplesCount.optional().describe('samples of every LLM step without its own samples: (default 1)'),
});

/** A run's spending limit; not part of any cache key (a resume with a larger budget keeps its hits). */
export const BudgetSchema = z.strictObject({
  usd: z.number().nonnegative().optional().describe('USD the run may spend on provider calls'),
  tokens: z.number().int().nonnegative().optional().describe('input + output tokens the run may use'),
});

export const JobSpecSchema = z.strictObject({
  $schema: z.string().optional(),
  version: z.literal(2),
  name: z.string().regex(NAME_PATTERN, 'name must match [a-z0-9][a-z0-9._-]*'),
  description: z.string().optional(),
  code_version: z.union([z.string(), z.number()]).transform(String).default('0'),
  inputs: z.record(z.string().regex(IDENT_PATTERN), InputEntrySchema).default({}),
  defaults: DefaultsSchema.default({ concurrency: 4, timeout_s: 120, retries: 3 }),
  providers: z.record(z.string().regex(IDENT_PATTERN), ProviderSchema).default({}),
  routes: z.record(z.string().regex(IDENT_PATTERN), RouteSchema).default({}),
  circuit_breaker: CircuitBreakerSchema.default({ failure_threshold: 5, cooldown_s: 30 }),
  budget: BudgetSchema.optional(),
  golden: GoldenSchema.optional().describe('how `orchestrator golden` compares outputs with golden files'),
  steps: z
    .record(z.string().regex(STEP_ID_PATTERN, 'step ids match [a-z0-9][a-z0-9_-]*'), StepSchema)
    .refine((s) => Object.keys(s).length > 0, 'a job needs at least one step'),
});

export type JobSpecInput = z.input<typeof JobSpecSchema>;
export type JobSpec = z.output<typeof JobSpecSchema>;
export type StepSpec = z.output<typeof StepSchema>;
export type ProviderSpec = z.output<typeof ProviderSchema>;
export type HttpProviderSpec = z.output<typeof HttpProviderSchema>;
export type ReplayProviderSpec = z.output<typeof ReplayProviderSchema>;
export type RouteSpec = z.output<typeof RouteSchema>;
export type CheckSpec = z.output<typeof CheckSchema>;
export type GoldenRule = z.output<typeof GoldenRuleSchema>;
export type GoldenSpec = z.output<typeof GoldenSchema>;
export type OutputSpec = z.output<typeof OutputSchema>;
export type ForEachSpec = z.output<typeof ForEachSchema>;
export type ContextSpec = z.output<typeof ContextSchema>;
export type Price = z.output<typeof PriceSchema>;
export type OidcAuth = z.output<typeof OidcAuthSchema>;
export type RateLimit = z.output<typeof RateLimitSchema>;
export type Budget = z.output<typeof BudgetSchema>;
export type GateSpec = z.output<typeof GateSchema>;
export type ProviderOptions = z.output<typeof ProviderOptionsSchema>;

/** The spec's JSON Schema (draft 2020-12), for editors and `orchestrator schema`. */
export function jobJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(JobSpecSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    $id: 'https://github.com/org/orchestrator-action/schema/job.schema.json',
    title: 'orchestrator-action job spec (version 2)',
    ...schema,
  };
}

/**
 * A spec after loading: the parsed document plus where it came from, with every relative path
 * already resolved against the spec file's folder and prompt files read.
 */
export interface LoadedSpec {
  spec: JobSpec;
  /** Absolute path of the spec file (or a pseudo-name for in-memory specs). */
  file: string;
  /** Folder relative paths resolve against. */
  baseDir: string;
  /** sha256 of the spec file's bytes. */
  sha256: string;
  /** Step id -> prompt template text (inline `prompt`, or `prompt_file` content). */
  prompts: Record<string, string>;
  /** Input name -> its declaration (src/spec/inputs.ts); absent on specs built in memory. */
  inputDecls?: Record<string, InputDecl>;
  /** Required inputs that have no value yet: runJob refuses to start while any is left. */
  missingInputs?: string[];
}

export interface InputDecl {
  description?: string;
  /** The default as a string; undefined = none. */
  default?: string;
  required: boolean;
}
