/** Context retrieval for prompts: workspace files and upstream outputs under a token budget. */
export { buildContext, estimateTokens, MAX_FILE_BYTES } from './build.js';
export type { BuildContextOptions, ContextFile, ContextFileStatus, ContextResult, ContextSource } from './build.js';
export { listWorkspaceFiles } from './files.js';
export { bm25Scores, tokenize } from './rank.js';
