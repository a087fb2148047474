import { webApi } from '@slack/bolt';

// Kept here too: the Slack code has always taken it from this module.
export { errorSummary } from '../../logging/error-summary';

/** Short machine code for logs and apologies: Slack's `error` field, "ratelimited", "http_500"… */
export function slackApiErrorCode(error: unknown): string {
  if (typeof error !== 'object' || error === null) return 'unknown';
  const e = error as { code?: string; data?: { error?: string }; statusCode?: number; original?: Error };
  // After waiting out Retry-After the SDK retries by throwing "A rate limit was exceeded …";
  // when no retries are left that error surfaces wrapped as a request error.
  if (error instanceof Error && /rate limit/i.test(`${error.message} ${e.original?.message ?? ''}`))
    return 'ratelimited';
  switch (e.code) {
    case webApi.ErrorCode.PlatformError:
      return e.data?.error ?? 'platform_error';
    case webApi.ErrorCode.RateLimitedError:
      return 'ratelimited';
    case webApi.ErrorCode.HTTPError:
      return `http_${e.statusCode ?? 'error'}`;
    case webApi.ErrorCode.RequestError:
      return 'request_failed';
  }
  return e.code ?? 'internal_error';
}

/** The platform's ways of saying "this channel is not ours to post in any more". */
export const CHANNEL_GONE_CODES = new Set(['channel_not_found', 'not_in_channel', 'is_archived']);

/** A short apology the user sees (ephemeral) when posting failed; never a stack trace. */
export function slackApology(code: string): string {
  if (code === 'not_in_channel' || code === 'channel_not_found') {
    return 'Sorry, I can’t post in this channel. Invite me with `/invite @newsbrief` and try again.';
  }
  if (code === 'is_archived') return 'Sorry, this channel is archived, so I can’t post here.';
  if (code === 'ratelimited') return 'Sorry, Slack is rate-limiting me right now. Please try again in a minute.';
  return `Sorry, something went wrong while answering (${code}). Please try again.`;
}
