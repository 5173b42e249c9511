/**
 * orchestrator-action as a library: the engine and its collaborators, usable in-process with no
 * GitHub and no network (the replay provider, or your own Provider implementation).
 *
 *   import { loadSpec, runJob, LocalCacheStore } from 'orchestrator-action';
 *   const loaded = await loadSpec('job.yaml');
 *   const result = await runJob({ loaded, runsDir: 'runs', cache: new LocalCacheStore('.orchestrator/cache') });
 */
export { loadSpec, loadSpecFromString } from './jobspec/load.js';
export { JobSpecSchema, jobJsonSchema } from './jobspec/schema.js';
export type { JobSpec, StepSpec, ProviderSpec, LoadedSpec, InputDecl } from './jobspec/schema.js';
export { resolveInputs, parseInputMapping, assertInputsComplete } from './jobspec/inputs.js';
export { planJson, planText, planMermaid } from './planning/plan.js';
export { runJob } from './engine/run.js';
export { dryRun } from './engine/dry-run.js';
export { compareGolden, updateGolden } from './golden/compare.js';
export type { GoldenReport } from './golden/compare.js';
export type { RunJobOptions, RunResult, Clock } from './engine/types.js';
export { LocalCacheStore } from './cache/local-store.js';
export { llmCacheKey, commandCacheKey, CACHE_FORMAT } from './cache/key.js';
export type { CacheStore, CacheEntry } from './cache/types.js';
export type { Provider, CompletionRequest, CompletionResult, Usage } from './providers/types.js';
export { readEventsSync } from './events/reader.js';
export type { OrchestratorEvent, EventType, EventPayloads, EventOf, KnownEvent } from './events/types.js';
export { decodeEvent, EVENT_TYPES } from './events/decode.js';
export { RunState } from './run/fold.js';
export { readManifest, latestRunId } from './run/run-folder.js';
export type { Manifest, StepState } from './run/manifest-types.js';
export { eventsToOtlp } from './tracing/otlp.js';
export { OrchestratorError, UsageError, SpecError, ProviderError } from './util/errors.js';
