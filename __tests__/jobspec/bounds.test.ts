/** Hostile specs: unknown YAML tags, inexact versions, huge files, many unknown keys. */
import { writeFileSync, truncateSync } from 'node:fs';
import { loadSpec, loadSpecFromString, MAX_SPEC_BYTES } from '../../src/jobspec/load.js';
import { SpecError } from '../../src/util/errors.js';
import { Workspace } from '../helpers/workspace.js';

const BODY = `name: t
providers:
  p: { type: replay, responses: r.yaml }
steps:
  a: { provider: p, prompt: hi }
`;

async function issuesOf(yaml: string): Promise<string[]> {
  try {
    await loadSpecFromString(yaml, 'job.yaml', '/tmp');
  } catch (e) {
    if (e instanceof SpecError) return e.issues.map((i) => `${i.line}: ${i.message}`);
    throw e;
  }
  return [];
}

describe('spec bounds', () => {
  it.each([
    '!!js/function "function () { return 1 }"',
    '!!js/regexp /a/',
    '!!binary aGVsbG8=',
    '!custom hello',
    '!!set { a }',
  ])('refuses the YAML tag in %s', async (value) => {
    const issues = await issuesOf(`version: 2\n${BODY.replace('prompt: hi', `prompt: ${value}`)}`);
    expect(issues.join('\n')).toMatch(/YAML tag .* is not allowed/);
  });

  it('accepts core-schema tags', async () => {
    expect(await issuesOf(`version: 2\n${BODY.replace('prompt: hi', 'prompt: !!str hi')}`)).toEqual([]);
  });

  it.each(['2.0000000000000001', '2.0', '0x2', '+2', '2e0'])('version %s is not 2', async (v) => {
    const issues = await issuesOf(`version: ${v}\n${BODY}`);
    expect(issues).toEqual([`1: version must be written as 2; "${v}" only rounds to 2`]);
  });

  it('a regex check RE2 cannot run (lookahead) is a spec error at its line', async () => {
    const issues = await issuesOf(
      `version: 2\n${BODY.replace('prompt: hi }', "prompt: hi, checks: [{ type: regex, value: 'a(?=b)' }] }")}`,
    );
    expect(issues).toEqual([expect.stringMatching(/^6: invalid regular expression: .*lookahead/)]);
  });

  it('version 2 (with a comment) is still fine', async () => {
    expect(await issuesOf(`version: 2   # the format\n${BODY}`)).toEqual([]);
  });

  it('refuses a spec file over the size limit before reading it', async () => {
    const ws = new Workspace();
    try {
      const f = ws.path('big.yaml');
      writeFileSync(f, `version: 2\n${BODY}`);
      truncateSync(f, MAX_SPEC_BYTES + 1);
      await expect(loadSpec(f)).rejects.toMatchObject({ code: 'E_SPEC_TOO_LARGE', exitCode: 2 });
    } finally {
      ws.cleanup();
    }
  });

  it('reports thousands of unknown keys, each with its line (work grows linearly)', async () => {
    const keys = Array.from({ length: 20000 }, (_, i) => `    unknown_key_${i}: ${i}\n`).join('');
    const issues = await issuesOf(
      `version: 2\n${BODY.replace('  a: { provider: p, prompt: hi }\n', `  a:\n    provider: p\n    prompt: hi\n${keys}`)}`,
    );
    expect(issues).toHaveLength(20000);
    expect(issues[19999]).toMatch(/^20008: unknown key "unknown_key_19999"/);
  });
});
