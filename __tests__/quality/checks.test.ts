import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { CheckSpec } from '../../src/jobspec/schema.js';
import { runChecks, soleFencedBlock, writeCandidate } from '../../src/quality/checks.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'checks-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const run = (text: string, checks: CheckSpec[]) => runChecks(text, checks, { cwd: dir, baseDir: dir });

describe('text checks', () => {
  const app = 'from fastapi import FastAPI\napp = FastAPI()\n\n@app.get("/")\ndef root():\n    return {}\n';

  it('passes when every check holds', async () => {
    const report = await run(app, [
      { type: 'contains', value: 'FastAPI' },
      { type: 'not-contains', value: 'TODO' },
      { type: 'regex', value: '@app\\.(get|post)' },
      { type: 'min-length', value: 10 },
      { type: 'max-length', value: 5000 },
    ]);
    expect(report.passed).toBe(true);
    expect(report.verdicts.map((v) => v.type)).toEqual([
      'contains',
      'not-contains',
      'regex',
      'min-length',
      'max-length',
    ]);
    expect(report.verdicts.every((v) => v.passed && v.severity === 'fail')).toBe(true);
    expect(report.verdicts[2]!.message).toContain('at line 4 col 1');
  });

  it('fails with messages that say what was expected and found', async () => {
    const report = await run(app + '# TODO later\n', [
      { type: 'contains', value: 'Flask' },
      { type: 'not-contains', value: 'TODO' },
      { type: 'regex', value: '@app\\.(put|delete)' },
      { type: 'max-length', value: 20 },
      { type: 'min-length', value: 5000 },
    ]);
    expect(report.passed).toBe(false);
    expect(report.verdicts.map((v) => v.message)).toEqual([
      'contains: "Flask" not found',
      'not-contains: "TODO" found at line 7 col 3',
      'regex /@app\\.(put|delete)/ not found',
      `max-length: ${app.length + 13} > 20 characters`,
      `min-length: ${app.length + 13} < 5000 characters`,
    ]);
  });

  it('applies regex flags', async () => {
    const r = await run('Hello World', [
      { type: 'regex', value: 'hello', flags: 'i' },
      { type: 'regex', value: 'hello' },
    ]);
    expect(r.verdicts.map((v) => v.passed)).toEqual([true, false]);
    expect(r.verdicts[1]!.message).toBe('regex /hello/ not found');
  });

  it('equals ignores trailing newlines only and compares numbers as strings', async () => {
    const r = await run('42\n', [
      { type: 'equals', value: 42 },
      { type: 'equals', value: '42' },
      { type: 'equals', value: ' 42' },
    ]);
    expect(r.verdicts.map((v) => v.passed)).toEqual([true, true, false]);
    expect(r.verdicts[2]!.message).toBe('equals: expected " 42", got "42" (first difference at line 1 col 1)');
  });

  it('counts characters, not bytes, for lengths', async () => {
    const text = 'é😀x'; // 3 characters, 7 UTF-8 bytes, 4 UTF-16 units
    const r = await run(text, [
      { type: 'max-length', value: 3 },
      { type: 'min-length', value: 3 },
    ]);
    expect(r.passed).toBe(true);
  });

  it('a warn check reports its failure without failing the report', async () => {
    const r = await run('short', [
      { type: 'min-length', value: 100, on_fail: 'warn' },
      { type: 'contains', value: 'short' },
    ]);
    expect(r.passed).toBe(true);
    expect(r.verdicts[0]).toMatchObject({ passed: false, severity: 'warn' });
  });

  it('a regex that does not compile is a spec error (spec validation reports it up front: __tests__/spec/load.test.ts)', async () => {
    await expect(run('x', [{ type: 'regex', value: '(' }])).rejects.toMatchObject({ code: 'E_CHECK_REGEX' });
  });
});

describe('is-json', () => {
  it('accepts strict JSON and points at the error in broken JSON', async () => {
    const ok = await run('{"a": [1, 2]}', [{ type: 'is-json' }]);
    expect(ok.passed).toBe(true);
    const bad = await run('{\n  "a": 1,\n  }\n', [{ type: 'is-json' }]);
    expect(bad.passed).toBe(false);
    expect(bad.verdicts[0]!.message).toMatch(/^is-json: .+ at line 3 col 3$/);
    const token = await run('{"a": }', [{ type: 'is-json' }]);
    expect(token.verdicts[0]!.message).toBe("is-json: Unexpected token '}' at line 1 col 7");
    const prose = await run('Sure! Here is the JSON: {"a": 1}', [{ type: 'is-json' }]);
    expect(prose.verdicts[0]!.message).toMatch(/at line 1 col 1$/);
  });

  it('reads the content of a single fenced json block, but not of two', async () => {
    expect((await run('```json\n{"a": 1}\n```\n', [{ type: 'is-json' }])).passed).toBe(true);
    expect((await run('```\n[1]\n```', [{ type: 'is-json' }])).passed).toBe(true);
    const two = '```json\n{"a": 1}\n```\nand\n```json\n{"b": 2}\n```\n';
    expect((await run(two, [{ type: 'is-json' }])).passed).toBe(false);
    expect(soleFencedBlock('```python\nx = 1\n```')).toBeNull();
  });

  it('validates against an inline schema with paths in the message', async () => {
    const schema = {
      type: 'object',
      required: ['id', 'tags'],
      properties: { id: { type: 'integer' }, tags: { type: 'array', items: { type: 'string' } } },
    };
    const ok = await run('{"id": 1, "tags": ["a"]}', [{ type: 'is-json', schema }]);
    expect(ok.passed).toBe(true);
    const bad = await run('{"id": "x", "tags": ["a", 2]}', [{ type: 'is-json', schema }]);
    expect(bad.passed).toBe(false);
    expect(bad.verdicts[0]!.message).toBe(
      'is-json: does not match inline schema: /id must be integer; /tags/1 must be string',
    );
  });

  it('loads a schema file relative to baseDir (JSON or YAML, draft 2020-12 too)', async () => {
    await writeFile(
      join(dir, 'item.schema.json'),
      JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', required: ['name'] }),
    );
    await writeFile(join(dir, 'item.schema.yaml'), 'type: array\nprefixItems: [{type: string}]\nminItems: 1\n');
    const r = await run('{"other": 1}', [{ type: 'is-json', schema: 'item.schema.json' }]);
    expect(r.verdicts[0]!.message).toBe(
      "is-json: does not match item.schema.json: / must have required property 'name'",
    );
    expect((await run('["x"]', [{ type: 'is-json', schema: 'item.schema.yaml' }])).passed).toBe(true);
    await expect(run('{}', [{ type: 'is-json', schema: 'missing.json' }])).rejects.toMatchObject({
      code: 'E_CHECK_SCHEMA',
    });
  });
});

