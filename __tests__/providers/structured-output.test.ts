/** output_schema on the wire: each HTTP provider asks for schema-constrained JSON in its protocol's own words. */
import { PATHS, startWireServer, type WireServer } from '../helpers/wire-servers.js';
import { createHttpProvider } from '../../src/providers/http.js';
import type { HttpProviderSpec } from '../../src/jobspec/schema.js';

let server: WireServer;
beforeAll(async () => {
  server = await startWireServer();
});
afterAll(async () => {
  await server.close();
});

const env = { OPENAI_API_KEY: 'sk-openai-123', ANTHROPIC_API_KEY: 'sk-ant-456' };
const schema = {
  type: 'object',
  properties: { verdict: { type: 'string', enum: ['ok', 'bad'] }, score: { type: 'number' } },
  required: ['verdict'],
};

function provider(spec: Pick<HttpProviderSpec, 'type'> & Partial<HttpProviderSpec>) {
  const base_url = spec.type === 'ollama' ? server.origin : `${server.origin}/v1`;
  return createHttpProvider('p1', { model: 'claude-sonnet-4-5', base_url, ...spec } as HttpProviderSpec, {
    baseDir: '.',
    env,
  });
}

const call = (p: ReturnType<typeof provider>) =>
  p.complete({
    stepId: 's',
    system: 'Judge.',
    prompt: 'Is it ok?',
    signal: new AbortController().signal,
    attempt: 1,
    outputSchema: schema,
  });

describe.each([false, true])('structured output (stream: %s)', (stream) => {
  test('openai sends response_format json_schema with the schema', async () => {
    server.enqueue(PATHS.openaiChat, { ok: '{"verdict":"ok"}' });
    const before = server.calls(PATHS.openaiChat).length;
    const r = await call(provider({ type: 'openai', stream }));
    expect(r.text).toBe('{"verdict":"ok"}');
    const body = server.calls(PATHS.openaiChat)[before]!.body;
    const rf = body.response_format as { type: string; json_schema: { schema: unknown; strict: boolean } };
    expect(rf.type).toBe('json_schema');
    expect(rf.json_schema.schema).toMatchObject({ properties: schema.properties, required: ['verdict'] });
    expect(rf.json_schema.strict).toBe(false);
  });

  test('anthropic forces a json tool whose input schema is the schema, and returns its input', async () => {
    server.enqueue(PATHS.anthropic, { ok: '{"verdict":"bad","score":2}' });
    const before = server.calls(PATHS.anthropic).length;
    const r = await call(provider({ type: 'anthropic', stream }));
    expect(JSON.parse(r.text)).toEqual({ verdict: 'bad', score: 2 });
    const body = server.calls(PATHS.anthropic)[before]!.body;
    const tools = body.tools as Array<{ name: string; input_schema: unknown }>;
    // The one tool, forced: `any` with a single tool leaves the model no other answer.
    expect(tools.map((t) => t.name)).toEqual(['json']);
    expect(['any', 'tool']).toContain((body.tool_choice as { type: string }).type);
    expect(tools[0]!.input_schema).toMatchObject({ properties: schema.properties });
  });

  test('ollama sends the schema as format', async () => {
    server.enqueue(PATHS.ollama, { ok: '{"verdict":"ok"}' });
    const before = server.calls(PATHS.ollama).length;
    const r = await call(provider({ type: 'ollama', stream }));
    expect(r.text).toBe('{"verdict":"ok"}');
    expect(server.calls(PATHS.ollama)[before]!.body.format).toMatchObject({ properties: schema.properties });
  });

  test('openai-compatible gets the schema as an instruction (servers differ in json_schema support)', async () => {
    server.enqueue(PATHS.openaiChat, { ok: '{"verdict":"ok"}' });
    const before = server.calls(PATHS.openaiChat).length;
    await call(provider({ type: 'openai-compatible', stream }));
    const body = server.calls(PATHS.openaiChat)[before]!.body;
    expect(body.response_format).toBeUndefined();
    expect(JSON.stringify(body.messages)).toContain('matches this JSON Schema');
    expect(JSON.stringify(body.messages)).toContain('\\"verdict\\"');
  });
});
