import type OpenAI from 'openai';
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { z } from 'zod';
import { ModelResponseTooLarge } from './model-fetch';

/**
 * A failed call says why, and whether a reply came that could not be used (`unreadable`: junk JSON,
 * the wrong shape, a refusal, a reply cut off or too big) rather than no reply at all.
 */
export type ModelCallResult<T> = { ok: true; value: T } | { ok: false; reason: string; unreadable?: true };

export interface StructuredRequest<S extends z.ZodType> {
  client: OpenAI;
  model: string;
  messages: ChatCompletionMessageParam[];
  schema: S;
  schemaName: string;
  /**
   * Hard limit for the whole call including the SDK's retries and back-off. The SDK obeys a
   * server's Retry-After however long it is and its per-attempt timeout stops at the headers,
   * so only this bounds how long a chat reply can wait.
   */
  deadlineMs: number;
}

/**
 * One chat completion with a json_schema response format, parsed and validated. Never throws:
 * every failure becomes a short reason that is safe to log (no message text from the server,
 * which for a 401 can echo part of the key).
 */
export async function requestStructuredOutput<S extends z.ZodType>(
  request: StructuredRequest<S>,
): Promise<ModelCallResult<z.output<S>>> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<ModelCallResult<never>>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve({ ok: false, reason: `deadline of ${request.deadlineMs} ms passed` });
    }, request.deadlineMs);
  });
  const call = request.client.chat.completions
    .create(
      {
        model: request.model,
        messages: request.messages,
        response_format: zodResponseFormat(request.schema, request.schemaName),
      },
      { signal: controller.signal },
    )
    .then(
      (completion) => parseCompletion(completion, request.schema),
      (err: unknown) => failure(err),
    );
  try {
    return await Promise.race([call, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

function parseCompletion<S extends z.ZodType>(
  completion: OpenAI.Chat.Completions.ChatCompletion,
  schema: S,
): ModelCallResult<z.output<S>> {
  const choice = completion.choices?.[0];
  if (!choice) return { ok: false, reason: 'no choices in response', unreadable: true };
  if (choice.message.refusal) return { ok: false, reason: 'model refused', unreadable: true };
  if (choice.finish_reason === 'length')
    return { ok: false, reason: 'output truncated (finish_reason length)', unreadable: true };
  if (choice.finish_reason === 'content_filter') return { ok: false, reason: 'content filter', unreadable: true };
  const content = choice.message.content?.trim();
  if (!content) return { ok: false, reason: 'empty content', unreadable: true };
  let json: unknown;
  try {
    // Some local servers wrap the JSON in a Markdown fence even with a response format.
    json = JSON.parse(content.replace(/^```(?:json)?\s*|\s*```$/gu, ''));
  } catch {
    return { ok: false, reason: 'malformed JSON', unreadable: true };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success)
    return {
      ok: false,
      reason: `schema mismatch at ${parsed.error.issues[0]?.path.join('.') || 'root'}`,
      unreadable: true,
    };
  return { ok: true, value: parsed.data };
}

function failure(err: unknown): ModelCallResult<never> {
  if (findTooLarge(err)) return { ok: false, reason: 'response over the size limit', unreadable: true };
  if (err instanceof APIConnectionTimeoutError) return { ok: false, reason: 'timeout' };
  if (err instanceof APIUserAbortError) return { ok: false, reason: 'aborted at deadline' };
  if (err instanceof APIConnectionError) return { ok: false, reason: 'connection failed' };
  if (err instanceof APIError)
    return { ok: false, reason: `HTTP ${err.status ?? '?'}${err.code ? ` ${err.code}` : ''}` };
  return { ok: false, reason: err instanceof Error ? err.name : 'unknown error' };
}

/** The SDK may wrap an error from reading the body; look through its causes. */
function findTooLarge(err: unknown): boolean {
  for (let e = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++)
    if (e instanceof ModelResponseTooLarge) return true;
  return false;
}