describe('command checks', () => {
  it('runs a real program on the candidate file and keeps its extension', async () => {
    const candidateFile = async () => writeCandidate(dir, 'app/main.py', 'def f(:\n  pass\n');
    const r = await runChecks('ignored', [{ type: 'command', run: 'python3 -m py_compile {file}' }], {
      cwd: dir,
      baseDir: dir,
      candidateFile,
    });
    expect(r.passed).toBe(false);
    expect(r.verdicts[0]!.message).toMatch(/^command `python3 -m py_compile \{file\}` exited 1:\n/);
    expect(r.verdicts[0]!.message).toContain('main.py');
    expect(r.verdicts[0]!.message).toMatch(/SyntaxError/);

    const good = async () => writeCandidate(dir, 'app/main.py', 'def f():\n    return 1\n');
    const ok = await runChecks('', [{ type: 'command', run: 'python3 -m py_compile {file}' }], {
      cwd: dir,
      baseDir: dir,
      candidateFile: good,
    });
    expect(ok.passed).toBe(true);
  });

  it('writes the text itself to a temporary file when no candidate is given, and removes it', async () => {
    const before = (await readdir(tmpdir())).filter((n) => n.startsWith('orchestrator-check-')).length;
    const r = await run('hello from the model', [
      { type: 'command', run: 'grep -q "from the" {file} && test "$(basename {file})" = output.txt' },
    ]);
    expect(r.passed).toBe(true);
    const after = (await readdir(tmpdir())).filter((n) => n.startsWith('orchestrator-check-')).length;
    expect(after).toBe(before);
  });

  it('calls candidateFile once for several command checks', async () => {
    let calls = 0;
    const candidateFile = async () => {
      calls++;
      return writeCandidate(dir, 'out.txt', 'x');
    };
    await runChecks(
      'x',
      [
        { type: 'command', run: 'test -f {file}' },
        { type: 'command', run: 'cat {file}' },
        { type: 'command', run: 'true' },
      ],
      { cwd: dir, baseDir: dir, candidateFile },
    );
    expect(calls).toBe(1);
  });

  it('fails a command that outlives timeout_s and says so', async () => {
    const started = Date.now();
    const r = await run('x', [{ type: 'command', run: 'echo starting; sleep 30', timeout_s: 0.5 }]);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(r.verdicts[0]!.message).toBe('command `echo starting; sleep 30` timed out after 0.5 s:\nstarting');
  });

  it('cancellation rejects instead of producing a verdict', async () => {
    const ac = new AbortController();
    setTimeout(() => ac.abort(new Error('stop now')), 200);
    await expect(
      runChecks('x', [{ type: 'command', run: 'sleep 30' }], { cwd: dir, baseDir: dir, signal: ac.signal }),
    ).rejects.toThrow('stop now');
  });

  it('writeCandidate keeps the file name in a fresh folder', async () => {
    const p = await writeCandidate(dir, 'deep/nested/report.json', '{}');
    expect(basename(p)).toBe('report.json');
    expect(dirname(dirname(p))).toBe(dir);
  });
});

describe('regex checks run in linear time', () => {
  it('a catastrophic-backtracking pattern on a long input answers at once (no main-thread stall)', async () => {
    const { compileRegex } = await import('../../src/quality/checks.js');
    // With V8's backtracking engine this never returns (2^40 paths); RE2 answers in linear time.
    const re = compileRegex('^(a+)+$');
    expect(re.exec(`${'a'.repeat(40)}!`)).toBeNull();
    expect(re.exec('a'.repeat(40))).toEqual({ text: 'a'.repeat(40), index: 0 });
  });

  it('keeps JavaScript flags and reports unsupported lookaround as a spec error', async () => {
    const { compileRegex } = await import('../../src/quality/checks.js');
    expect(compileRegex('^hello$', 'im').exec('x\nHELLO\ny')).toEqual({ text: 'HELLO', index: 2 });
    expect(compileRegex('a.b', 's').exec('a\nb')?.text).toBe('a\nb');
    expect(() => compileRegex('foo(?=bar)')).toThrow(
      expect.objectContaining({ code: 'E_CHECK_REGEX', message: expect.stringMatching(/lookahead/) }),
    );
  });
});
