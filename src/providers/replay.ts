/**
 * The offline provider: answers from a YAML file mapping step id -> response (or a list used in
 * turn, the last one repeating; a sampled step's sample k takes element k mod length, whatever
 * order its samples run in). No network, no key; what examples, tests and benchmarks run on.
 */
import { dirname } from 'node:path';
import { ConfinedFileError, readConfinedSync } from '../util/confined-read.js';
import { parseYamlData } from '../util/yaml-data.js';
import { UsageError } from '../util/errors.js';
import type { Price, ReplayProviderSpec } from '../jobspec/schema.js';
import type { CompletionRequest, CompletionResult, Provider } from './types.js';
import { abortableSleep } from '../util/sleep.js';

import { estimateTokens } from '../util/tokens.js';
import { stepOf } from '../jobspec/fan-out.js';
import { checkFresh, parseReplayFixture, type ReplayAnswer } from './replay-fixture.js';

/** How a replay provider checks its entries; the factory sets it from the spec and the environment. */
export interface ReplayChecks {
  /** Fail a call whose prompt differs from the one its entry was recorded for (E_REPLAY_STALE). */
  strict?: boolean;
  /** The run's redactor: recorded prompts are redacted log text. */
  redact?: (text: string) => string;
}

export class ReplayProvider implements Provider {
  readonly type = 'replay';
  readonly model: string;
  readonly price?: Price;
  readonly contextWindow?: number;
  private responses?: Map<string, ReplayAnswer[]>;
  private readonly turns = new Map<string, number>();

  constructor(
    readonly name: string,
    private readonly spec: ReplayProviderSpec,
    /** Absolute path of the responses file. */
    private readonly file: string,
    /** The folder it must be inside: the spec's repository (src/util/confined-read.ts). */
    private readonly root: string = dirname(file),
    private readonly checks: ReplayChecks = {},
  ) {
    this.model = spec.model ?? 'replay';
    this.price = spec.price;
    this.contextWindow = spec.context_window;
  }

  identity(): Record<string, unknown> {
    // The file's content is not part of the identity: changing a fixture is like a model
    // changing its mind, which the cache must not hide... unless the user bumps code_version.
    // We include the model name only, like an HTTP provider.
    return { type: 'replay', model: this.model };
  }

  async preflight(): Promise<void> {
    this.load();
  }

  private load(): Map<string, ReplayAnswer[]> {
    if (this.responses) return this.responses;
    let raw: string;
    try {
      // Inside the spec's repository, a regular file, bounded (a FIFO must not hang the run).
      raw = readConfinedSync(this.file, { root: this.root, label: `provider ${this.name}: responses file` }).toString(
        'utf8',
      );
    } catch (e) {
      if (e instanceof ConfinedFileError) throw e;
      throw new UsageError(
        'E_REPLAY_FILE',
        `provider ${this.name}: cannot read responses file ${this.file}: ${(e as NodeJS.ErrnoException).code ?? e}`,
        {
          hint: "responses: is relative to the spec file's folder",
        },
      );
    }
    let doc: unknown;
    try {
      doc = parseYamlData(raw);
    } catch (e) {
      throw new UsageError(
        'E_REPLAY_FILE',
        `provider ${this.name}: ${this.file} is not valid YAML: ${(e as Error).message.split('\n')[0]}`,
      );
    }
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
      throw new UsageError('E_REPLAY_FILE', `provider ${this.name}: ${this.file} must map step ids to responses`);
    }
    const map = parseReplayFixture(doc as Record<string, unknown>, `provider ${this.name}: ${this.file}`);
    this.responses = map;
    return map;
  }

  async complete(request: CompletionRequest): Promise<CompletionResult> {
    // An instance `STEP[KEY]` answers from its own entry, else from its step's (each instance
    // takes that list in turn from the start: the same answers whatever order instances run in).
    const responses = this.load();
    const entry = responses.has(request.stepId) ? request.stepId : stepOf(request.stepId);
    const list = responses.get(entry);
    if (!list) {
      throw new UsageError(
        'E_REPLAY_MISSING',
        `provider ${this.name}: no response for step ${request.stepId} in ${this.file}`,
        {
          hint: `add a "${request.stepId}:" entry to the responses file`,
        },
      );
    }
    if (this.spec.latency_ms) await abortableSleep(this.spec.latency_ms, request.signal);
    else if (request.signal.aborted) throw request.signal.reason;
    let answer: ReplayAnswer;
    if (request.sample !== undefined) answer = list[request.sample % list.length]!;
    else {
      const turn = this.turns.get(request.stepId) ?? 0;
      this.turns.set(request.stepId, turn + 1);
      answer = list[Math.min(turn, list.length - 1)]!;
    }
    if (this.checks.strict)
      await checkFresh(
        answer,
        { stepId: request.stepId, entry, system: request.system, prompt: request.prompt },
        { provider: this.name, file: this.file },
        this.checks.redact,
      );
    const text = answer.text;
    return {
      text,
      usage: {
        input_tokens: estimateTokens((request.system ?? '') + request.prompt),
        output_tokens: estimateTokens(text),
      },
      finishReason: 'stop',
      model: this.model,
    };
  }
}
