/**
 * A command that prints a key (here one passed through on purpose) must not get it into
 * the cache entry (which the action saves to actions/cache), its declared outputs, the logs or
 * the events; the passthrough itself works.
 */
import { cli, replaySpec, Workspace } from '../helpers/workspace.js';
import { allFiles, leaks } from './secret-grep.js';

const KEY = 'gw-passthrough-key-31415926';

test('command output carrying a key is redacted before the cache, the outputs and the logs', async () => {
  const ws = new Workspace({
    'responses.yaml': 'a: "x"\n',
    'job.yaml': replaySpec(
      'cmdcache',
      {
        leak: 'run: "echo $GW_KEY; printf \'%s\' \\"$GW_KEY\\" | base64; echo $GW_KEY > out.txt"\nenv_passthrough: [GW_KEY]\noutputs: [{ path: out.txt }]\ncache: true',
      },
      'providers:\n  gw: { type: openai-compatible, model: m, base_url: "http://127.0.0.1:9/v1", api_key_env: GW_KEY }\n',
    ).replace(/providers:\n {2}gw:/, '  gw:'),
  });
  try {
    const r = await cli(['run', '--spec', 'job.yaml', '--job-id', 'c1', '--cache-dir', 'cache', '--quiet'], {
      cwd: ws.dir,
      env: { GW_KEY: KEY },
    });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(ws.read('runs', 'c1', 'outputs', 'out.txt')).toBe('***\n');
    const cache = allFiles(ws.path('cache'));
    expect(cache.length).toBeGreaterThan(0);
    expect(leaks(KEY, [...cache, ...allFiles(ws.path('runs'))])).toEqual([]);
  } finally {
    ws.cleanup();
  }
});
