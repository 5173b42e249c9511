/**
 * No value ever becomes shell text (docs/reference.md, "Values in commands"): items, inputs and
 * upstream answers in a command's `run` (a step's or a command check's) reach the shell as
 * environment variables, in plain and fanned-out command steps alike, and `validate` refuses a
 * template that stands where it cannot be passed safely. Through the real CLI.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workspace } from '../helpers/workspace.js';
import { runSync, snapshotCli, type CliBin } from '../cli/snapshot-bin.js';
import { commandTemplateProblems, compileCommandTemplate } from '../../src/jobspec/command-template.js';

let bin: CliBin;
beforeAll(() => {
  bin = snapshotCli();
});
afterAll(() => bin.cleanup());

const HOSTILE = ['$(touch PWNQ)', '"; touch PWNR; "', '`touch PWNB`', "'; touch PWNS; '", 'a\nb; touch PWNN'];

function spec(steps: string, inputs = ''): string {
  return `version: 2
name: inj
defaults: { provider: offline, concurrency: 1, retries: 0 }
providers:
  offline: { type: replay, responses: responses.yaml }
${inputs}steps:
${steps}`;
}

describe('values in commands stay data', () => {
  let ws: Workspace;
  afterEach(() => ws.cleanup());

  test('a hostile for_each item inside double quotes, outside quotes and in a check is written, not run', () => {
    ws = new Workspace({
      'job.yaml': spec(
        `  files:
    for_each: "{{ inputs.list }}"
    run: 'echo "file: {{ item }}" >> out.txt; printf "%s\\n" {{ item }} >> out.txt'
    checks: [{ type: command, run: 'test "{{ item }}" = "$ORCHESTRATOR_ITEM"' }]
`,
        `inputs:\n  list: ${JSON.stringify(JSON.stringify(HOSTILE))}\n`,
      ),
      'responses.yaml': '{}\n',
    });
    const r = runSync(bin.bin, ['run', '--spec', 'job.yaml', '--job-id', 'r1', '--no-cache'], ws.dir);
    expect(r.stderr).not.toMatch(/E_INTERNAL/);
    expect(r.status).toBe(0);
    const outputs = ws.path('runs', 'r1', 'outputs');
    for (const f of ['PWNQ', 'PWNR', 'PWNB', 'PWNS', 'PWNN']) expect(existsSync(join(outputs, f))).toBe(false);
    // Each instance wrote its item verbatim, twice (one instance at a time: concurrency 1).
    const text = readFileSync(join(outputs, 'out.txt'), 'utf8');
    expect(text).toBe(HOSTILE.map((h) => `file: ${h}\n${h}\n`).join(''));
  });

  test('inputs and upstream answers in a fanned-out and in a plain command step are values, not code', () => {
    ws = new Workspace({
      'job.yaml': spec(
        `  a:
    prompt: say it
  fan:
    needs: [a]
    for_each: '["one"]'
    run: echo {{ item }} {{ inputs.x }} {{ steps.a.output }} > fan.txt
  plain:
    needs: [a]
    run: echo "{{ inputs.x }}" {{ steps.a.output }} > plain.txt
`,
        'inputs:\n  x: "$(touch P1)"\n',
      ),
      'responses.yaml': 'a: "$(touch P2); `touch P3`"\n',
    });
    const r = runSync(bin.bin, ['run', '--spec', 'job.yaml', '--job-id', 'r2', '--no-cache'], ws.dir);
    expect(r.status).toBe(0);
    const outputs = ws.path('runs', 'r2', 'outputs');
    for (const f of ['P1', 'P2', 'P3']) expect(existsSync(join(outputs, f))).toBe(false);
    expect(readFileSync(join(outputs, 'fan.txt'), 'utf8')).toBe('one $(touch P1) $(touch P2); `touch P3`\n');
    // Plain steps render their templates now (they were passed to the shell as literal braces).
    expect(readFileSync(join(outputs, 'plain.txt'), 'utf8')).toBe('$(touch P1) $(touch P2); `touch P3`\n');
  });

  test('validate reports a template inside single quotes with FILE:LINE:COL and a hint, exit 2', () => {
    ws = new Workspace({
      'job.yaml': spec(
        `  files:
    for_each: '["a"]'
    run: "echo 'file: {{ item }}' > out.txt"
  p:
    run: "cat <<EOF\\n{{ inputs.x }}\\nEOF"
`,
        'inputs:\n  x: hi\n',
      ),
      'responses.yaml': '{}\n',
    });
    const r = runSync(bin.bin, ['validate', '--spec', 'job.yaml'], ws.dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/job\.yaml:\d+:\d+: .*\{\{ item \}\} inside single quotes/);
    expect(r.stderr).toMatch(/--arg|outside the single quotes/);
    expect(r.stderr).toMatch(/job\.yaml:\d+:\d+: .*here-document/);
    // The run refuses it as well, before any step runs.
    const run = runSync(bin.bin, ['run', '--spec', 'job.yaml', '--no-cache'], ws.dir);
    expect(run.status).toBe(2);
  });

  test('a cached templated command step keys on the values it passes', () => {
    ws = new Workspace({
      'job.yaml': spec(
        `  c:
    run: echo "{{ inputs.x }}" > c.txt
    cache: true
    outputs: [{ path: c.txt }]
`,
        'inputs:\n  x: one\n',
      ),
      'responses.yaml': '{}\n',
    });
    const run = (id: string, x: string) =>
      runSync(bin.bin, ['run', '--spec', 'job.yaml', '--job-id', id, '--input', `x=${x}`], ws.dir);
    expect(run('k1', 'one').status).toBe(0);
    expect(run('k2', 'two').status).toBe(0);
    expect(ws.read('runs', 'k2', 'outputs', 'c.txt')).toBe('two\n');
    expect(run('k3', 'two').status).toBe(0);
    expect(ws.manifest('k3').steps['c']!.cache).toBe('hit');
  });
});

describe('command templates (unit)', () => {
  test('references become variable expansions fitting their quoting', () => {
    const c = compileCommandTemplate(
      'echo "file: {{ item }}" {{ item.name }}-x {{ steps.a-b.output }} # {{ inputs.my-in }}',
    );
    expect(c.command).toBe(
      'echo "file: ${ORCHESTRATOR_ITEM}" "${ORCHESTRATOR_ITEM_NAME}"-x "${ORCHESTRATOR_STEP_A_B_OUTPUT}" # "${ORCHESTRATOR_INPUT_MY_IN}"',
    );
    expect(c.bindings.map((b) => b.name)).toEqual([
      'ORCHESTRATOR_ITEM',
      'ORCHESTRATOR_ITEM_NAME',
      'ORCHESTRATOR_STEP_A_B_OUTPUT',
      'ORCHESTRATOR_INPUT_MY_IN',
    ]);
  });

  test('names that would clash get distinct variables; the engine’s own names are never taken', () => {
    const c = compileCommandTemplate('echo {{ item.a_b }} {{ item.a.b }} {{ item.key }}');
    expect(c.bindings.map((b) => b.name)).toEqual([
      'ORCHESTRATOR_ITEM_A_B',
      'ORCHESTRATOR_ITEM_A_B_2',
      'ORCHESTRATOR_ITEM_KEY_2',
    ]);
  });

  test.each([
    ["echo '{{ item }}'", 'single quotes'],
    ["echo $'{{ item }}'", "$'"],
    ['echo `cat {{ item }}`', 'backquotes'],
    ['echo ${X:-{{ item }}}', '${'],
    ['echo $(( {{ item }} + 1 ))', '$(('],
    ['cat <<EOF\n{{ item }}\nEOF', 'here-document'],
    ['echo "$(echo \'{{ item }}\')"', 'single quotes'],
  ])('%s is refused', (run, where) => {
    const problems = commandTemplateProblems(run);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain(where);
  });

  test.each([
    'echo "$(cat {{ item }})"',
    "echo 'it''s' {{ item }}",
    "echo \\'{{ item }}",
    'cat <<< "{{ item }}"',
    'echo "a \\" {{ item }}"',
    'f() { echo {{ item }}; }; f',
  ])('%s is accepted', (run) => {
    expect(commandTemplateProblems(run)).toEqual([]);
  });
});
