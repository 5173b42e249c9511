import type { BenchGraph } from './graphs.mjs';

export interface SpecOptions { name?: string; concurrency?: number }
export declare function responseFor(id: string): string;
export declare function specDocument(graph: BenchGraph, latency: Map<string, number>, options?: SpecOptions): Record<string, unknown>;
export declare function writeSpec(dir: string, graph: BenchGraph, latency: Map<string, number>, options?: SpecOptions): string;
