/** What validate says about for_each, {{ item }}, {{ steps.ID.outputs }} and output_schema, and instance naming. */
import { loadSpec } from '../../src/jobspec/load.js';
import { fileNameOf, instancesOf } from '../../src/jobspec/fan-out.js';
import { renderTemplate } from '../../src/jobspec/template.js';
import { join } from 'node:path';
import { cleanup, HEADER, issuesOf, issueWith, tempProject } from './helpers.js';

afterEach(cleanup);

describe('for_each in the spec', () => {
  it('reports every static problem in one pass, with positions', async () => {
    const yaml = `${HEADER}inputs: { files: "[]" }
steps:
  a:
    for_each: "{{ inputs.nope }}"
    prompt: "{{ item }}"
    outputs: [{ path: same.md }]
  b:
    for_each: { glob: "../secrets/*" }
    prompt: "{{ item.name }}"
  c:
    prompt: "{{ item }} and {{ steps.d.outputs }}"
    needs: [d]
  d: { prompt: "x" }
  e:
    for_each: "{{ inputs.files }}"
    run: "cat {{ item.path"
    output_schema: { type: object }
`;
    const issues = await issuesOf(yaml);
    expect(issueWith(issues, 'undeclared input "nope"').line).toBe(9);
    expect(issueWith(issues, 'does not use {{ item }}').line).toBe(11);
    expect(issueWith(issues, 'may not leave the spec file').line).toBe(13);
    expect(issueWith(issues, '{{ item }} is used but the step has no for_each').line).toBe(16);
    expect(issueWith(issues, 'steps.d.outputs is for steps with for_each').line).toBe(16);
    expect(issueWith(issues, 'unterminated').line).toBe(21);
    expect(issueWith(issues, 'output_schema is not allowed on a command step').line).toBe(22);
  });

  it('reads an output_schema file as the run will: missing, outside the spec folder, or not JSON', async () => {
    const issues = await issuesOf(
      `${HEADER}steps:
  a: { prompt: "x", output_schema: nope.json }
  b: { prompt: "x", output_schema: ../../../etc/passwd }
  c: { prompt: "x", output_schema: bad.json }
  d: { prompt: "x", output_schema: ok.yaml }
`,
      { 'bad.json': '{ nope', 'ok.yaml': 'type: object\n' },
    );
    expect(issueWith(issues, 'output_schema file "nope.json" not found').line).toBe(7);
    expect(issueWith(issues, 'output_schema file "../../../etc/passwd"').line).toBe(8);
    expect(issueWith(issues, 'output_schema file "bad.json" is not valid JSON').line).toBe(9);
    expect(issues.filter((i) => i.message.includes('ok.yaml'))).toEqual([]);
  });

  it('accepts a valid fan-out spec', async () => {
    const dir = tempProject({
      'job.yaml': `${HEADER}inputs: { files: '["a"]' }
steps:
  a:
    for_each: "{{ inputs.files }}"
    prompt: "Review {{ item }}"
    outputs: [{ path: "r/{{ item }}.md" }]
    checks: [{ type: contains, value: "{{ item }}" }]
    output_schema: { type: object }
  b: { needs: [a], prompt: "{{ steps.a.outputs }}" }
`,
    });
    const loaded = await loadSpec(join(dir, 'job.yaml'));
    expect(loaded.spec.steps.a!.for_each).toBe('{{ inputs.files }}');
  });
});

describe('instances', () => {
  it('keys short strings by themselves, anything else by index, colliding KEYs by index', () => {
    expect(instancesOf('s', ['a', { x: 1 }, 'x'.repeat(101), 'b/c']).map((i) => i.id)).toEqual([
      's[a]',
      's[1]',
      's[2]',
      's[b/c]',
    ]);
    expect(instancesOf('s', ['a', 'a', 'b']).map((i) => i.id)).toEqual(['s[0]', 's[1]', 's[b]']);
    // A string equal to another item's index: every item falls back to its index.
    expect(instancesOf('s', [{}, '0']).map((i) => i.id)).toEqual(['s[0]', 's[1]']);
  });

  it('escapes what a file name cannot hold', () => {
    expect(fileNameOf('s[src/a.ts]')).toBe('s[src%2Fa.ts]');
    expect(fileNameOf('s[a%2F]')).toBe('s[a%252F]');
    expect(fileNameOf('s[..\\x:y]')).toBe('s[..%5Cx%3Ay]');
  });

  it('renders {{ item }} and {{ item.FIELD }}; a missing field is an error', () => {
    const vars = { inputs: {}, stepOutput: () => '' };
    expect(renderTemplate('{{ item }}|{{ item.a.b }}', { ...vars, item: { a: { b: 2 } } })).toBe('{"a":{"b":2}}|2');
    expect(renderTemplate('{{ item }}', { ...vars, item: 'plain' })).toBe('plain');
    expect(() => renderTemplate('{{ item.c }}', { ...vars, item: { a: 1 } })).toThrow(/no field "c"/);
    expect(() => renderTemplate('{{ item }}', vars)).toThrow(/outside a for_each/);
  });
});
