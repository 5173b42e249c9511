/** finish_reason: length (an answer cut off at max_tokens) is a failed check unless the step allows it. */
import { runJob } from '../../src/engine/run.js';
import { loadSpecFromString } from '../../src/jobspec/load.js';
import type { CompletionRequest, CompletionResult, Provider } from '../../src/providers/types.js';
import { Workspace } from '../helpers/workspace.js';

class CutOff implements Provider {
  readonly type = 'fake';
  readonly model = 'fake-1';
  calls = 0;
  constructor(
    readonly name: string,
    private readonly reasons: string[],
  ) {}
  identity() {
    return { type: 'fake', model: this.model };
  }
  async complete(_req: CompletionRequest): Promise<CompletionResult> {
    const finishReason = this.reasons[Math.min(this.calls, this.reasons.length - 1)]!;
    this.calls++;
    return {
      text: `half an answ (${finishReason})`,
      usage: { input_tokens: 1, output_tokens: 1 },
      finishReason,
      model: this.model,
    };
  }
}

const yaml = (step: string) => `version: 2
name: t
defaults: { provider: fake, retries: 2 }
providers:
  fake: { type: replay, responses: none.yaml }
steps:
  a: { prompt: "go", outputs: [{ path: a.txt }]${step} }
`;

describe('finish_reason: length', () => {
  let ws: Workspace;
  beforeEach(() => (ws = new Workspace()));
  afterEach(() => ws.cleanup());
  const run = async (y: string, fake: Provider) =>
    runJob({
      loaded: await loadSpecFromString(y, ws.path('job.yaml'), ws.dir),
      runsDir: ws.path('runs'),
      providers: { fake },
    });

  it('fails the step by default and writes no output', async () => {
    const res = await run(yaml(''), new CutOff('fake', ['length']));
    expect(res.status).toBe('failed');
    expect(res.manifest.steps.a!.error).toMatchObject({ code: 'E_TRUNCATED' });
    expect(res.manifest.steps.a!.error!.message).toMatch(/cut off at max_tokens/);
    const q = ws.events(res.jobId).find((e) => e.type === 'quality.failed')!;
    expect(q.data).toMatchObject({ verdicts: [{ type: 'finish_reason', passed: false }] });
  });

  it('on_fail: retry calls again and takes the complete answer', async () => {
    const fake = new CutOff('fake', ['length', 'stop']);
    const res = await run(yaml(', on_fail: retry'), fake);
    expect(res.status).toBe('succeeded');
    expect(fake.calls).toBe(2);
    expect(ws.read('runs', res.jobId, 'outputs', 'a.txt')).toBe('half an answ (stop)');
    expect(ws.events(res.jobId).find((e) => e.type === 'step.retrying')!.data).toMatchObject({ reason: 'truncated' });
  });

  it('allow_truncated: true accepts the cut-off answer', async () => {
    const res = await run(yaml(', allow_truncated: true'), new CutOff('fake', ['length']));
    expect(res.status).toBe('succeeded');
  });
});
