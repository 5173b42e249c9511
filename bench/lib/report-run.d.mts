export declare const HOSTILE: string[];
export declare function writeReportRun(
  runsDir: string,
  options?: { steps?: number; textBytes?: number; seed?: number; jobId?: string; instances?: number; secret?: string },
): { dir: string; jobId: string; steps: number };
