export declare function mulberry32(seed: number): () => number;
export declare function randInt(rand: () => number, lo: number, hi: number): number;
export declare function shuffled<T>(rand: () => number, items: readonly T[]): T[];
