/** In-process engine runs on the fake provider, each test in a fresh temp workspace. */
import { runJob } from '../../src/engine/run.js';
import type { RunResult } from '../../src/engine/types.js';
import { loadSpecFromString } from '../../src/jobspec/load.js';
import type { FakeProvider } from './fake-provider.js';
import { Workspace } from './workspace.js';

/** A job spec named `t` on the `fake` replay provider; `defaults` is added after `provider: fake`. */
export function fakeSpec(steps: string, opts: { defaults?: string; extra?: string } = {}): string {
  return `version: 2
name: t
defaults: { provider: fake, ${opts.defaults ?? 'retries: 0'} }
providers:
  fake: { type: replay, responses: none.yaml }
${opts.extra ?? ''}steps:
${steps}`;
}

export type RunJobOptions = Partial<Parameters<typeof runJob>[0]>;

export interface EngineWorkspace {
  /** The current test's workspace (a new one for every test). */
  ws: Workspace;
  /** Loads `yaml` as the workspace's job.yaml and runs it with `fake` as the `fake` provider, runs under runs/. */
  run(yaml: string, fake: FakeProvider, more?: RunJobOptions): Promise<RunResult>;
}

/**
 * Call inside a describe: a fresh Workspace before each of its tests, removed after. `ws` stands
 * for the current test's workspace, so tests keep writing `ws.path(...)` and the set-up stays one
 * line per file.
 */
export function engineWorkspacePerTest(): EngineWorkspace {
  let current: Workspace | undefined;
  beforeEach(() => (current = new Workspace()));
  afterEach(() => {
    current?.cleanup();
    current = undefined;
  });
  const now = (): Workspace => {
    if (!current) throw new Error('the per-test workspace exists only while a test runs');
    return current;
  };
  // A proxy rather than a hand-written delegate: whatever Workspace gains later is there too.
  const ws = new Proxy({} as Workspace, {
    get: (_target, key) => {
      const w = now();
      const value: unknown = Reflect.get(w, key, w);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(w) : value;
    },
  });
  return {
    ws,
    async run(yaml, fake, more = {}) {
      const loaded = await loadSpecFromString(yaml, ws.path('job.yaml'), ws.dir);
      return runJob({ loaded, runsDir: ws.path('runs'), providers: { fake }, ...more });
    },
  };
}
