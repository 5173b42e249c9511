/** A `tpm` below one call's tokens would space calls more than a minute apart, silently: validate refuses it. */
import { cli, Workspace } from '../helpers/workspace.js';
import { oneProviderSpec } from '../helpers/one-provider-spec.js';

const spec = oneProviderSpec;

describe('rate_limit.tpm smaller than one call', () => {
  let ws: Workspace;
  beforeEach(() => (ws = new Workspace({ 'r.yaml': 'a: ok\n' })));
  afterEach(() => ws.cleanup());

  it('tpm 10 without max_tokens: exit 2 naming the provider, the limit and why', async () => {
    ws.write({ 'job.yaml': spec('{ type: replay, responses: r.yaml, rate_limit: { tpm: 10 } }') });
    const v = await cli(['validate', '--spec', 'job.yaml'], { cwd: ws.dir });
    expect(v.code).toBe(2);
    expect(v.stderr).toMatch(/provider "p": rate_limit\.tpm 10 is less than the 1000 tokens one call is counted for/);
    const r = await cli(['run', '--spec', 'job.yaml', '-q'], { cwd: ws.dir });
    expect(r.code).toBe(2);
  });

  it('tpm below max_tokens is refused; a tpm that holds one call is accepted', async () => {
    ws.write({
      'job.yaml': spec(
        '{ type: openai, model: gpt-4o-mini, options: { max_tokens: 4000 }, rate_limit: { tpm: 3000 } }',
      ),
    });
    const v = await cli(['validate', '--spec', 'job.yaml'], { cwd: ws.dir });
    expect(v.code).toBe(2);
    expect(v.stderr).toMatch(/tpm 3000 is less than the 4000 tokens/);
    ws.write({ 'job.yaml': spec('{ type: replay, responses: r.yaml, rate_limit: { tpm: 30000 } }') });
    expect((await cli(['validate', '--spec', 'job.yaml'], { cwd: ws.dir })).code).toBe(0);
  });
});
