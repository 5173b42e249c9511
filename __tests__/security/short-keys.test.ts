/** A key too short to mask (`none`, `ollama`) is warned about once, by variable name, never by value. */
import { cli, replaySpec, Workspace } from '../helpers/workspace.js';

test('a short key variable gets one secret.unmaskable warning naming the variable', async () => {
  const ws = new Workspace({
    'responses.yaml': 'a: "the answer is nonexistent"\n',
    'job.yaml': replaySpec(
      'short',
      { a: 'prompt: "x"\noutputs: [{ path: a.txt }]' },
      'providers:\n  local: { type: openai-compatible, model: m, base_url: "http://127.0.0.1:9/v1", api_key_env: LOCAL_KEY }\n',
    )
      .replace(
        'providers:\n  offline: { type: replay, responses: responses.yaml }\n',
        'providers:\n  offline: { type: replay, responses: responses.yaml }\n',
      )
      .replace(/providers:\n {2}local:/, '  local:'),
  });
  try {
    const r = await cli(['run', '--spec', 'job.yaml', '--job-id', 's1', '--no-cache', '--quiet'], {
      cwd: ws.dir,
      env: { LOCAL_KEY: 'none' },
    });
    expect([r.code, r.stderr]).toEqual([0, '']);
    const warnings = ws.events('s1').filter((e) => e.type === 'secret.unmaskable');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ level: 'warn', data: { variable: 'LOCAL_KEY' } });
    expect(JSON.stringify(warnings[0]!.data)).not.toMatch(/"none"|: none/);
    // Not masked: masking "none" would shred the output.
    expect(ws.read('runs', 's1', 'outputs', 'a.txt')).toBe('the answer is nonexistent');
  } finally {
    ws.cleanup();
  }
});
