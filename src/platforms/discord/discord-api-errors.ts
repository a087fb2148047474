import { DiscordAPIError, HTTPError, RateLimitError, RESTJSONErrorCodes } from 'discord.js';

/** The interaction's token is no longer usable (older than 15 min, or 3 s passed without a response). */
export function isExpiredInteraction(err: unknown): boolean {
  return (
    err instanceof DiscordAPIError &&
    (err.code === RESTJSONErrorCodes.UnknownInteraction || err.code === RESTJSONErrorCodes.InvalidWebhookToken)
  );
}

/** The channel was deleted or the bot can no longer see it: scheduled posts there should stop. */
export function isChannelGone(err: unknown): boolean {
  return (
    err instanceof DiscordAPIError &&
    (err.code === RESTJSONErrorCodes.UnknownChannel || err.code === RESTJSONErrorCodes.MissingAccess)
  );
}

/**
 * Loggable facts about a failed Discord call. The raw error carries the request URL, whose
 * webhook/interaction segment is a live token, and the request body: neither is logged.
 */
export function describeDiscordError(err: unknown): Record<string, unknown> {
  if (err instanceof DiscordAPIError || err instanceof HTTPError) {
    return {
      kind: err.name,
      status: err.status,
      code: err instanceof DiscordAPIError ? err.code : undefined,
      method: err.method,
      route: redactRoute(err.url),
      message: err.message,
    };
  }
  if (err instanceof RateLimitError) {
    return {
      kind: 'RateLimitError',
      route: err.route,
      method: err.method,
      retryAfterMs: err.retryAfter,
      global: err.global,
    };
  }
  if (err instanceof Error) return { kind: err.name, message: err.message };
  return { kind: typeof err, message: String(err) };
}

function redactRoute(url: string): string {
  const path = url.replace(/^https?:\/\/[^/]+/, '').replace(/\?.*$/, '');
  return path.replace(/\/(webhooks|interactions)\/(\d+)\/[^/]+/, '/$1/$2/:token');
}
