import type { webApi } from '@slack/bolt';

/**
 * The Web API client settings, defined once for the bot (Bolt's client) and for `newsbrief tick`
 * (a bare WebClient). Interactive users should not wait half an hour (the SDK default): a few
 * quick retries, then an apology; 429s are waited out (Retry-After) and count as a retry.
 */
export function slackClientOptions(
  options: { apiUrl?: string; retryConfig?: webApi.RetryOptions; timeoutMs?: number } = {},
): webApi.WebClientOptions {
  return {
    ...(options.apiUrl ? { slackApiUrl: options.apiUrl } : {}),
    retryConfig: options.retryConfig ?? { retries: 3, factor: 2, minTimeout: 500, maxTimeout: 5_000 },
    // false: the client waits out Retry-After and tries again instead of failing at once.
    rejectRateLimitedCalls: false,
    timeout: options.timeoutMs ?? 10_000,
  };
}

/**
 * The scheduler's own client: no SDK retries. A post that timed out may well have been posted;
 * retrying it blindly is how one slot became twelve messages. The scheduler retries instead,
 * after looking for the post by its slot key.
 */
export function slackSchedulerClientOptions(options: { apiUrl?: string; timeoutMs?: number } = {}) {
  return slackClientOptions({ ...options, retryConfig: { retries: 0 } });
}
