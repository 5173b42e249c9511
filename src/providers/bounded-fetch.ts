/**
 * A fetch for the AI SDK that bounds how much of a provider's answer is read. The limit counts
 * the bytes after decompression (fetch decodes gzip/br/deflate as the body is read), so a gzip
 * bomb (a few KB that inflate to GBs) is cut off after `limit` bytes: the body is read chunk by
 * chunk through a pull stream, and the first chunk past the limit cancels the download. A
 * declared Content-Length over the limit is refused before any byte is read.
 */
import { ProviderError } from '../util/errors.js';

/** 16 MiB: an LLM answer is at most a few hundred KB; anything near this is not an answer. */
export const DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

export class ResponseTooLargeError extends ProviderError {
  constructor(provider: string, limit: number, what: string) {
    super(
      'E_RESPONSE_TOO_LARGE',
      provider,
      `provider ${provider}: the answer ${what}, over max_response_bytes (${limit})`,
      {
        retryable: false,
        hint:
          `raise max_response_bytes on provider ${provider} if the answer is really that large; a compressed ` +
          `answer counts at its decompressed size`,
      },
    );
  }
}

export function boundedFetch(provider: string, limit: number, base: typeof fetch = globalThis.fetch): typeof fetch {
  return async (input, init) => {
    const res = await base(input, init);
    const declared = res.headers.get('content-length');
    // Without an encoding, Content-Length is the body's size; with one, only the decoded size counts.
    if (declared !== null && !res.headers.get('content-encoding') && Number(declared) > limit) {
      await res.body?.cancel().catch(() => undefined);
      throw new ResponseTooLargeError(provider, limit, `declares ${declared} bytes`);
    }
    if (!res.body) return res;
    const reader = res.body.getReader();
    let seen = 0;
    const body = new ReadableStream<Uint8Array>(
      {
        async pull(controller) {
          let chunk: Awaited<ReturnType<typeof reader.read>>;
          try {
            chunk = await reader.read();
          } catch (e) {
            controller.error(e);
            return;
          }
          if (chunk.done) {
            controller.close();
            return;
          }
          seen += chunk.value.byteLength;
          if (seen > limit) {
            await reader.cancel().catch(() => undefined);
            controller.error(new ResponseTooLargeError(provider, limit, `grew past ${limit} bytes`));
            return;
          }
          controller.enqueue(chunk.value);
        },
        cancel(reason) {
          return reader.cancel(reason);
        },
      },
      { highWaterMark: 0 },
    );
    const headers = new Headers(res.headers);
    // The body handed on is already decoded: its old encoding and length no longer describe it.
    headers.delete('content-encoding');
    headers.delete('content-length');
    const bounded = new Response(body, { status: res.status, statusText: res.statusText, headers });
    Object.defineProperty(bounded, 'url', { value: res.url });
    return bounded;
  };
}
