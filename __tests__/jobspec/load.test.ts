import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSpec, loadSpecFromString } from '../../src/jobspec/load.js';
import { formatSpecIssue, SpecError, UsageError } from '../../src/util/errors.js';
import { cleanup, HEADER, issuesOf, issueWith, posOf, tempProject } from './helpers.js';

afterEach(cleanup);

const CONTRACT_SPEC = `# yaml-language-server: $schema=./schema/job.schema.json
version: 2
name: notes-app
code_version: "1"
inputs:
  task: Build a notes API with FastAPI
defaults:
  provider: smart
  concurrency: 4
  timeout_s: 120
  retries: 3
providers:
  smart:   { type: anthropic, model: claude-sonnet-4-5 }
  fast:    { type: openai, model: gpt-4o-mini, options: { temperature: 0 },
             price: { input_per_mtok: 0.15, output_per_mtok: 0.60 } }
  local:   { type: ollama, model: llama3.1, base_url: "http://127.0.0.1:11434" }
  offline: { type: replay, responses: fixtures/notes.responses.yaml }
routes:
  cheap-first: { strategy: cost, providers: [local, fast, smart] }
circuit_breaker: { failure_threshold: 5, cooldown_s: 30 }
steps:
  architect:
    system: You are a senior software architect.
    prompt: |
      Design a minimal service for: {{ inputs.task }}
    outputs:
      - path: design.md
  builder:
    needs: [architect]
    provider: cheap-first
    prompt_file: prompts/builder.md
    outputs:
      - { path: app/main.py, extract: code }
    checks:
      - { type: contains, value: FastAPI }
      - { type: regex, value: "@app\\\\.(get|post)" }
  reviewer:
    needs: [builder]
    context: { include: ["src/**/*.ts"], max_tokens: 8000 }
    prompt: "Review this code:\\n{{ context }}"
    checks:
      - { type: is-json }
      - { type: command, run: "python3 -m py_compile {file}", timeout_s: 60 }
    on_fail: retry
  qa:
    needs: [builder]
    run: python3 -m pytest -q
    reads: [app/main.py]
    timeout_s: 300
`;

const BUILDER_PROMPT = 'Implement this design:\n{{ steps.architect.output }}\nTask: {{ inputs.task }}\n';

describe('loadSpec: a valid spec', () => {
  it('loads the contract example with defaults applied, prompts read and the file hashed', async () => {
    const dir = tempProject({ 'job.yaml': CONTRACT_SPEC, 'prompts/builder.md': BUILDER_PROMPT });
    const loaded = await loadSpec(join(dir, 'job.yaml'));
    expect(loaded.file).toBe(join(dir, 'job.yaml'));
    expect(loaded.baseDir).toBe(dir);
    expect(loaded.sha256).toBe(
      createHash('sha256')
        .update(readFileSync(join(dir, 'job.yaml')))
        .digest('hex'),
    );
    expect(loaded.prompts).toEqual({
      architect: 'Design a minimal service for: {{ inputs.task }}\n',
      builder: BUILDER_PROMPT,
      reviewer: 'Review this code:\n{{ context }}',
    });
    expect(loaded.spec.steps.architect!.outputs).toEqual([{ path: 'design.md', extract: 'text' }]);
    expect(loaded.spec.steps.qa!.needs).toEqual(['builder']);
    expect(loaded.spec.code_version).toBe('1');
    expect(loaded.spec.steps.builder!.checks[1]).toEqual({ type: 'regex', value: '@app\\.(get|post)' });
  });

  it('loads from a string, resolving prompt files against baseDir', async () => {
    const dir = tempProject({ 'prompts/builder.md': BUILDER_PROMPT });
    const loaded = await loadSpecFromString(CONTRACT_SPEC, 'job.yaml', dir);
    expect(loaded.baseDir).toBe(dir);
    expect(loaded.prompts.builder).toBe(BUILDER_PROMPT);
    expect(loaded.sha256).toBe(createHash('sha256').update(CONTRACT_SPEC).digest('hex'));
  });

  it('accepts the literal-braces escape in a prompt', async () => {
    const yaml = `${HEADER}steps:\n  a:\n    prompt: 'Use {{ "{{" }} name }} in Jinja'\n`;
    const loaded = await loadSpecFromString(yaml, 'job.yaml', tempProject({}));
    expect(loaded.prompts.a).toBe('Use {{ "{{" }} name }} in Jinja');
  });
});

