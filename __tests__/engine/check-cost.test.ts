/**
 * `plan --cost` counts the calls of the model-backed checks (docs/reference.md, "Cost plan"): a
 * judge is one call per sample on the judge's provider at its price (its prompt = the judge's
 * framing with the rubric + the candidate at the step's expected answer length), up to
 * max_samples calls when a gate may draw that many; `similar` with `metric: embedding` is one
 * embeddings request per sample, priced at the embedding model's published rate.
 *
 * Expected figures are computed here from the prices and from token counts made with
 * gpt-tokenizer's encodings directly.
 */
import { countTokens as o200k } from 'gpt-tokenizer/encoding/o200k_base';
import { countTokens as cl100k } from 'gpt-tokenizer/encoding/cl100k_base';
import { judgePrompt } from '../../src/quality/judge.js';
import { cli, Workspace } from '../helpers/workspace.js';

/** The step's provider: $1 in / $2 out per Mtok; the judge's: $3 / $15. Neither sets max_tokens, so answers count 1000 tokens. */
const STEP_IN = 1;
const STEP_OUT = 2;
const JUDGE_IN = 3;
const JUDGE_OUT = 15;
const ANSWER = 1000;
/** text-embedding-3-small: $0.02 per Mtok (https://platform.openai.com/docs/pricing, Embeddings). */
const EMBED_IN = 0.02;

const RUBRIC = 'The summary names the cat and where it sat.';
const REFERENCE = 'A cat sat on a mat.';

function job(samples: string, checks: string): string {
  return `version: 2
name: jc
defaults: { provider: offline, retries: 0 }
providers:
  offline: { type: replay, responses: responses.yaml, price: { input_per_mtok: ${STEP_IN}, output_per_mtok: ${STEP_OUT} } }
  grader: { type: replay, responses: judge.yaml, model: grader-1, price: { input_per_mtok: ${JUDGE_IN}, output_per_mtok: ${JUDGE_OUT} } }
  emb: { type: openai, model: gpt-4o-mini }
steps:
  summary:
    prompt: Summarise the story.
${samples}    checks:
${checks}
`;
}

type Check = {
  kind: string;
  check: number;
  provider: string;
  calls: number;
  calls_max: number;
  cached: number;
  input_tokens: number;
  output_tokens_est: number;
  cost_usd?: number;
  cost_usd_max?: number;
};
type Plan = {
  steps: Array<{
    id: string;
    cache: string;
    input_tokens: number;
    cost_usd?: number;
    cost_usd_max?: number;
    checks?: Check[];
  }>;
  totals: {
    cost_usd: number;
    cost_usd_max?: number;
    checks?: Record<string, number>;
  };
};

/** The judge's input tokens for a candidate not known yet: its own prompt around an empty candidate, plus the answer. */
function judgeInput(): number {
  const p = judgePrompt({ rubric: RUBRIC, candidate: '' });
  return o200k(p.system + p.prompt) + ANSWER;
}

