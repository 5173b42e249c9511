import { COMMENT_LIMIT_CHARS, commentMarker, renderComment } from '../../src/report/comment.js';
import { bigManifest, makeManifest, notesAppFailed } from './manifest-fixture.js';

describe('PR comment body', () => {
  it('starts with the hidden marker for its job and names the failures', () => {
    const body = renderComment(notesAppFailed(), [], {
      runUrl: 'https://x/runs/1',
      artifactName: 'orchestrator-notes-app-build-attempt-1',
    });
    expect(body.split('\n')[0]).toBe('<!-- orchestrator-action:notes-app -->');
    expect(body).toContain('❌ orchestrator: `notes-app` failed');
    expect(body).toContain('**2** succeeded · **1** failed · **1** skipped of 4 steps');
    expect(body).toContain('<code>builder</code> — E_CHECK_FAILED');
    expect(body).toContain('artifact `orchestrator-notes-app-build-attempt-1`');
    expect(body).toContain('| ✅ `docs` |');
  });

  it('markers differ per job name', () => {
    expect(commentMarker('a')).not.toBe(commentMarker('ab'));
    expect(commentMarker('notes-app')).toBe('<!-- orchestrator-action:notes-app -->');
  });

  it('stays within 65,536 characters for a huge failing job', () => {
    const m = bigManifest(10_000);
    for (const id of Object.keys(m.steps).slice(0, 3000)) {
      m.steps[id].status = 'failed';
      m.steps[id].error = { code: 'E_PROVIDER', message: 'x'.repeat(5000) };
    }
    m.failed_steps = Object.keys(m.steps).slice(0, 3000);
    const body = renderComment(m, []);
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT_CHARS);
    expect(body.startsWith(commentMarker('notes-app'))).toBe(true);
    expect(body).toMatch(/Showing \d+ of 3,014 failures|❌ `step-00000`.* … and \d+ more/);
  });

  it('a hard limit truncates with a visible note', () => {
    const body = renderComment(bigManifest(300), [], { maxChars: 3000 });
    expect(body.length).toBeLessThanOrEqual(3000);
    expect(body).toMatch(/Comment cut|Table cut/);
  });

  it('lists every step of a small successful job', () => {
    const body = renderComment(makeManifest([{ id: 'a' }, { id: 'b', needs: ['a'] }]), []);
    expect(body).toContain('✅ orchestrator: `notes-app` succeeded');
    expect(body).toContain('`a`');
    expect(body).toContain('`b`');
    expect(body).not.toContain('❌');
  });
});
