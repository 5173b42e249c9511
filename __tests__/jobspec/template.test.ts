import {
  compileTemplate,
  parseTemplate,
  renderTemplate,
  templateRefs,
  TemplateError,
  validateTemplate,
} from '../../src/jobspec/template.js';

const vars = {
  inputs: { task: 'a notes API', lang: 'python' },
  stepOutput: (id: string): string => `<${id} output>`,
};

describe('templates', () => {
  it('renders inputs and step outputs, with or without spaces inside the braces', () => {
    expect(
      renderTemplate('Build {{ inputs.task }} in {{inputs.lang}} from {{   steps.architect.output }}.', vars),
    ).toBe('Build a notes API in python from <architect output>.');
  });

  it('renders {{ context }} when given, and refuses when not', () => {
    expect(renderTemplate('Code:\n{{ context }}', { ...vars, context: 'FILES' })).toBe('Code:\nFILES');
    expect(() => renderTemplate('Code:\n{{ context }}', vars)).toThrow(TemplateError);
  });

  it('writes a literal {{ with the escape, in both quote styles', () => {
    const text = 'Jinja: {{ "{{" }} user.name }} and {{ \'{{\' }}x}} for {{ inputs.task }}';
    expect(renderTemplate(text, vars)).toBe('Jinja: {{ user.name }} and {{x}} for a notes API');
    expect(parseTemplate(text).problems).toEqual([]);
  });

  it('leaves single braces and a lone }} alone', () => {
    expect(renderTemplate('fn() { return {a: 1} }} done', vars)).toBe('fn() { return {a: 1} }} done');
  });

  it('is strict at render time: an unknown input throws', () => {
    expect(() => renderTemplate('{{ inputs.missing }}', vars)).toThrow(/undeclared input "missing"/);
  });

  it('rejects unknown expressions and unterminated braces with offsets', () => {
    const text = 'a {{ inputs.task }} b {{ input.task }} c {{ steps.x }} d {{ oops';
    const { problems } = parseTemplate(text);
    expect(problems.map((p) => [p.start, text.slice(p.start, p.start + 2)])).toEqual([
      [text.indexOf('{{ input.task'), '{{'],
      [text.indexOf('{{ steps.x'), '{{'],
      [text.indexOf('{{ oops'), '{{'],
    ]);
    expect(problems[0]!.hint).toBe('did you mean "inputs.task"?');
    expect(problems[1]!.hint).toBe('did you mean "steps.x.output"?');
    expect(problems[2]!.message).toMatch(/unterminated/);
    expect(() => compileTemplate(text)).toThrow(TemplateError);
  });

  it('lists references once each', () => {
    expect(
      templateRefs('{{ inputs.a }} {{ steps.s.output }} {{ inputs.a }} {{ context }} {{ steps.t.output }}'),
    ).toEqual({
      inputs: ['a'],
      steps: ['s', 't'],
      context: true,
      item: false,
    });
    expect(templateRefs('plain').context).toBe(false);
  });

  it('validates references against the job', () => {
    const scope = {
      inputs: ['task'],
      steps: ['a', 'b', 'me'],
      isUpstream: (id: string) => id === 'a',
      stepId: 'me',
      hasContext: false,
    };
    const text =
      '{{ inputs.task }}{{ inputs.x }}{{ steps.a.output }}{{ steps.b.output }}{{ steps.zz.output }}{{ steps.me.output }}{{ context }}';
    expect(validateTemplate(text, scope).map((p) => p.message)).toEqual([
      'template references undeclared input "x"',
      'template references step "b", which is not upstream of "me"',
      'template references unknown step "zz"',
      'a step cannot reference its own output ("me")',
      '{{ context }} is used but the step has no context: block',
    ]);
  });

  it('renders 10,000 steps quickly (compiled once per text)', () => {
    const texts = Array.from(
      { length: 10_000 },
      (_, i) => `Step ${i}: {{ inputs.task }} after {{ steps.s${i}.output }} ${'x'.repeat(200)}`,
    );
    const t0 = performance.now();
    let total = 0;
    for (let round = 0; round < 3; round++) {
      for (const t of texts) total += renderTemplate(t, vars).length;
    }
    expect(total).toBeGreaterThan(10_000 * 3 * 200);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
