/**
 * What the HTML run report shows (docs/reference.md, "The HTML report"): plain data, built from
 * a run folder by ./read-run.ts and turned into one HTML file by ./render.ts. Every string here
 * came from the run (ids, model text, errors, file names) and is data, never markup.
 */
import type { GoldenRecord, GoldenRecordFile } from '../../run/golden-record.js';

export interface ReportSamples {
  drawn: number;
  judged: number;
  passed: number;
  errored: number;
  pass_rate?: number;
  ci_low?: number;
  ci_high?: number;
  verdict?: string;
}

/** One check verdict of a step (quality.passed / quality.failed). */
export interface ReportCheck {
  type: string;
  passed: boolean;
  /** `errored` when the check could not judge (a judge call that failed). */
  errored?: boolean;
  severity?: string;
  message: string;
  score?: number;
  /** A judge's reason. */
  reason?: string;
  sample?: number;
}

/** A titled part of the step's log (system, prompt, response, command, stdout, stderr, error...). */
export interface ReportText {
  title: string;
  text: string;
}

export interface ReportOutput {
  path: string;
  size_bytes: number;
  /** The file's first bytes as text; absent for a binary or unreadable file. */
  preview?: string;
  /** Why there is no preview. */
  note?: string;
}

export interface ReportStep {
  id: string;
  status: string;
  /** Why it was skipped. */
  reason?: string;
  kind?: 'llm' | 'command';
  cache: string;
  provider?: string;
  model?: string;
  attempts: number;
  started_at?: string;
  finished_at?: string;
  duration_ms?: number;
  input_tokens: number;
  output_tokens: number;
  cached_input_tokens?: number;
  cost_usd: number;
  samples?: ReportSamples;
  /** An instance of a fanned-out step: that step's id and the instance KEY. */
  instance_of?: string;
  item_key?: string;
  /** A fanned-out step: how its instances ended. */
  instances?: { total: number; succeeded: number; failed: number };
  error?: { code: string; message: string; hint?: string };
  checks: ReportCheck[];
  texts: ReportText[];
  outputs: ReportOutput[];
  needs: string[];
}

/** One file of the golden comparison: its verdict and, when it differs, its part of the diff. */
export type ReportGoldenFile = GoldenRecordFile;

/** The last golden comparison, as the run folder's golden.json keeps it. */
export type ReportGolden = GoldenRecord;

/** Links the report may make: each URL built by ./links.ts from validated parts only. */
export interface ReportLinks {
  repository?: string;
  commit?: { sha: string; url: string };
  run?: { id: string; attempt?: number; url: string };
}

export interface ReportModel {
  job: {
    id: string;
    name: string;
    status: string;
    /** The process that wrote the run is gone before its end (a killed run). */
    interrupted?: boolean;
    attempt: number;
    started_at?: string;
    finished_at?: string | null;
    duration_ms: number;
    cost_usd: number;
    input_tokens: number;
    output_tokens: number;
    cached_input_tokens?: number;
    cache_write_tokens?: number;
    llm_calls: number;
    cache_hits: number;
    cache_misses: number;
    counts: { steps: number; succeeded: number; failed: number; skipped: number };
    error?: { code: string; message: string; hint?: string };
    budget?: { usd?: number; spent_usd: number };
  };
  links: ReportLinks;
  steps: ReportStep[];
  /** Too many steps for their texts within the size bound: none were read (./read-run.ts). */
  texts_left_out?: boolean;
  golden?: ReportGolden;
  /** When the report was made (ISO 8601). */
  generated_at: string;
}