describe('plan --cost counts judge and embedding calls', () => {
  let ws: Workspace;
  beforeEach(
    () =>
      (ws = new Workspace({
        'responses.yaml': 'summary: ["The cat sat on the mat.", "A cat on a mat.", "The mat.", "Cat, mat."]\n',
        'judge.yaml': `"judge:summary": '${JSON.stringify({ pass: true, score: 0.9, reason: 'ok' })}'\n`,
        'rubric.md': `${RUBRIC}\n`,
      })),
  );
  afterEach(() => ws.cleanup());

  const plan = async (): Promise<Plan> => {
    const r = await cli(['plan', '--spec', 'job.yaml', '--cost', '--cache-dir', 'cache', '--json'], {
      cwd: ws.dir,
      env: { OPENAI_API_KEY: 'sk-test' },
    });
    expect(r.stderr).toBe('');
    return JSON.parse(r.stdout) as Plan;
  };

  it('a judge on a sampled, gated step: one call a sample on the judge provider, max_samples the upper bound', async () => {
    ws.write({
      'job.yaml': job(
        '    samples: 4\n    gate: { min_pass_rate: 0.5, max_samples: 10 }\n',
        '      - { type: judge, provider: grader, rubric_file: rubric.md }',
      ),
    });
    const p = await plan();
    const s = p.steps.find((x) => x.id === 'summary')!;
    const answer = (s.input_tokens * STEP_IN + ANSWER * STEP_OUT) / 1e6;
    const judge = (judgeInput() * JUDGE_IN + ANSWER * JUDGE_OUT) / 1e6;
    expect(s.checks).toEqual([
      expect.objectContaining({
        kind: 'judge',
        check: 0,
        provider: 'grader',
        calls: 4,
        calls_max: 10,
        cached: 0,
        input_tokens: judgeInput(),
        output_tokens_est: ANSWER,
      }),
    ]);
    expect(s.checks![0]!.cost_usd).toBeCloseTo(4 * judge, 10);
    expect(s.checks![0]!.cost_usd_max).toBeCloseTo(10 * judge, 10);
    // The step's cost includes its judge calls; so do the totals.
    expect(s.cost_usd).toBeCloseTo(4 * answer + 4 * judge, 10);
    expect(s.cost_usd_max).toBeCloseTo(10 * answer + 10 * judge, 10);
    expect(p.totals.cost_usd).toBeCloseTo(4 * answer + 4 * judge, 10);
    expect(p.totals.cost_usd_max).toBeCloseTo(10 * answer + 10 * judge, 10);
    expect(p.totals.checks).toMatchObject({ judge_calls: 4, judge_calls_max: 10, embedding_calls: 0, unpriced: 0 });
    expect(p.totals.checks!.cost_usd).toBeCloseTo(4 * judge, 10);

    const t = await cli(['plan', '--spec', 'job.yaml', '--cost', '--cache-dir', 'cache'], {
      cwd: ws.dir,
      env: { OPENAI_API_KEY: 'sk-test' },
    });
    expect(t.stdout).toMatch(/\n {2}judge #1\s+grader\s+4 calls, up to 10\s+[\d,]+~\s+\$\d/);
    expect(t.stdout).toContain('checks: 4 judge calls (up to 10), 0 embedding calls');
    expect(t.stdout).toContain("a judge call's input: its prompt with the rubric, plus the step's answer");
  });

  it('a plain step: one judge call; once the step and its verdict are cached, no judge call is counted', async () => {
    ws.write({
      'responses.yaml': 'summary: "The cat sat on the mat."\n',
      'job.yaml': job('', `      - { type: judge, provider: grader, rubric: "${RUBRIC}" }`),
    });
    const before = await plan();
    const s = before.steps[0]!;
    const judge = (judgeInput() * JUDGE_IN + ANSWER * JUDGE_OUT) / 1e6;
    expect(s.checks![0]).toMatchObject({ calls: 1, calls_max: 1, input_tokens: judgeInput() });
    expect(s.cost_usd).toBeCloseTo((s.input_tokens * STEP_IN + ANSWER * STEP_OUT) / 1e6 + judge, 10);

    const r = await cli(['run', '--spec', 'job.yaml', '--job-id', 'j1', '--quiet', '--cache-dir', 'cache'], {
      cwd: ws.dir,
    });
    expect(r.code).toBe(0);
    const after = await plan();
    expect(after.steps[0]).toMatchObject({ cache: 'hit', cost_usd: 0 });
    expect(after.steps[0]!.checks![0]).toMatchObject({ calls: 0, calls_max: 0, cached: 1, cost_usd: 0 });
    expect(after.totals.cost_usd).toBe(0);
  });

  it('a cached answer whose verdict is not cached yet: the judge call is priced on the real answer', async () => {
    ws.write({
      'responses.yaml': 'summary: "The cat sat on the mat."\n',
      'job.yaml': job('', '      - { type: contains, value: cat }'),
    });
    expect(
      (await cli(['run', '--spec', 'job.yaml', '--job-id', 'j1', '--quiet', '--cache-dir', 'cache'], { cwd: ws.dir }))
        .code,
    ).toBe(0);
    // The judge is added after the run: the step's key is unchanged (checks are not part of it), its verdict is not cached.
    ws.write({ 'job.yaml': job('', `      - { type: judge, provider: grader, rubric: "${RUBRIC}" }`) });
    const p = await plan();
    const s = p.steps[0]!;
    expect(s.cache).toBe('hit');
    const q = judgePrompt({ rubric: RUBRIC, candidate: 'The cat sat on the mat.' });
    const judge = (o200k(q.system + q.prompt) * JUDGE_IN + ANSWER * JUDGE_OUT) / 1e6;
    expect(s.checks![0]).toMatchObject({ calls: 1, cached: 0 });
    expect(s.cost_usd).toBeCloseTo(judge, 10);
    expect(p.totals.cost_usd).toBeCloseTo(judge, 10);
  });

  it('similar with metric embedding: one embeddings request a sample at the embedding model price', async () => {
    ws.write({
      'job.yaml': job(
        '    samples: 3\n',
        `      - { type: similar, metric: embedding, provider: emb, model: text-embedding-3-small, reference: "${REFERENCE}", min: 0.5 }`,
      ),
    });
    const p = await plan();
    const s = p.steps[0]!;
    // The candidate at the expected answer length and the reference, in cl100k_base (text-embedding-3-small's encoding).
    const perCall = ANSWER + cl100k(REFERENCE);
    expect(s.checks).toEqual([
      expect.objectContaining({ kind: 'embedding', provider: 'emb', calls: 3, calls_max: 3, input_tokens: perCall }),
    ]);
    expect(s.checks![0]!.cost_usd).toBeCloseTo((3 * perCall * EMBED_IN) / 1e6, 12);
    const answer = (s.input_tokens * STEP_IN + ANSWER * STEP_OUT) / 1e6;
    expect(p.totals.cost_usd).toBeCloseTo(3 * answer + (3 * perCall * EMBED_IN) / 1e6, 10);
    expect(p.totals.checks).toMatchObject({ embedding_calls: 3, judge_calls: 0, unpriced: 0 });
  });

  it('an embedding model without a known price is listed as unpriced', async () => {
    ws.write({
      'job.yaml': job(
        '',
        `      - { type: similar, metric: embedding, provider: emb, model: made-up-embedder, reference: "${REFERENCE}", min: 0.5 }`,
      ),
    });
    const p = await plan();
    expect(p.steps[0]!.checks![0]).toMatchObject({ kind: 'embedding', calls: 1 });
    expect(p.steps[0]!.checks![0]!.cost_usd).toBeUndefined();
    expect(p.totals.checks).toMatchObject({ embedding_calls: 1, unpriced: 1 });
  });
});
