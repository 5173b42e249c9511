/**
 * What each leg of a matrix spent, carried with its cache delta: `cache export` (and the action's
 * `cache-export`) writes `spend/JOB_ID.json` beside the entries (`v1/...`), the union of the
 * deltas holds every leg's record, and the finish run reports their sum against the job's whole
 * budget (docs/reference.md, "Shards"). A record is a few numbers; a folder of them may come from
 * an artifact, so each is size-bound and checked on read.
 */
import { copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Manifest } from '../run/manifest-types.js';

export interface SpendRecord {
  job_id: string;
  spent_usd: number;
  /** The leg's budget (its share), when it had one. */
  budget_usd?: number;
}

const DIR = 'spend';
const MAX_RECORDS = 1024;
const MAX_BYTES = 4096;
const SAFE_ID = /^[A-Za-z0-9._-]{1,128}$/;

export function spendRecordOf(m: Manifest): SpendRecord {
  const budget = m.totals.budget?.usd;
  return {
    job_id: m.job_id,
    spent_usd: m.totals.cost_usd,
    ...(typeof budget === 'number' ? { budget_usd: budget } : {}),
  };
}

export function writeSpendRecord(cacheDir: string, rec: SpendRecord): void {
  if (!SAFE_ID.test(rec.job_id)) return;
  mkdirSync(join(cacheDir, DIR), { recursive: true });
  writeFileSync(join(cacheDir, DIR, `${rec.job_id}.json`), `${JSON.stringify(rec)}\n`);
}

/** The records of a cache folder: regular small files only, numbers checked, at most 1,024. */
export function readSpendRecords(cacheDir: string): SpendRecord[] {
  const dir = join(cacheDir, DIR);
  if (!existsSync(dir)) return [];
  const out: SpendRecord[] = [];
  for (const name of readdirSync(dir).slice(0, MAX_RECORDS)) {
    const file = join(dir, name);
    try {
      const st = lstatSync(file);
      if (!st.isFile() || st.size > MAX_BYTES || !name.endsWith('.json')) continue;
      const v = JSON.parse(readFileSync(file, 'utf8')) as Partial<SpendRecord>;
      if (typeof v.job_id !== 'string' || !SAFE_ID.test(v.job_id)) continue;
      if (typeof v.spent_usd !== 'number' || !Number.isFinite(v.spent_usd) || v.spent_usd < 0) continue;
      out.push({
        job_id: v.job_id,
        spent_usd: v.spent_usd,
        ...(typeof v.budget_usd === 'number' && Number.isFinite(v.budget_usd) ? { budget_usd: v.budget_usd } : {}),
      });
    } catch {
      /* not a record: left out */
    }
  }
  return out;
}

/** Copies the spend records of `fromDir` into `toDir` (the action's cache-from). */
export function copySpendRecords(fromDir: string, toDir: string): number {
  const recs = readSpendRecords(fromDir);
  if (recs.length === 0) return 0;
  mkdirSync(join(toDir, DIR), { recursive: true });
  for (const r of recs) copyFileSync(join(fromDir, DIR, `${r.job_id}.json`), join(toDir, DIR, `${r.job_id}.json`));
  return recs.length;
}
