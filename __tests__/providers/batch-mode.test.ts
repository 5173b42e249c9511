/**
 * Batch mode against strict loopback emulators of OpenAI Batch and Anthropic Message Batches:
 * ready calls go out as one batch, results come back by custom id, every rate is halved, and a
 * run that stops before the batch ends (batch_wait_s, or a kill) re-attaches on --resume and
 * never submits a call twice.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runJob } from '../../src/engine/run.js';
import { loadSpecFromString } from '../../src/jobspec/load.js';
import { readManifest } from '../../src/run/run-folder.js';
import { readEventsSync } from '../../src/events/reader.js';
import { startBatchServer, type BatchServer } from '../helpers/batch-servers.js';
import { Workspace } from '../helpers/workspace.js';
import { runAsync, snapshotCli, type CliBin } from '../cli/snapshot-bin.js';

let server: BatchServer;
let ws: Workspace;
beforeEach(async () => {
  server = await startBatchServer({ answer: (id) => `answer for ${id}` });
  ws = new Workspace();
});
afterEach(async () => {
  await server.close();
  ws.cleanup();
});

const ENV = {
  OPENAI_API_KEY: 'sk-batch-test-0123456789',
  ANTHROPIC_API_KEY: 'sk-ant-batch-test-0123456789',
  ORCHESTRATOR_BATCH_POLL_MS: '20',
};

function spec(type: 'openai' | 'anthropic', extra = ''): string {
  const model = type === 'openai' ? 'gpt-4o-mini' : 'claude-sonnet-4-5';
  return `version: 2
name: nightly
defaults: { provider: b, retries: 0 }
providers:
  b: { type: ${type}, model: ${model}, base_url: "${server.origin}/v1", batch: true, price: { input_per_mtok: 2, output_per_mtok: 8 }${extra} }
steps:
  one: { prompt: "first task, described at some length", outputs: [{ path: one.txt }] }
  two: { prompt: "second task", outputs: [{ path: two.txt }] }
  three: { prompt: "third task, the longest description of the three", outputs: [{ path: three.txt }] }
  after: { needs: [one], prompt: "follow up on {{ steps.one.output }}", outputs: [{ path: after.txt }] }
`;
}

async function run(yaml: string, more: { resume?: string; jobId?: string } = {}) {
  const loaded = await loadSpecFromString(yaml, ws.path('job.yaml'), ws.dir);
  const result = await runJob({
    loaded,
    runsDir: ws.path('runs'),
    env: ENV,
    cache: null,
    ...(more.resume ? { resume: true, jobId: more.resume } : {}),
    ...(more.jobId ? { jobId: more.jobId } : {}),
  });
  const runDir = join(ws.path('runs'), result.jobId);
  return {
    result,
    manifest: await readManifest(runDir),
    events: readEventsSync(join(runDir, 'events.jsonl')).events,
    runDir,
  };
}

describe.each(['openai', 'anthropic'] as const)('%s batch', (type) => {
  test('ready calls go out as one batch, answers come back by custom id, and cost half of every rate', async () => {
    const { result, manifest, events } = await run(spec(type));
    expect(result.status).toBe('succeeded');
    // one, two and three are ready together; after waits for one: two batches.
    expect(server.batches.map((b) => b.customIds.length)).toEqual([3, 1]);
    expect([...server.submissions.values()].every((n) => n === 1)).toBe(true);
    const submittedEv = events.filter((e) => e.type === 'batch.submitted');
    expect(submittedEv.map((e) => (e.data as { batch_id: string }).batch_id)).toEqual(server.batches.map((b) => b.id));
    expect(events.filter((e) => e.type === 'batch.completed')).toHaveLength(2);
    // Each step's output is its own answer (results arrive out of order).
    const ids = server.batches.flatMap((b) => b.customIds);
    const texts = ['one', 'two', 'three', 'after'].map((s) =>
      readFileSync(join(result.outputsDir, `${s}.txt`), 'utf8'),
    );
    expect(new Set(texts).size).toBe(4);
    for (const t of texts) expect(ids.map((i) => `answer for ${i}`)).toContain(t);
    // Half of 2 / 8 USD per MTok on what the server reported.
    const expected = Object.values(manifest.steps).reduce(
      (a, s) => a + (s.usage.input_tokens * 1 + s.usage.output_tokens * 4) / 1e6,
      0,
    );
    expect(manifest.totals.cost_usd).toBeCloseTo(expected, 10);
    expect(manifest.totals.cost_usd).toBeGreaterThan(0);
    // The key never reaches the log.
    expect(JSON.stringify(events)).not.toContain('batch-test-0123456789');
  });

  test('past batch_wait_s the run stops interrupted; --resume re-attaches and submits no call twice', async () => {
    server.hold = true;
    const first = await run(spec(type, ', batch_wait_s: 0.3'), { jobId: `wait-${type}` });
    expect(first.result.status).toBe('interrupted');
    expect(first.manifest.status).toBe('interrupted');
    expect(first.events.some((e) => e.type === 'job.interrupted')).toBe(true);
    // The steps waiting on the batch are pending, not failed.
    expect(first.manifest.steps.one!.status).toBe('pending');
    expect(server.batches).toHaveLength(1);

    server.hold = false;
    const second = await run(spec(type, ', batch_wait_s: 30'), { resume: `wait-${type}` });
    expect(second.result.status).toBe('succeeded');
    // one, two, three from the first batch (re-attached), after in a second one.
    expect(server.batches.map((b) => b.customIds.length)).toEqual([3, 1]);
    expect([...server.submissions.values()]).toEqual([1, 1, 1, 1]);
  });
});

test('openai: a run killed between the submission and its record finds the batch by its metadata', async () => {
  server.hold = true;
  const first = await run(spec('openai', ', batch_wait_s: 0.3'), { jobId: 'lost-record' });
  expect(first.result.status).toBe('interrupted');
  // As if the process died before writing batch.submitted: the record is gone.
  const file = join(first.runDir, 'events.jsonl');
  writeFileSync(
    file,
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => !l.includes('"batch.submitted"'))
      .join('\n'),
  );
  expect(server.batches[0]!.metadata).toMatchObject({ orchestrator_job: 'lost-record', orchestrator_provider: 'b' });
  server.hold = false;
  const second = await run(spec('openai', ', batch_wait_s: 30'), { resume: 'lost-record' });
  expect(second.result.status).toBe('succeeded');
  expect([...server.submissions.values()].every((n) => n === 1)).toBe(true);
  expect(
    second.events.some(
      (e) => e.type === 'batch.submitted' && (e.data as { found_by?: string }).found_by === 'metadata',
    ),
  ).toBe(true);
});

describe('through the CLI', () => {
  let bin: CliBin;
  beforeAll(() => (bin = snapshotCli()));
  afterAll(() => bin.cleanup());

  test('kill -9 while a batch is at the provider, then --resume: each call submitted once', async () => {
    server.hold = true;
    ws.write({ 'job.yaml': spec('anthropic') });
    const env = { ...ENV, HOME: ws.dir };
    const proc = runAsync(bin.bin, ['run', '--spec', 'job.yaml', '--job-id', 'k9', '-q', '--no-cache'], ws.dir, {
      env,
    });
    // Wait until the submission is on record, then kill the process outright.
    const events = ws.path('runs', 'k9', 'events.jsonl');
    for (let i = 0; i < 400 && !(existsSync(events) && readFileSync(events, 'utf8').includes('"batch.submitted"')); i++)
      await new Promise((r) => setTimeout(r, 25));
    proc.child.kill('SIGKILL');
    await proc.done;
    expect(server.batches).toHaveLength(1);
    server.hold = false;
    // Async: the emulator answers from this process, which a sync spawn would block.
    const resumed = await runAsync(
      bin.bin,
      ['run', '--spec', 'job.yaml', '--resume', 'k9', '-q', '--no-cache'],
      ws.dir,
      { env },
    ).done;
    expect(resumed.code).toBe(0);
    expect([...server.submissions.values()]).toEqual([1, 1, 1, 1]);
  });

  test('past batch_wait_s the CLI exits 75 and prints the command that collects the results', async () => {
    server.hold = true;
    ws.write({ 'job.yaml': spec('openai', ', batch_wait_s: 0.2') });
    const r = await runAsync(bin.bin, ['run', '--spec', 'job.yaml', '--job-id', 'later', '-q', '--no-cache'], ws.dir, {
      env: ENV,
    }).done;
    expect(r.code).toBe(75);
    expect(r.stderr).toContain('--resume later');
    expect(ws.manifest('later').status).toBe('interrupted');
  });
});

test('the emulator speaks the protocol the AI SDK batch client expects', async () => {
  const { createOpenAI } = await import('@ai-sdk/openai');
  const {
    experimental_startBatch: startBatch,
    experimental_getBatchStatus: getBatchStatus,
    experimental_getBatchResults: getBatchResults,
  } = await import('ai');
  const provider = createOpenAI({ apiKey: 'sk-x', baseURL: `${server.origin}/v1` });
  const started = await startBatch({
    provider,
    requests: [{ id: 'req-1', type: 'text', model: 'gpt-4o-mini', prompt: 'hello' }],
  });
  let status = await getBatchStatus({ provider, batch: started });
  for (let i = 0; i < 5 && status.status === 'pending'; i++)
    status = await getBatchStatus({ provider, batch: started });
  expect(status.status).toBe('completed');
  const results = [];
  for await (const r of getBatchResults({ provider, batch: started })) results.push(r);
  expect(results).toMatchObject([{ id: 'req-1', status: 'succeeded', text: 'answer for req-1' }]);
});

test('the Anthropic side speaks the protocol the AI SDK batch client expects', async () => {
  const { createAnthropic } = await import('@ai-sdk/anthropic');
  const {
    experimental_startBatch: startBatch,
    experimental_getBatchStatus: getBatchStatus,
    experimental_getBatchResults: getBatchResults,
  } = await import('ai');
  const provider = createAnthropic({ apiKey: 'sk-ant-x', baseURL: `${server.origin}/v1` });
  const started = await startBatch({
    provider,
    requests: [{ id: 'req-a', type: 'text', model: 'claude-sonnet-4-5', prompt: 'hello', maxOutputTokens: 100 }],
  });
  let status = await getBatchStatus({ provider, batch: started });
  for (let i = 0; i < 5 && status.status === 'pending'; i++)
    status = await getBatchStatus({ provider, batch: started });
  expect(status.status).toBe('completed');
  const results = [];
  for await (const r of getBatchResults({ provider, batch: started })) results.push(r);
  expect(results).toMatchObject([{ id: 'req-a', status: 'succeeded', text: 'answer for req-a' }]);
});

test('validate refuses batch on a provider without a batch API, and batch_wait_s without batch', async () => {
  const yaml = `version: 2
name: v
providers:
  o: { type: ollama, model: llama3, batch: true }
  p: { type: openai, model: gpt-4o-mini, batch_wait_s: 10 }
steps:
  a: { provider: o, prompt: hi }
  b: { provider: p, prompt: hi }
`;
  const err = await loadSpecFromString(yaml, ws.path('job.yaml'), ws.dir).then(
    () => undefined,
    (e: unknown) => e as Error,
  );
  expect(err?.message).toMatch(/job\.yaml:4:\d+: .*batch: true needs type openai or anthropic/);
  expect(err?.message).toMatch(/job\.yaml:5:\d+: .*batch_wait_s only applies with batch: true/);
});
