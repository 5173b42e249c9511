/**
 * A run that stops early says why and prints the exact command that continues it: the budget's
 * spend vs its limit, and a resume command with the `--input` flags the job needs (inputs are not
 * stored in the run folder), never a secret.
 */
import { Workspace, cli } from '../helpers/workspace.js';

const answer = 'y'.repeat(40); // 10 tokens; 1000 USD/Mtok each way = about $0.011 a step
const spec = `version: 2
name: bud
inputs:
  topic: { required: true }
  token: { required: true }
defaults: { provider: r, concurrency: 1, retries: 0 }
providers:
  r: { type: replay, responses: r.yaml, price: { input_per_mtok: 1000, output_per_mtok: 1000 } }
steps:
  a: { prompt: "go {{ inputs.topic }}", outputs: [{ path: a.txt }] }
  b: { needs: [a], prompt: "go {{ inputs.token }}", outputs: [{ path: b.txt }] }
  c: { needs: [b], prompt: "go", outputs: [{ path: c.txt }] }
`;

/** Splits a printed POSIX command line (single quotes only, as the CLI prints them). */
function shellWords(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(/'((?:[^']|'\\'')*)'|(\S+)/g))
    out.push(m[1] !== undefined ? m[1].replace(/'\\''/g, "'") : m[2]!);
  return out;
}

describe('stop reasons and resume commands', () => {
  let ws: Workspace;
  const secret = 'sk-test-abcdefghijklmnop0123456789';
  beforeEach(
    () =>
      (ws = new Workspace({
        'job.yaml': spec,
        'r.yaml': `a: "${answer}"\nb: "${answer}"\nc: "${answer}"\n`,
        'tok.txt': 'from a file',
      })),
  );
  afterEach(() => ws.cleanup());

  it('a budget stop prints the reason, the spend vs the budget and a resume command that works', async () => {
    const first = await cli(
      [
        'run',
        '--spec',
        'job.yaml',
        '--job-id',
        'r1',
        '--budget-usd',
        '0.01',
        '--input',
        'topic=notes app',
        '--input',
        'token=@tok.txt',
      ],
      {
        cwd: ws.dir,
      },
    );
    expect(first.code).toBe(1);
    expect(first.stdout).toMatch(/budget reached: \$0\.01\d* spent of the \$0\.01\d* budget/);
    expect(first.stdout).toMatch(/2 steps not started \(budget_exceeded\)/);
    const line = first.stdout.split('\n').find((l) => l.includes('--resume'));
    expect(line).toBeDefined();
    const words = shellWords(line!.slice(line!.indexOf('orchestrator run')));
    expect(words.slice(0, 6)).toEqual(['orchestrator', 'run', '--spec', 'job.yaml', '--resume', 'r1']);
    expect(words).toContain('--budget-usd');
    expect(words).toContain('topic=notes app');
    expect(words).toContain('token=@tok.txt');
    // The printed command, run as printed (with a budget large enough), finishes the job.
    const i = words.indexOf('--budget-usd');
    words[i + 1] = '1';
    const second = await cli(words.slice(1), { cwd: ws.dir });
    expect(second.stderr).not.toContain('E_INPUT_REQUIRED');
    expect(second.code).toBe(0);
  });

  it('a secret value never appears in the hint: a placeholder does', async () => {
    const r = await cli(
      [
        'run',
        '--spec',
        'job.yaml',
        '--job-id',
        'r2',
        '--budget-usd',
        '0.01',
        '--input',
        'topic=x',
        '--input',
        `token=${secret}`,
      ],
      {
        cwd: ws.dir,
        env: { OPENAI_API_KEY: secret },
      },
    );
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).not.toContain(secret);
    expect(r.stdout).toMatch(/--input topic=x --input 'token=\.\.\.'|--input topic=x --input token=\.\.\./);
    expect(r.stdout).toMatch(/replace .*token=\.\.\./);
  });
});
