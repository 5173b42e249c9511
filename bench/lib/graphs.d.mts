export interface BenchStep { id: string; needs: string[] }
export type Shape = 'fanout' | 'layered' | 'chain';
export interface BenchGraph { shape: Shape; n: number; seed: number; steps: BenchStep[] }
export interface SkewOptions { slowMs?: number; fastMs?: number; slowShare?: number; seed?: number }
export type Trace = Array<['start' | 'end', string]>;

export declare const DEFAULT_SEED: number;
export declare const SHAPES: Shape[];
export declare function fanOut(n: number): BenchGraph;
export declare function chain(n: number): BenchGraph;
export declare function layerWidth(n: number): number;
export declare function layered(n: number, seed?: number): BenchGraph;
export declare function makeGraph(shape: Shape, n: number, seed?: number): BenchGraph;
export declare function uniformLatency(graph: BenchGraph, ms: number): Map<string, number>;
export declare function skewedLatency(graph: BenchGraph, options?: SkewOptions): Map<string, number>;
export declare function criticalPathMs(graph: BenchGraph, latency: Map<string, number>): number;
export declare function depth(graph: BenchGraph): number;
export declare function idealMakespanMs(graph: BenchGraph, latency: Map<string, number>, concurrency: number): number;
/** null when the trace is a valid run of the graph, else what went wrong. */
export declare function verifyTrace(graph: BenchGraph, trace: Trace): string | null;
