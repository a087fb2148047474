/** fetch() as the openai SDK calls it. */
type ModelFetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

export interface ModelFetchOptions {
  /** Larger responses are cut off while streaming (a chat completion is a few KB to a few hundred). */
  maxBytes: number;
  /**
   * The longest Retry-After the SDK may obey. Its back-off sleep cannot be cancelled and keeps the
   * process alive, so a server asking for more (429 with Retry-After: 3600) is not retried at all.
   */
  maxRetryWaitMs: number;
  fetch?: ModelFetch;
}

/** Thrown (to the SDK, which passes it on) when a response passes the size limit. */
export class ModelResponseTooLarge extends Error {
  override readonly name = 'ModelResponseTooLarge';
  constructor(readonly limit: number) {
    super(`model response over ${limit} bytes`);
  }
}

const NULL_BODY = new Set([101, 204, 205, 304]);

/** The fetch given to the openai SDK: a byte cap on every response and a bound on retry waits. */
export function createModelFetch(options: ModelFetchOptions): ModelFetch {
  const base = options.fetch ?? globalThis.fetch;
  return async (input, init) => {
    const response = await base(input, init);
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (declared > options.maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw new ModelResponseTooLarge(options.maxBytes);
    }
    const headers = new Headers(response.headers);
    const wait = retryWaitMs(headers);
    if (wait !== undefined && wait > options.maxRetryWaitMs) headers.set('x-should-retry', 'false');
    const body =
      response.body && !NULL_BODY.has(response.status) ? response.body.pipeThrough(limitBytes(options.maxBytes)) : null;
    return new Response(body, { status: response.status, statusText: response.statusText, headers });
  };
}

/** The wait a response asks for before a retry, read as the SDK reads it (ms header first). */
function retryWaitMs(headers: Headers): number | undefined {
  const ms = Number.parseFloat(headers.get('retry-after-ms') ?? '');
  if (!Number.isNaN(ms)) return ms;
  const value = headers.get('retry-after');
  if (!value) return undefined;
  const seconds = Number.parseFloat(value);
  if (!Number.isNaN(seconds)) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : date - Date.now();
}

function limitBytes(maxBytes: number): TransformStream<Uint8Array, Uint8Array> {
  let seen = 0;
  return new TransformStream({
    transform(chunk, controller) {
      seen += chunk.byteLength;
      // Erroring the stream cancels the source: nothing more is read from the socket.
      if (seen > maxBytes) controller.error(new ModelResponseTooLarge(maxBytes));
      else controller.enqueue(chunk);
    },
  });
}
