/**
 * The examples' replay fixtures are recordings (`npm run record-fixtures`) checked strictly: each
 * example runs fresh against its fixture, and a prompt edited in an example fails its run with
 * E_REPLAY_STALE until the fixture is recorded again. Runs scripts/record-fixtures.mjs as a user
 * would (a child process on the built CLI).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import { REPO } from '../helpers/workspace.js';

const SCRIPT = join(REPO, 'scripts', 'record-fixtures.mjs');
const script = (...args: string[]) =>
  spawnSync(process.execPath, [SCRIPT, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ORCHESTRATOR_REPLAY_STRICT: undefined },
  });

describe('the examples run strictly against their recorded fixtures', () => {
  it.each(['notes-app', 'issue-triage', 'pr-review'])(
    '%s: strict, and every entry has its prompt and hash',
    (example) => {
      const spec = readFileSync(join(REPO, 'examples', example, 'job.yaml'), 'utf8');
      expect(spec).toMatch(/offline: \{ type: replay, responses: [^,]+, strict: true/);
      const file = /responses: ([^,]+),/.exec(spec)![1]!;
      const doc = jsYaml.load(readFileSync(join(REPO, 'examples', example, file), 'utf8'), {
        schema: jsYaml.CORE_SCHEMA,
      }) as Record<string, unknown>;
      for (const [entry, value] of Object.entries(doc))
        expect([entry, value]).toEqual([
          entry,
          expect.objectContaining({
            prompt: expect.any(String),
            prompt_sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
          }),
        ]);
    },
  );

  it('--check: every example is fresh', () => {
    const res = script('--check');
    expect([res.status, res.stdout]).toEqual([0, 'notes-app: fresh\nissue-triage: fresh\npr-review: fresh\n']);
  }, 60_000);

  it('a prompt edit fails its example with E_REPLAY_STALE and a diff until it is recorded again', () => {
    const copy = mkdtempSync(join(tmpdir(), 'orch-examples-'));
    try {
      cpSync(join(REPO, 'examples'), copy, { recursive: true });
      const spec = join(copy, 'notes-app', 'job.yaml');
      writeFileSync(spec, readFileSync(spec, 'utf8').replace('Answer in Markdown.', 'Answer in Markdown, in English.'));
      const stale = script('--check', '--examples', copy);
      expect(stale.status).toBe(1);
      expect(stale.stdout).toBe('issue-triage: fresh\npr-review: fresh\n');
      expect(stale.stderr).toMatch(/notes-app: the run failed/);
      expect(stale.stderr).toContain('E_REPLAY_STALE');
      expect(stale.stderr).toMatch(/^\+Answer in Markdown, in English\.$/m);

      const recorded = script('--examples', copy);
      expect(recorded.status).toBe(0);
      expect(readFileSync(join(copy, 'notes-app', 'fixtures', 'notes.responses.yaml'), 'utf8')).toContain(
        'Answer in Markdown, in English.',
      );
      expect(script('--check', '--examples', copy).status).toBe(0);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }, 120_000);
});
