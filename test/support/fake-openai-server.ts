import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One scripted reply. `content` becomes a normal chat completion; `raw` is sent as-is. */
interface FakeOpenAiStep {
  status?: number;
  headers?: Record<string, string>;
  /** Assistant message content (usually a JSON string). */
  content?: string;
  refusal?: string;
  finishReason?: 'stop' | 'length' | 'content_filter';
  /** Response body sent verbatim instead of a completion. */
  raw?: string;
  /**
   * Never answer: the request is recorded and held open until the client gives up (its timeout)
   * or the server closes, so a client timeout is certain however slow the machine is.
   */
  hang?: true;
  /** Answer only once this settles: the request is in flight until then (a model thinking). */
  after?: Promise<unknown>;
}

interface RecordedCall {
  path: string;
  headers: IncomingHttpHeaders;
  body: {
    model?: string;
    messages?: { role: string; content: string }[];
    response_format?: unknown;
    [k: string]: unknown;
  };
}

export interface FakeOpenAiServer {
  /** For the SDK's baseURL option: http://127.0.0.1:PORT/v1 */
  baseURL: string;
  calls: RecordedCall[];
  /** Queue replies; when the queue is empty the server answers 500. */
  script(...steps: FakeOpenAiStep[]): void;
  close(): Promise<void>;
}

/** An OpenAI-compatible POST /v1/chat/completions on 127.0.0.1, port 0, answering from a script. */
export async function startFakeOpenAiServer(): Promise<FakeOpenAiServer> {
  const queue: FakeOpenAiStep[] = [];
  const calls: RecordedCall[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"message":"not found"}}');
        return;
      }
      const text = Buffer.concat(chunks).toString('utf8');
      calls.push({ path: req.url, headers: req.headers, body: text ? JSON.parse(text) : {} });
      const step = queue.shift() ?? { status: 500, raw: '{"error":{"message":"no scripted reply"}}' };
      const model = String(calls[calls.length - 1]?.body.model ?? 'fake');
      if (step.hang) return;
      if (step.after) void step.after.finally(() => reply(res, step, model));
      else reply(res, step, model);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    calls,
    script: (...steps) => queue.push(...steps),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function reply(res: ServerResponse, step: FakeOpenAiStep, model: string): void {
  const status = step.status ?? 200;
  const headers = { 'content-type': 'application/json', ...step.headers };
  if (step.raw !== undefined) {
    res.writeHead(status, headers).end(step.raw);
    return;
  }
  const completion = {
    id: `chatcmpl-fake-${Date.now()}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [
      {
        index: 0,
        message: {
          role: 'assistant',
          content: step.refusal ? null : (step.content ?? ''),
          refusal: step.refusal ?? null,
        },
        finish_reason: step.finishReason ?? 'stop',
        logprobs: null,
      },
    ],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  };
  res.writeHead(status, headers).end(JSON.stringify(completion));
}
