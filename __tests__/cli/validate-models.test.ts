/** `validate` warns (never errors) about hosted model names the price registry does not know. */
import { Workspace, cli } from '../helpers/workspace.js';

const SPEC = `version: 2
name: models
providers:
  good: { type: openai, model: gpt-4o-mini }
  typo: { type: anthropic, model: claude-sonet-4-5 }
  local: { type: ollama, model: my-own-finetune }
  compat: { type: openai-compatible, model: whatever-7b, base_url: "http://127.0.0.1:8080/v1" }
  r: { type: replay, responses: r.yaml, model: made-up }
defaults: { provider: r }
steps:
  s: { prompt: "hi" }
`;

describe('validate: unknown model names', () => {
  let ws: Workspace;
  beforeEach(() => (ws = new Workspace({ 'job.yaml': SPEC, 'r.yaml': 's: ok\n' })));
  afterEach(() => ws.cleanup());

  it('one warning line with FILE:LINE:COL for the hosted typo only; exit 0', async () => {
    const r = await cli(['validate', '--spec', 'job.yaml'], { cwd: ws.dir });
    expect(r.code).toBe(0);
    const warnings = r.stderr.split('\n').filter((l) => l.startsWith('warning:'));
    expect(warnings).toHaveLength(1);
    // line 5, the value after `model: ` (column 35)
    expect(warnings[0]).toMatch(
      /^warning: \S*job\.yaml:5:35: model claude-sonet-4-5 of provider typo \(anthropic\) is unknown to the price registry/,
    );
    expect(r.stderr).not.toMatch(/my-own-finetune|whatever-7b|made-up|gpt-4o-mini/);
    expect(r.stdout).toContain('is a valid job spec');
  });

  it('a spec price for the unknown model silences the warning', async () => {
    ws.write({
      'job.yaml': SPEC.replace(
        'model: claude-sonet-4-5 }',
        'model: claude-sonet-4-5, price: { input_per_mtok: 3, output_per_mtok: 15 } }',
      ),
    });
    const r = await cli(['validate', '--spec', 'job.yaml'], { cwd: ws.dir });
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('warning');
  });

  it('--json carries the warnings; -q silences stderr', async () => {
    const j = await cli(['validate', '--spec', 'job.yaml', '--json'], { cwd: ws.dir });
    expect(j.code).toBe(0);
    const out = JSON.parse(j.stdout);
    expect(out.valid).toBe(true);
    expect(out.warnings).toEqual([
      expect.stringMatching(/job\.yaml:5:35: model claude-sonet-4-5 of provider typo \(anthropic\) is unknown/),
    ]);
    const q = await cli(['validate', '--spec', 'job.yaml', '-q'], { cwd: ws.dir });
    expect(q.code).toBe(0);
    expect(q.stderr).not.toContain('warning');
  });
});