describe('loadSpec: files and documents', () => {
  it('reports a missing spec file as a UsageError with code E_SPEC_FILE', async () => {
    const err = await loadSpec('/nonexistent/dir/job.yaml').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect(err).not.toBeInstanceOf(SpecError);
    expect((err as UsageError).code).toBe('E_SPEC_FILE');
    expect((err as UsageError).message).toMatch(/cannot read spec \/nonexistent\/dir\/job\.yaml: no such file/);
    expect((err as UsageError).exitCode).toBe(2);
  });

  it('reports a folder passed as the spec', async () => {
    const dir = tempProject({});
    const err = await loadSpec(dir).catch((e: unknown) => e);
    expect((err as UsageError).code).toBe('E_SPEC_FILE');
    expect((err as UsageError).message).toMatch(/folder/);
  });

  it.each([
    ['an empty file', ''],
    ['only comments', '# nothing here\n'],
  ])('says version 2 is required for %s', async (_what, text) => {
    const [issue, ...rest] = await issuesOf(text);
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ line: 1, col: 1 });
    expect(issue!.message).toMatch(/empty; version: 2 is required/);
  });

  it('rejects a document that is not a mapping', async () => {
    const issues = await issuesOf('- a\n- b\n');
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toMatch(/must be a YAML mapping .* got a list/);
  });

  it('says version: 2 is required for a version 1 spec, pointing at the value, and nothing else', async () => {
    const text = 'name: old\nversion: 1\njobs:\n  a: {}\n';
    const issues = await issuesOf(text);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 2, col: 10, path: 'version' });
    expect(issues[0]!.message).toMatch(/version: 2 is required; this spec has version 1/);
  });

  it('says version: 2 is required when version is missing', async () => {
    const issues = await issuesOf('name: x\nsteps: {}\n');
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toMatch(/missing version; version: 2 is required/);
  });

  it('reports YAML syntax errors with their position', async () => {
    const text = `${HEADER}steps:\n  a:\n    prompt: "unterminated\n`;
    const issues = await issuesOf(text);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]!.message).toMatch(/^YAML syntax error: /);
    expect(issues[0]!.line).toBeGreaterThanOrEqual(posOf(text, '"unterminated').line);
  });

  it('reports a tab-indented line at its line', async () => {
    const text = 'version: 2\nname: t\nsteps:\n\ta: { run: x }\n';
    const issues = await issuesOf(text);
    expect(issues[0]!.message).toMatch(/YAML syntax error/);
    expect(issues[0]!.line).toBe(4);
  });

  it('reports every duplicate key at the repeated key, naming the first line, together with other errors', async () => {
    const text = `${HEADER}steps:\n  b:\n    prompt: one\n    prompt: two\n    needs: [zz]\n  a:\n    run: x\n  a:\n    run: y\n`;
    const issues = await issuesOf(text);
    const dupPrompt = issueWith(issues, 'duplicate key "prompt"');
    expect(dupPrompt).toMatchObject(posOf(text, 'prompt: two'));
    expect(dupPrompt.message).toContain(`first defined on line ${posOf(text, 'prompt: one').line}`);
    const dupStep = issueWith(issues, 'duplicate key "a"');
    expect(dupStep.message).toContain(`first defined on line ${posOf(text, '  a:').line}`);
    expect({ line: dupStep.line, col: dupStep.col }).toEqual({ line: posOf(text, '  a:', 1).line, col: 3 });
    expect(issueWith(issues, 'unknown step "zz"')).toMatchObject(posOf(text, 'zz'));
  });
});

