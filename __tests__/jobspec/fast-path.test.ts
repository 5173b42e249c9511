import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSpecFromString } from '../../src/jobspec/load.js';
import { REPO } from '../helpers/workspace.js';

describe('spec fast path', () => {
  const dir = join(REPO, 'examples', 'notes-app');
  const text = readFileSync(join(dir, 'job.yaml'), 'utf8');

  it('gives exactly what the located path gives for a valid spec', async () => {
    const fast = await loadSpecFromString(text, 'job.yaml', dir);
    const located = await loadSpecFromString(text, 'job.yaml', dir, { fastPath: false });
    expect(fast).toEqual(located);
  });

  it('still reports located errors, all of them, when the spec is wrong', async () => {
    const broken = text
      .replace('needs: [architect]\n    system', 'nedds: [architect]\n    system')
      .replace('version: 2', 'version: 2\nversion: 2');
    await expect(loadSpecFromString(broken, 'job.yaml', dir)).rejects.toMatchObject({
      issues: expect.arrayContaining([
        expect.objectContaining({ message: expect.stringContaining('duplicate key "version"') }),
        expect.objectContaining({ message: expect.stringContaining('nedds'), hint: expect.stringContaining('needs') }),
      ]),
    });
  });
});
