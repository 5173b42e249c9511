// Bundles the action's entry points into dist/ with ncc: self-contained (the runner has no
// node_modules), no minification and no source maps so `git diff dist/` stays readable and two
// builds give identical bytes. Run through `npm run bundle` (tsc first: ncc bundles lib/).
import ncc from '@vercel/ncc';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entries = [
  { input: 'lib/action/index.js', out: 'dist' },
  { input: 'lib/action/comment-index.js', out: 'dist/comment' },
  { input: 'lib/action/golden-index.js', out: 'dist/golden' },
];

async function bundle({ input, out }) {
  const { code, assets } = await ncc(join(root, input), {
    minify: false,
    sourceMap: false,
    license: 'licenses.txt',
    target: 'es2023',
    quiet: true,
    // Bundled files must not depend on the machine: no cache, no absolute paths.
    cache: false,
  });
  const dir = join(root, out);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'index.js'), code);
  for (const [name, asset] of Object.entries(assets ?? {})) {
    const file = join(dir, name);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, asset.source);
  }
  const names = Object.keys(assets ?? {}).sort();
  console.log(
    `${relative(root, join(dir, 'index.js'))}: ${(code.length / 1024).toFixed(0)} KiB, ${names.length} asset(s)${names.length ? `: ${names.join(', ')}` : ''}`,
  );
}

// Stale files from an earlier layout would otherwise linger in dist/ and in the diff.
await rm(join(root, 'dist'), { recursive: true, force: true });
for (const entry of entries) await bundle(entry);
// The runner loads dist/*.js as ESM through the repository's package.json ("type": "module");
// say so next to the bundle too, so a copy of dist/ alone still runs.
await writeFile(join(root, 'dist', 'package.json'), '{ "type": "module" }\n');
const files = await readdir(join(root, 'dist'), { recursive: true });
console.log(`dist/: ${files.length} entries`);