describe('loadSpec: schema problems, in human words, at the right place', () => {
  it('points at an unknown key and suggests the closest known one', async () => {
    const text = `${HEADER}steps:\n  architect:\n    prompt: hi\n  builder:\n    nedds: [architect]\n    prompt: hi\n`;
    const issues = await issuesOf(text);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toEqual({
      file: expect.stringMatching(/job\.yaml$/),
      ...posOf(text, 'nedds'),
      message: 'unknown key "nedds" in step "builder"',
      path: 'steps.builder.nedds',
      hint: 'did you mean "needs"?',
    });
    expect(formatSpecIssue(issues[0]!)).toMatch(
      /job\.yaml:10:5: unknown key "nedds" in step "builder" \(at steps\.builder\.nedds\); did you mean "needs"\?$/,
    );
  });

  it('says what type was expected and what was found', async () => {
    const text = `${HEADER.replace('{ provider: p }', '{ provider: p, concurrency: four }')}steps:\n  a: { prompt: hi }\n`;
    const issue = issueWith(await issuesOf(text), 'expected a number');
    expect(issue.message).toBe('expected a number, got string "four"');
    expect(issue).toMatchObject({ ...posOf(text, 'four'), path: 'defaults.concurrency' });
  });

  it('lists the allowed values of an enum and suggests the closest', async () => {
    const text = `${HEADER}steps:\n  a:\n    prompt: hi\n    on_fail: retyr\n`;
    const issue = issueWith(await issuesOf(text), 'expected one of');
    expect(issue.message).toBe('expected one of "fail", "retry", "fallback"; got string "retyr"');
    expect(issue.hint).toBe('did you mean "retry"?');
    expect(issue).toMatchObject(posOf(text, 'retyr'));
  });

  it('points at the parent object for a missing required key', async () => {
    const text = `version: 2\nname: t\nproviders:\n  p:\n    type: openai\ndefaults: { provider: p }\nsteps:\n  a: { prompt: hi }\n`;
    const issue = issueWith(await issuesOf(text), 'missing required key "model"');
    expect(issue.message).toBe('missing required key "model" in provider "p"');
    expect(issue).toMatchObject({ line: 4, col: 3, path: 'providers.p' });
  });

  it('names unknown provider and check types with their allowed values', async () => {
    const text = `version: 2\nname: t\nproviders:\n  p: { type: opnai, model: m }\ndefaults: { provider: p }\nsteps:\n  a:\n    prompt: hi\n    checks: [{ type: regexp, value: x }]\n`;
    const issues = await issuesOf(text);
    const prov = issueWith(issues, 'unknown provider type');
    expect(prov).toMatchObject({ ...posOf(text, 'opnai'), hint: 'did you mean "openai"?' });
    expect(prov.message).toContain('"openai-compatible"');
    const check = issueWith(issues, 'unknown check type "regexp"');
    expect(check).toMatchObject({ ...posOf(text, 'regexp'), hint: 'did you mean "regex"?' });
  });

  it('rejects invalid names and step ids at the key', async () => {
    const text = `${HEADER.replace('name: t', 'name: My Job')}steps:\n  Build_Step:\n    prompt: hi\n`;
    const issues = await issuesOf(text);
    expect(issueWith(issues, 'name must match')).toMatchObject(posOf(text, 'My Job'));
    expect(issueWith(issues, 'invalid step id "Build_Step"')).toMatchObject(posOf(text, 'Build_Step'));
  });

  it('reports a job without steps', async () => {
    const issues = await issuesOf(`${HEADER}steps: {}\n`);
    expect(issueWith(issues, 'at least one step').path).toBe('steps');
  });

  it('reports many problems of different kinds in one pass, sorted by position', async () => {
    const text = [
      'version: 2',
      'name: t',
      'defaults: { provider: p, retries: -1 }',
      'providers:',
      '  p: { type: replay, responses: r.yaml, latncy_ms: 3 }',
      'steps:',
      '  a:',
      '    needs: [b]',
      '    prompt: "{{ inputs.nope }}"',
      '  b:',
      '    needs: [a]',
      '    run: make',
      '    system: no',
      '',
    ].join('\n');
    const issues = await issuesOf(text);
    const lines = issues.map((i) => i.line);
    expect(lines).toEqual([...lines].sort((x, y) => x - y));
    expect(issueWith(issues, 'must be at least 0')).toMatchObject(posOf(text, '-1'));
    expect(issueWith(issues, 'unknown key "latncy_ms"')).toMatchObject({
      ...posOf(text, 'latncy_ms'),
      hint: 'did you mean "latency_ms"?',
    });
    expect(issueWith(issues, 'dependency cycle: a -> b -> a')).toMatchObject(posOf(text, 'b]'));
    expect(issueWith(issues, 'undeclared input "nope"')).toMatchObject(posOf(text, '{{ inputs.nope }}'));
    expect(issueWith(issues, 'system is not allowed on a command step')).toMatchObject(posOf(text, 'system'));
    expect(issues).toHaveLength(5);
  });
});

