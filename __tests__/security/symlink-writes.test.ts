/**
 * Writes that a symlink cannot redirect. A command step that swaps an output
 * folder (which the engine already created and checked) for a symlink leading out must not make
 * the next LLM step write outside outputs/; `golden --update` must not follow a symlink in the
 * golden folder out of it.
 */
import { existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, replaySpec, Workspace } from '../helpers/workspace.js';

const maybe = process.platform === 'win32' ? test.skip : test;

maybe("a folder swapped for a symlink by a command step does not redirect the next step's write", async () => {
  const ws = new Workspace({ 'responses.yaml': 'first: "one"\nthird: "three"\n' });
  try {
    const outside = ws.path('outside');
    mkdirSync(outside);
    ws.write({
      'job.yaml': replaySpec('swap', {
        first: 'prompt: "a"\noutputs: [{ path: out/first.txt }]',
        swap: `needs: [first]\nrun: ${JSON.stringify(`rm -rf out && ln -s ${outside} out`)}`,
        third: 'needs: [swap]\nprompt: "c"\noutputs: [{ path: out/third.txt }]',
      }),
    });
    const r = await cli(['run', '--spec', 'job.yaml', '--job-id', 'w1', '--no-cache', '--quiet', '--json'], {
      cwd: ws.dir,
    });
    expect(r.code).toBe(1);
    const m = JSON.parse(r.stdout) as {
      steps: Record<string, { status: string; error?: { code: string; message: string } }>;
    };
    expect(m.steps.swap!.status).toBe('succeeded');
    expect(m.steps.third!.status).toBe('failed');
    expect(m.steps.third!.error).toMatchObject({ code: 'E_PATH_ESCAPE' });
    expect(m.steps.third!.error!.message).toMatch(/symlink leading out/);
    expect(readdirSync(outside)).toEqual([]);
  } finally {
    ws.cleanup();
  }
});

maybe('golden --update does not follow a symlink in the golden folder out of it', async () => {
  const ws = new Workspace({ 'responses.yaml': 'a: "new text"\nb: "bee"\n' });
  try {
    const outside = ws.path('outside');
    mkdirSync(outside);
    writeFileSync(join(outside, 'victim.txt'), 'keep me');
    ws.write({
      'job.yaml': replaySpec('gold', {
        a: 'prompt: "a"\noutputs: [{ path: sub/a.txt }]',
        b: 'prompt: "b"\noutputs: [{ path: victim.txt }]',
      }),
    });
    expect(
      (await cli(['run', '--spec', 'job.yaml', '--job-id', 'g1', '--no-cache', '--quiet'], { cwd: ws.dir })).code,
    ).toBe(0);
    mkdirSync(ws.path('golden'));
    symlinkSync(outside, ws.path('golden', 'sub'));
    symlinkSync(join(outside, 'victim.txt'), ws.path('golden', 'victim.txt'));
    const r = await cli(['golden', '--spec', 'job.yaml', '--golden', 'golden', '--update', '--job-id', 'g1'], {
      cwd: ws.dir,
    });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/symlink leading out of the golden folder/);
    expect(readdirSync(outside).sort()).toEqual(['victim.txt']);
    expect(ws.read('outside', 'victim.txt')).toBe('keep me');
    expect(existsSync(join(outside, 'a.txt'))).toBe(false);
  } finally {
    ws.cleanup();
  }
});
