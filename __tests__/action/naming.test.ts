import { artifactName, cacheKeys, commentIdentity, selectResumeArtifact } from '../../src/action/naming.js';

describe('cache keys', () => {
  const k = cacheKeys('pre-', 'notes-app', 'abcdef0123456789'.repeat(4), '4242', 3);
  it('are unique per run attempt and restore from most to least specific', () => {
    expect(k.primary).toBe('pre-orchestrator-notes-app:abcdef0123456789:4242-3');
    expect(k.restore).toEqual(['pre-orchestrator-notes-app:abcdef0123456789:', 'pre-orchestrator-notes-app:']);
    expect(cacheKeys('pre-', 'notes-app', 'abcdef0123456789'.repeat(4), '4242', 4).primary).not.toBe(k.primary);
    for (const r of k.restore) expect(k.primary.startsWith(r)).toBe(true);
  });
  it('a job name that prefixes another never restores its cache', () => {
    const short = cacheKeys('', 'notes', 'a'.repeat(64), '1', 1);
    const long = cacheKeys('', 'notes-app', 'a'.repeat(64), '1', 1);
    expect(long.primary.startsWith(short.restore[1])).toBe(false);
  });
});

describe('artifact names', () => {
  it('contain the job name, the GitHub job and attempt-N', () => {
    expect(artifactName('notes-app', 'build', 2)).toBe('orchestrator-notes-app-build-attempt-2');
    expect(artifactName('notes-app', 'build', 1)).not.toBe(artifactName('notes-app', 'build', 2));
  });
  it('strip characters GitHub rejects', () => {
    expect(artifactName('x', 'a/b:c', 1)).toBe('orchestrator-x-a_b_c-attempt-1');
  });
});

describe('selectResumeArtifact', () => {
  const a = (name: string, id: number) => ({ name, id });
  it('picks the newest earlier attempt by number, not by id or order (10 beats 2)', () => {
    const list = [
      a('orchestrator-notes-app-build-attempt-10', 5),
      a('orchestrator-notes-app-build-attempt-2', 99),
      a('orchestrator-notes-app-build-attempt-9', 7),
    ];
    expect(selectResumeArtifact(list, 'notes-app', 'build', 11)).toMatchObject({ id: 5, attempt: 10 });
    expect(selectResumeArtifact(list, 'notes-app', 'build', 10)).toMatchObject({ id: 7, attempt: 9 });
    expect(selectResumeArtifact(list, 'notes-app', 'build', 3)).toMatchObject({ id: 99, attempt: 2 });
  });
  it('ignores other jobs, other spec names, its own attempt and malformed names', () => {
    const list = [
      a('orchestrator-notes-app-test-attempt-1', 1),
      a('orchestrator-notes-build-attempt-1', 2),
      a('orchestrator-notes-app-build-attempt-3', 3),
      a('orchestrator-notes-app-build-attempt-01', 4),
      a('orchestrator-notes-app-build-attempt-1x', 5),
      a('something-else', 6),
    ];
    expect(selectResumeArtifact(list, 'notes-app', 'build', 3)).toBeUndefined();
    expect(selectResumeArtifact(list, 'notes-app', 'build', 4)).toMatchObject({ id: 3 });
  });
});

describe('instance (7.8)', () => {
  it('joins artifact names and cache keys, and a leg never resumes from another leg or from the bare job', () => {
    expect(artifactName('j', 'build', 2, 'linux')).toBe('orchestrator-j-build-linux-attempt-2');
    expect(cacheKeys('', 'j', 'a'.repeat(64), '9', 1, 'linux').primary).toBe(
      `orchestrator-j@linux:${'a'.repeat(16)}:9-1`,
    );
    const arts = [
      { name: 'orchestrator-j-build-attempt-1', id: 1 },
      { name: 'orchestrator-j-build-macos-attempt-2', id: 2 },
      { name: 'orchestrator-j-build-linux-attempt-1', id: 3 },
    ];
    expect(selectResumeArtifact(arts, 'j', 'build', 3, 'linux')?.id).toBe(3);
    expect(selectResumeArtifact(arts, 'j', 'build', 3)?.id).toBe(1);
    expect(commentIdentity('j', 'linux')).toBe('<!-- orchestrator-action:j:linux -->');
    expect(commentIdentity('j')).toBe('<!-- orchestrator-action:j -->');
  });
});
