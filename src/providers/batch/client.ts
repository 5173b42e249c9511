/**
 * A small client of the two batch APIs (see ./wire.ts for the protocol and its documentation):
 * submit calls, read a batch's state, read its results, and (OpenAI) find a batch of this run by
 * its metadata. Every answer is read through the provider's bounded fetch.
 */
import { ProviderError } from '../../util/errors.js';
import { parseResultLine, type BatchApi, type ItemOutcome } from './wire.js';

export interface BatchClientOptions {
  api: BatchApi;
  provider: string;
  model: string;
  /** e.g. `https://api.openai.com/v1`, `https://api.anthropic.com/v1` (no trailing slash). */
  baseUrl: string;
  apiKey?: string;
  fetch: typeof fetch;
}

export interface SubmittedBatch {
  id: string;
}

export interface BatchState {
  /** `true` when the provider will change nothing more (completed, ended, failed, expired, cancelled). */
  ended: boolean;
  status: string;
}

/** Metadata an OpenAI batch carries, so a run killed before recording its submission finds it again. */
export interface BatchMetadata {
  orchestrator_job: string;
  orchestrator_attempt: string;
  orchestrator_provider: string;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export class BatchClient {
  constructor(private readonly o: BatchClientOptions) {}

  private headers(json = true): Record<string, string> {
    const h: Record<string, string> = json ? { 'content-type': 'application/json' } : {};
    if (this.o.api === 'anthropic') {
      h['anthropic-version'] = '2023-06-01';
      if (this.o.apiKey) h['x-api-key'] = this.o.apiKey;
    } else if (this.o.apiKey) h.authorization = `Bearer ${this.o.apiKey}`;
    return h;
  }

  private async send(url: string, init: RequestInit, what: string): Promise<Response> {
    let res: Response;
    try {
      res = await this.o.fetch(url, init);
    } catch (e) {
      throw new ProviderError(
        'E_CONNECTION',
        this.o.provider,
        `provider ${this.o.provider}: ${what}: ${e instanceof Error ? e.message : String(e)}`,
        {
          retryable: true,
        },
      );
    }
    if (!res.ok) {
      const body = await res.text().catch(() => '');
      const retryable = res.status === 408 || res.status === 409 || res.status === 429 || res.status >= 500;
      throw new ProviderError(
        retryable ? 'E_SERVER' : 'E_PROVIDER',
        this.o.provider,
        `provider ${this.o.provider}: ${what}: HTTP ${res.status} ${body.slice(0, 300)}`,
        {
          retryable,
          status: res.status,
        },
      );
    }
    return res;
  }

  private async json(url: string, init: RequestInit, what: string): Promise<Record<string, unknown>> {
    const v: unknown = await (await this.send(url, init, what)).json();
    if (!isObj(v))
      throw new ProviderError(
        'E_BAD_RESPONSE',
        this.o.provider,
        `provider ${this.o.provider}: ${what}: not a JSON object`,
        { retryable: false },
      );
    return v;
  }

  /** Submits one batch: `items` are `[custom_id, body]` in the API's own request format. */
  async submit(
    items: ReadonlyArray<readonly [string, Record<string, unknown>]>,
    metadata: BatchMetadata,
  ): Promise<SubmittedBatch> {
    const base = this.o.baseUrl;
    if (this.o.api === 'anthropic') {
      const b = await this.json(
        `${base}/messages/batches`,
        {
          method: 'POST',
          headers: this.headers(),
          body: JSON.stringify({ requests: items.map(([custom_id, params]) => ({ custom_id, params })) }),
        },
        'submitting a message batch',
      );
      return { id: String(b.id) };
    }
    const lines =
      items
        .map(([custom_id, body]) => JSON.stringify({ custom_id, method: 'POST', url: '/v1/chat/completions', body }))
        .join('\n') + '\n';
    const form = new FormData();
    form.append('purpose', 'batch');
    form.append('file', new Blob([lines], { type: 'application/jsonl' }), 'batch.jsonl');
    const file = await this.json(
      `${base}/files`,
      { method: 'POST', headers: this.headers(false), body: form },
      'uploading the batch input file',
    );
    const b = await this.json(
      `${base}/batches`,
      {
        method: 'POST',
        headers: this.headers(),
        body: JSON.stringify({
          input_file_id: file.id,
          endpoint: '/v1/chat/completions',
          completion_window: '24h',
          metadata,
        }),
      },
      'creating a batch',
    );
    return { id: String(b.id) };
  }

  async state(id: string): Promise<BatchState> {
    const base = this.o.baseUrl;
    if (this.o.api === 'anthropic') {
      const b = await this.json(
        `${base}/messages/batches/${encodeURIComponent(id)}`,
        { headers: this.headers() },
        `reading batch ${id}`,
      );
      const status = String(b.processing_status);
      return { ended: status === 'ended', status };
    }
    const b = await this.json(
      `${base}/batches/${encodeURIComponent(id)}`,
      { headers: this.headers() },
      `reading batch ${id}`,
    );
    const status = String(b.status);
    return { ended: ['completed', 'failed', 'expired', 'cancelled'].includes(status), status };
  }

  /** Every result of an ended batch, by custom_id. */
  async results(id: string): Promise<Map<string, ItemOutcome>> {
    const base = this.o.baseUrl;
    const out = new Map<string, ItemOutcome>();
    const take = (text: string) => {
      for (const raw of text.split('\n')) {
        if (!raw.trim()) continue;
        let line: unknown;
        try {
          line = JSON.parse(raw);
        } catch {
          continue; // a damaged line: its call stays unanswered and fails below
        }
        if (isObj(line) && typeof line.custom_id === 'string')
          out.set(line.custom_id, parseResultLine(this.o.api, this.o.provider, this.o.model, line));
      }
    };
    if (this.o.api === 'anthropic') {
      const b = await this.json(
        `${base}/messages/batches/${encodeURIComponent(id)}`,
        { headers: this.headers() },
        `reading batch ${id}`,
      );
      if (typeof b.results_url !== 'string') return out;
      take(
        await (
          await this.send(b.results_url, { headers: this.headers(false) }, `reading the results of batch ${id}`)
        ).text(),
      );
      return out;
    }
    const b = await this.json(
      `${base}/batches/${encodeURIComponent(id)}`,
      { headers: this.headers() },
      `reading batch ${id}`,
    );
    for (const f of [b.output_file_id, b.error_file_id]) {
      if (typeof f !== 'string' || !f) continue;
      take(
        await (
          await this.send(
            `${base}/files/${encodeURIComponent(f)}/content`,
            { headers: this.headers(false) },
            `reading file ${f}`,
          )
        ).text(),
      );
    }
    return out;
  }

  /**
   * OpenAI only: batches of this job (by metadata) with the custom ids of their calls, for a run
   * killed between a submission and its record. Reads the newest 100 batches.
   */
  async findByMetadata(job: string, provider: string): Promise<Array<{ id: string; customIds: string[] }>> {
    if (this.o.api !== 'openai') return [];
    const base = this.o.baseUrl;
    const list = await this.json(`${base}/batches?limit=100`, { headers: this.headers() }, 'listing batches');
    const found: Array<{ id: string; customIds: string[] }> = [];
    for (const b of Array.isArray(list.data) ? list.data : []) {
      if (!isObj(b) || !isObj(b.metadata)) continue;
      if (b.metadata.orchestrator_job !== job || b.metadata.orchestrator_provider !== provider) continue;
      if (typeof b.input_file_id !== 'string') continue;
      const text = await (
        await this.send(
          `${base}/files/${encodeURIComponent(b.input_file_id)}/content`,
          { headers: this.headers(false) },
          'reading a batch input file',
        )
      ).text();
      const ids: string[] = [];
      for (const raw of text.split('\n')) {
        try {
          const l: unknown = JSON.parse(raw);
          if (isObj(l) && typeof l.custom_id === 'string') ids.push(l.custom_id);
        } catch {
          /* not a line of ours */
        }
      }
      found.push({ id: String(b.id), customIds: ids });
    }
    return found;
  }
}
