export interface LoggedRequest { at: number; status: number }
export interface RateLimitedServer { origin: string; log: LoggedRequest[]; close(): Promise<void> }
export declare function startRateLimitedServer(opts?: { rpm?: number; latencyMs?: number; storm?: { atMs: number; forMs: number; retryAfterS: number } }): Promise<RateLimitedServer>;
export declare function maxInAnyWindow(log: LoggedRequest[], spanMs: number): number;
