/**
 * Where the time goes: summarises a V8 .cpuprofile (from `node --cpu-prof`) by self time, per
 * function and per source file, so the report can point at the code to make faster.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

export function summariseProfile(file, root, top = 15) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map();
  const deltas = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    selfUs.set(id, (selfUs.get(id) ?? 0) + (deltas[i] ?? 0));
  }
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const rel = (url) => (url.startsWith('file://') ? relative(root, new URL(url).pathname) : url);
  const isOurs = (url) => /^(lib|src|bin)\//.test(url);
  // Native and library time charged to the nearest project function up the stack: the code to change.
  const ownerCache = new Map();
  const ownerOf = (id) => {
    if (ownerCache.has(id)) return ownerCache.get(id);
    let cur = id;
    let owner = '(no project frame on the stack: module loading, GC, promise callbacks of fs/promises)';
    while (cur !== undefined) {
      const { callFrame } = byId.get(cur);
      const url = rel(callFrame.url || '');
      if (isOurs(url)) { owner = `${callFrame.functionName || '(anonymous)'} ${url}:${callFrame.lineNumber + 1}`; break; }
      cur = parent.get(cur);
    }
    ownerCache.set(id, owner);
    return owner;
  };
  const owners = new Map();
  let total = 0;
  const fns = new Map();
  const files = new Map();
  let idle = 0;
  for (const [id, us] of selfUs) {
    // Idle is the event loop waiting (timers, the disk): not CPU, so not in the shares.
    if (byId.get(id).callFrame.functionName === '(idle)') { idle += us; continue; }
    total += us;
    const owner = ownerOf(id);
    owners.set(owner, (owners.get(owner) ?? 0) + us);
    const { callFrame } = byId.get(id);
    let url = callFrame.url || '';
    if (url.startsWith('file://')) url = relative(root, new URL(url).pathname);
    const where = url ? `${url}:${callFrame.lineNumber + 1}` : '(native)';
    const name = `${callFrame.functionName || '(anonymous)'} ${where}`;
    fns.set(name, (fns.get(name) ?? 0) + us);
    const bucket = !url ? `(${callFrame.functionName || 'native'})`
      : url.startsWith('node:') ? 'node: internals'
      : url.includes('node_modules/') ? url.replace(/^.*node_modules\/((@[^/]+\/)?[^/]+).*$/, 'node_modules/$1')
      : url;
    files.set(bucket, (files.get(bucket) ?? 0) + us);
  }
  const rank = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, us]) => ({ name, ms: us / 1000, share: us / total }));
  return { totalMs: total / 1000, idleMs: idle / 1000, functions: rank(fns), files: rank(files), owners: rank(owners) };
}
