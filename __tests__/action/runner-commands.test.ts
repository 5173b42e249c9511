import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runnerCore, workflowCommand } from '../../src/action/runner-commands.js';
import { StepLogGroups } from '../../src/action/log-groups.js';
import type { OrchestratorEvent } from '../../src/events/types.js';
import { FakeCore } from './fake-core.js';

const dir = mkdtempSync(join(tmpdir(), 'orch-runner-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('runner protocol', () => {
  it('escapes annotation data and properties like @actions/core', () => {
    expect(workflowCommand('error', { title: 'step a: failed, 50%' }, 'line1\nline2 100%')).toBe(
      '::error title=step a%3A failed%2C 50%25::line1%0Aline2 100%25',
    );
  });

  it('reads INPUT_* (hyphens kept, upper-cased), writes outputs and the summary to their files', async () => {
    const out = join(dir, 'out');
    const sum = join(dir, 'sum');
    writeFileSync(out, '');
    writeFileSync(sum, '');
    const lines: string[] = [];
    const core = runnerCore({ 'INPUT_RUNS-DIR': ' runs2 ', GITHUB_OUTPUT: out, GITHUB_STEP_SUMMARY: sum }, (l) =>
      lines.push(l),
    );
    expect(core.getInput('runs-dir')).toBe('runs2');
    expect(core.getInput('spec')).toBe('');
    core.setOutput('failed-steps', '["a"]\nsecond line');
    await core.appendSummary('## hi');
    expect(readFileSync(out, 'utf8')).toMatch(/^failed-steps<<(ghadelimiter_[0-9a-f-]+)\n\["a"\]\nsecond line\n\1\n$/);
    expect(readFileSync(sum, 'utf8')).toBe('## hi\n');
    core.setSecret('s3cret');
    core.startGroup('✓ a');
    core.endGroup();
    expect(lines).toEqual(['::add-mask::s3cret', '::group::✓ a', '::endgroup::']);
    const before = process.exitCode;
    core.setFailed('boom');
    expect(process.exitCode).toBe(1);
    process.exitCode = before;
  });
});

describe('step log groups', () => {
  const ev = (type: string, step_id?: string, data: Record<string, unknown> = {}): OrchestratorEvent => ({
    ts: '2025-01-02T03:04:05.678Z',
    seq: 1,
    level: 'info',
    job_id: 'j',
    type,
    step_id,
    trace_id: 't',
    span_id: 's',
    data,
  });

  it('prints one group per finished step even when steps interleave', () => {
    const core = new FakeCore();
    const g = new StepLogGroups(core);
    g.onEvent(ev('step.started', 'a'));
    g.onEvent(ev('step.started', 'b'));
    g.onEvent(ev('llm.response', 'a', { provider: 'p', duration_ms: 12 }));
    g.onEvent(ev('step.failed', 'b', { duration_ms: 2500 }));
    g.onEvent(ev('step.succeeded', 'a', { cache: 'hit', duration_ms: 3 }));
    g.onEvent(ev('step.skipped', 'c', { reason: 'upstream_failed' }));
    expect(core.groups).toEqual(['✗ b in 2.5 s', '✓ a (cache hit) in 0.0 s']); // FakeCore throws on nesting
    expect(core.logs).toContain('03:04:05.678 llm.response provider=p duration_ms=12');
    expect(core.logs).toContain('⏭ c skipped (upstream_failed)');
  });
});

describe('runner protocol (2.1)', () => {
  it('annotations carry end line and columns, named as @actions/core names them', () => {
    const lines: string[] = [];
    runnerCore({}, (l) => lines.push(l)).error('bad key', {
      title: 'spec',
      file: 'ci/job.yaml',
      startLine: 3,
      endLine: 3,
      startColumn: 8,
      endColumn: 12,
    });
    expect(lines).toEqual(['::error title=spec,file=ci/job.yaml,line=3,endLine=3,col=8,endColumn=12::bad key']);
  });

  it("getIDToken asks the runner's OIDC endpoint for the audience and masks the token", async () => {
    const { createServer } = await import('node:http');
    const seen: Array<{ url?: string; auth?: string }> = [];
    const server = createServer((req, res) => {
      seen.push({ url: req.url, auth: req.headers.authorization });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ value: 'eyJ.oidc.jwt-value' }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const port = (server.address() as { port: number }).port;
      const lines: string[] = [];
      const core = runnerCore(
        {
          ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${port}/token?api-version=2.0`,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'req-tok',
        },
        (l) => lines.push(l),
      );
      expect(await core.getIDToken!('sts.amazonaws.com')).toBe('eyJ.oidc.jwt-value');
      expect(seen).toEqual([{ url: '/token?api-version=2.0&audience=sts.amazonaws.com', auth: 'Bearer req-tok' }]);
      expect(lines).toEqual(['::add-mask::eyJ.oidc.jwt-value']);
      await expect(runnerCore({}, () => undefined).getIDToken!()).rejects.toThrow(/id-token: write/);
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });
});
