/**
 * The action's outputs computed from a finished (or broken) run: per-step results, the `result`
 * text, and cache counts of this attempt. Pure apart from reading the result file.
 */
import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { viewEvents } from '../events/decode.js';
import type { OrchestratorEvent } from '../events/types.js';
import type { Manifest } from '../run/manifest-types.js';
import type { JobSpec } from '../jobspec/schema.js';

/** GitHub keeps step outputs small (1 MiB per job in all); the result is held under this. */
export const RESULT_LIMIT_BYTES = 64 * 1024;

export interface StepOutput {
  status: string;
  cache: string;
  outputs: string[];
}

/** `steps`: step or instance id -> status, cache and the absolute paths of its outputs. */
export function stepsOutput(m: Manifest, outputsDir: string): Record<string, StepOutput> {
  const out: Record<string, StepOutput> = {};
  for (const [id, st] of Object.entries(m.steps)) {
    out[id] = {
      status: st.status,
      cache: st.cache ?? 'off',
      outputs: (st.outputs ?? []).map((o) => resolve(outputsDir, o.path)),
    };
  }
  return out;
}

/**
 * Hits and misses of the steps that ran in this attempt (after the last job.started/job.resumed):
 * a step that ran without a hit is a miss, with the cache off too; steps a resumed run took over
 * from an earlier attempt did not run and count as neither.
 */
export function cacheCounts(events: OrchestratorEvent[]): { hits: number; misses: number } {
  let from = 0;
  events.forEach((e, i) => {
    if (e.type === 'job.started' || e.type === 'job.resumed') from = i;
  });
  const started = new Set<string>();
  const hit = new Set<string>();
  for (const e of viewEvents(events.slice(from), ['step.started', 'cache.hit'])) {
    if (!e.step_id) continue;
    // A fanned-out step's own start is not a lookup: its instances are counted, each on its own.
    if (e.type === 'step.started' && e.data.for_each !== true) started.add(e.step_id);
    else if (e.type === 'cache.hit') hit.add(e.step_id);
  }
  let hits = 0;
  for (const id of started) if (hit.has(id)) hits++;
  return { hits, misses: started.size - hits };
}

/** Steps no other step needs. */
export function sinkSteps(spec: JobSpec): string[] {
  const needed = new Set<string>();
  for (const st of Object.values(spec.steps)) for (const n of st.needs ?? []) needed.add(n);
  return Object.keys(spec.steps).filter((id) => !needed.has(id));
}

export type ResultPick = { step: string; file?: string } | { problem: string };

/** The file behind `result`: the first output of `resultStep`, else of the job's only sink step. */
export function pickResult(spec: JobSpec, m: Manifest, outputsDir: string, resultStep?: string): ResultPick {
  let step = resultStep;
  if (step === undefined) {
    const sinks = sinkSteps(spec);
    if (sinks.length !== 1)
      return {
        problem:
          `the job has ${sinks.length} sink steps (${sinks.slice(0, 5).join(', ')}); ` +
          'set input result-step to choose one',
      };
    step = sinks[0];
  } else if (!(step in spec.steps)) {
    return {
      problem:
        `input result-step names "${step}", which is not a step of the job ` +
        `(steps: ${Object.keys(spec.steps).slice(0, 10).join(', ')})`,
    };
  }
  // A fanned-out step's result is its first instance's.
  // (The step's own entry only counts its instances: it has no output file of its own.)
  const own = m.steps[step];
  const entry = own && !own.instances ? own : Object.entries(m.steps).find(([id]) => id.startsWith(`${step}[`))?.[1];
  const first = entry?.status === 'succeeded' ? entry.outputs?.[0] : undefined;
  return { step, file: first ? resolve(outputsDir, first.path) : undefined };
}

/**
 * Reads at most RESULT_LIMIT_BYTES of a regular file inside `outputsDir`, cut on a character
 * boundary and marked when cut. A command step can swap an output for a symlink (to a credentials
 * file, say): the last component is opened with O_NOFOLLOW and the folder must resolve inside
 * outputs/, so the result output never carries a file from elsewhere.
 */
export async function readResult(file: string, outputsDir: string, limit = RESULT_LIMIT_BYTES): Promise<string> {
  const root = await realpath(outputsDir);
  const rel = relative(root, await realpath(dirname(file)));
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return '';
  // O_NONBLOCK: a FIFO planted there opens without waiting and is refused by isFile() below.
  const handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    const st = await handle.stat();
    if (!st.isFile()) return '';
    if (st.size <= limit) {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(st.size), 0, st.size, 0);
      return buffer.subarray(0, bytesRead).toString('utf8');
    }
    const mark = `\n… [result cut: ${st.size} bytes in all, see the step's output file]`;
    const keep = limit - Buffer.byteLength(mark);
    const { buffer } = await handle.read(Buffer.alloc(keep + 4), 0, keep + 4, 0);
    // Back off to a UTF-8 character start so the cut never splits a character.
    let end = keep;
    while (end > 0 && (buffer[end] & 0xc0) === 0x80) end--;
    return buffer.subarray(0, end).toString('utf8') + mark;
  } finally {
    await handle.close();
  }
}
