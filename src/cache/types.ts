/**
 * A content-addressed store of step results. The CLI uses a local folder; the action the same folder, restored and
 * saved with actions/cache.
 */
import type { Usage } from '../providers/types.js';

export interface CacheEntry {
  /** Format of this record. */
  v: 1;
  key: string;
  step_id: string;
  /** The provider answer for LLM steps; stdout for command steps. */
  text: string;
  /** Files a command step produced (path -> base64 content); LLM outputs are re-extracted from `text`. */
  files?: Record<string, string>;
  provider?: string;
  model?: string;
  usage?: Usage;
  cost_usd?: number;
  finish_reason?: string;
  created_at: string;
}

export interface CacheStore {
  /** The folder holding the entries, when the store lives on disk: workspace globs never read it. */
  readonly dir?: string;
  get(key: string): Promise<CacheEntry | undefined>;
  put(entry: CacheEntry): Promise<void>;
}
