/**
 * Which runs have no credentials: a pull request whose head repository is a fork (GitHub's
 * `pull_request.head.repo.fork`), or is not the base repository, or was deleted (head.repo null);
 * not a branch of the same repository, not a push. Read from the event file the runner provides.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readRunContext } from '../../src/action/context.js';
import { credentialsOptions } from '../../src/action/credentials-mode.js';

const dir = mkdtempSync(join(tmpdir(), 'orch-fork-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function contextOf(event: unknown) {
  const file = join(dir, `e${Math.random()}.json`);
  writeFileSync(file, JSON.stringify(event));
  return readRunContext({ GITHUB_EVENT_PATH: file, GITHUB_REPOSITORY: 'octo/repo' });
}
const pr = (head: unknown) => ({
  pull_request: {
    number: 3,
    head: { sha: 'a'.repeat(40), repo: head },
    base: { repo: { full_name: 'octo/repo', fork: false } },
  },
});

describe('fork detection', () => {
  it.each([
    ['head.repo.fork is true', pr({ full_name: 'someone/repo', fork: true }), true],
    ['another head repository', pr({ full_name: 'someone/repo', fork: false }), true],
    ['the head repository was deleted', pr(null), true],
    ['a branch of the same repository', pr({ full_name: 'octo/repo', fork: false }), false],
    ['a push', { ref: 'refs/heads/main' }, false],
  ])('%s', (_what, event, fork) => {
    expect(contextOf(event).fromFork === true).toBe(fork);
  });

  it('a fork, or credentials: none, runs without credentials (with a notice); fail-on-unmeasured passes through', () => {
    const notices: string[] = [];
    const core = { notice: (m: string) => void notices.push(m) };
    expect(credentialsOptions(core, { credentials: 'auto', failOnUnmeasured: false }, { fromFork: true })).toEqual({
      withoutCredentials: true,
    });
    expect(credentialsOptions(core, { credentials: 'none', failOnUnmeasured: true }, {})).toEqual({
      withoutCredentials: true,
      failOnUnmeasured: true,
    });
    expect(credentialsOptions(core, { credentials: 'auto', failOnUnmeasured: false }, {})).toEqual({});
    expect(notices).toHaveLength(2);
    expect(notices[0]).toMatch(/A pull request from a fork has no secrets and no OIDC token/);
  });
});