describe('loadSpec: the step graph', () => {
  it('reports each distinct cycle once, as its path, at the closing needs entry', async () => {
    const text = `${HEADER}steps:
  a: { needs: [c], prompt: x }
  b: { needs: [a], prompt: x }
  c: { needs: [b], prompt: x }
  d: { needs: [e], prompt: x }
  e: { needs: [d], prompt: x }
  f: { needs: [a, e], prompt: x }
`;
    const cycles = (await issuesOf(text)).filter((i) => i.message.startsWith('dependency cycle'));
    expect(cycles.map((i) => i.message)).toEqual([
      'dependency cycle: a -> c -> b -> a',
      'dependency cycle: d -> e -> d',
    ]);
    expect(cycles[0]).toMatchObject({ ...posOf(text, 'c]'), path: 'steps.a.needs[0]' });
    expect(cycles[1]).toMatchObject({ ...posOf(text, 'e]'), path: 'steps.d.needs[0]' });
  });

  it('reports a step needing itself and needs of unknown steps, with a suggestion', async () => {
    const text = `${HEADER}steps:\n  architect: { prompt: x }\n  builder:\n    needs: [builder, architekt]\n    prompt: x\n`;
    const issues = await issuesOf(text);
    expect(issueWith(issues, 'needs itself')).toMatchObject(posOf(text, 'builder,'));
    expect(issueWith(issues, 'unknown step "architekt"')).toMatchObject({
      ...posOf(text, 'architekt'),
      hint: 'did you mean "architect"?',
    });
    expect(issues).toHaveLength(2);
  });
});

describe('loadSpec: providers, routes and step kinds', () => {
  it('requires a provider for LLM steps when there is no default', async () => {
    const text =
      'version: 2\nname: t\nproviders:\n  p: { type: replay, responses: r.yaml }\nsteps:\n  a:\n    prompt: hi\n  b:\n    run: echo ok\n';
    const issues = await issuesOf(text);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      ...posOf(text, 'a:'),
      message: 'step "a" has no provider and there is no defaults.provider',
    });
  });

  it('checks provider names of steps and defaults, and route members', async () => {
    const text = `version: 2
name: t
providers:
  fast: { type: replay, responses: r.yaml }
  smart: { type: replay, responses: r.yaml }
routes:
  cheap: { strategy: ordered, providers: [fast, cheap, nope, smart] }
defaults: { provider: smrt }
steps:
  a: { provider: fsat, prompt: x }
  b: { provider: cheap, prompt: x }
`;
    const issues = await issuesOf(text);
    expect(issueWith(issues, 'lists route "cheap"')).toMatchObject(posOf(text, 'cheap,'));
    expect(issueWith(issues, 'unknown provider "nope" in route "cheap"')).toMatchObject(posOf(text, 'nope'));
    expect(issueWith(issues, 'unknown provider or route "smrt"')).toMatchObject({
      ...posOf(text, 'smrt'),
      hint: 'did you mean "smart"?',
    });
    expect(issueWith(issues, 'unknown provider or route "fsat"')).toMatchObject({
      ...posOf(text, 'fsat'),
      hint: 'did you mean "fast"?',
    });
    expect(issues).toHaveLength(4);
  });

  it('requires exactly one of prompt, prompt_file and run', async () => {
    const text = `${HEADER}steps:\n  none: { needs: [] }\n  both:\n    prompt: x\n    run: y\n`;
    const issues = await issuesOf(text);
    expect(issueWith(issues, 'step "none" has none of prompt, prompt_file or run')).toMatchObject(posOf(text, 'none:'));
    expect(issueWith(issues, 'has both prompt and run')).toMatchObject(posOf(text, 'run: y'));
  });

  it('rejects LLM-only keys on command steps and reads on LLM steps', async () => {
    const text = `${HEADER}steps:
  a:
    run: make
    provider: p
    context: { include: ["*.ts"] }
    reads: [x.txt]
    outputs: [{ path: out.txt }]
    checks: [{ type: contains, value: ok }]
  b:
    prompt: x
    reads: [y]
`;
    const issues = await issuesOf(text);
    expect(issueWith(issues, 'provider is not allowed on a command step')).toMatchObject(posOf(text, 'provider: p', 1));
    expect(issueWith(issues, 'context is not allowed on a command step')).toMatchObject(posOf(text, 'context:'));
    expect(issueWith(issues, 'reads is only for command steps')).toMatchObject(posOf(text, 'reads: [y]'));
    expect(issueWith(issues, 'step "a" reads "x.txt", which no step writes')).toMatchObject(posOf(text, 'x.txt'));
    expect(issues).toHaveLength(4);
  });
});

