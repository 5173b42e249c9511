import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readResult } from '../../src/action/outputs.js';

const root = mkdtempSync(join(tmpdir(), 'orch-outputs-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('readResult', () => {
  const outputs = join(root, 'outputs');
  mkdirSync(join(outputs, 'sub'), { recursive: true });
  writeFileSync(join(root, 'credentials'), 'token=ghp_secret_outside');

  it('reads a regular output file', async () => {
    writeFileSync(join(outputs, 'a.md'), 'the answer');
    expect(await readResult(join(outputs, 'a.md'), outputs)).toBe('the answer');
  });

  it('never follows an output swapped for a symlink, at the file or at a folder', async () => {
    symlinkSync(join(root, 'credentials'), join(outputs, 'link.md'));
    await expect(readResult(join(outputs, 'link.md'), outputs)).rejects.toThrow(/ELOOP|symbolic link/);
    symlinkSync(root, join(outputs, 'escape'));
    expect(await readResult(join(outputs, 'escape', 'credentials'), outputs)).toBe('');
  });

  it('does not hang on a FIFO', async () => {
    execFileSync('mkfifo', [join(outputs, 'sub', 'fifo.md')]);
    expect(await readResult(join(outputs, 'sub', 'fifo.md'), outputs)).toBe('');
  });
});
