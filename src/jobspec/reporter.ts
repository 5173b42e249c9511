import type { Anchor, PathSeg } from './source-map.js';

/** Where validation problems go: the located loader collects them with FILE:LINE:COL, the fast path only counts. */
export interface Reporter {
  at(path: PathSeg[], anchor: Anchor, message: string, hint?: string): void;
  /** A problem inside a string value, at `offset` of the value (templates). */
  inString(path: PathSeg[], value: string, offset: number, snippet: string, message: string, hint?: string): void;
}