describe('loadSpec: outputs and checks', () => {
  it.each([
    ['/etc/passwd', 'is absolute'],
    ['C:\\\\x.txt', 'is absolute'],
    ['a/../../x', 'contains ".."'],
    ['dir/', 'does not name a file'],
  ])('rejects the output path %s', async (path, why) => {
    const text = `${HEADER}steps:\n  a:\n    prompt: x\n    outputs: [{ path: "${path}" }]\n`;
    const issue = issueWith(await issuesOf(text), why);
    expect(issue).toMatchObject({ ...posOf(text, `"${path}"`), path: 'steps.a.outputs[0].path' });
  });

  it('rejects a NUL in an output path', async () => {
    const text = `${HEADER}steps:\n  a:\n    prompt: x\n    outputs: [{ path: "a\\0b" }]\n`;
    expect(issueWith(await issuesOf(text), 'NUL').path).toBe('steps.a.outputs[0].path');
  });

  it('rejects two steps writing the same path, and one step writing it twice', async () => {
    const text = `${HEADER}steps:
  a:
    prompt: x
    outputs: [{ path: app/main.py }, { path: notes.md }, { path: ./notes.md }]
  b:
    prompt: x
    outputs:
      - path: app//main.py
`;
    const issues = await issuesOf(text);
    expect(issueWith(issues, 'is also written by step "a"')).toMatchObject(posOf(text, 'app//main.py'));
    expect(issueWith(issues, 'written twice by step "a"')).toMatchObject(posOf(text, './notes.md'));
  });

  it('compiles regex checks and reports bad patterns and flags', async () => {
    const text = `${HEADER}steps:\n  a:\n    prompt: x\n    checks:\n      - { type: regex, value: "a(b" }\n      - { type: regex, value: ok, flags: q }\n`;
    const issues = await issuesOf(text);
    expect(issueWith(issues, 'invalid regular expression')).toMatchObject(posOf(text, '"a(b"'));
    expect(issueWith(issues, 'invalid regex flags "q"')).toMatchObject(posOf(text, 'q }'));
  });
});

describe('loadSpec: prompt files and templates', () => {
  it('reports a missing prompt file at its prompt_file value', async () => {
    const text = `${HEADER}steps:\n  a:\n    prompt_file: prompts/missing.md\n`;
    const issue = issueWith(await issuesOf(text), 'prompt file "prompts/missing.md" not found');
    expect(issue).toMatchObject(posOf(text, 'prompts/missing.md'));
  });

  it('reports template errors of a prompt file at the spec line, with the line inside the file', async () => {
    const text = `${HEADER}inputs: { task: x }\nsteps:\n  a:\n    prompt_file: p.md\n`;
    const issues = await issuesOf(text, { 'p.md': 'Task: {{ inputs.task }}\nThen {{ inputs.other }}\n' });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ ...posOf(text, 'p.md'), path: 'steps.a.prompt_file' });
    expect(issues[0]!.message).toBe('p.md:2:6: template references undeclared input "other"');
  });

  it('locates template errors inside block scalars and checks system prompts too', async () => {
    const text = `${HEADER}inputs:\n  task: x\nsteps:\n  up: { prompt: x }\n  a:\n    needs: [up]\n    system: "You are {{ inputs.role }}"\n    prompt: |\n      Task {{ inputs.task }}\n      Upstream {{ steps.up.output }} and {{ steps.down.output }}\n      Broken {{ oops\n  down:\n    needs: [a]\n    prompt: x\n`;
    const issues = await issuesOf(text);
    expect(issueWith(issues, 'undeclared input "role"')).toMatchObject({
      ...posOf(text, '{{ inputs.role }}'),
      path: 'steps.a.system',
    });
    const notUp = issueWith(issues, 'step "down", which is not upstream of "a"');
    expect(notUp).toMatchObject({ ...posOf(text, '{{ steps.down.output }}'), hint: 'add "down" to steps.a.needs' });
    expect(issueWith(issues, 'unterminated "{{"')).toMatchObject(posOf(text, '{{ oops'));
    expect(issues).toHaveLength(3);
  });

  it('accepts transitive upstream references and rejects context without a context block', async () => {
    const text = `${HEADER}steps:\n  a: { prompt: x }\n  b: { needs: [a], prompt: x }\n  c:\n    needs: [b]\n    prompt: "{{ steps.a.output }} {{ context }}"\n`;
    const issues = await issuesOf(text);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      ...posOf(text, '{{ context }}'),
      message: '{{ context }} is used but the step has no context: block',
    });
  });

  it('checks context.steps are upstream', async () => {
    const text = `${HEADER}steps:\n  a: { prompt: x }\n  b:\n    prompt: x\n    context: { steps: [a, zz] }\n`;
    const issues = await issuesOf(text);
    expect(issueWith(issues, 'context step "a" is not upstream of "b"')).toMatchObject(posOf(text, 'a, zz'));
    expect(issueWith(issues, 'unknown step "zz"')).toMatchObject(posOf(text, 'zz]'));
  });
});
