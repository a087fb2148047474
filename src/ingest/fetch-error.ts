export type FetchErrorCode =
  | 'bad_url'
  | 'refused'
  | 'dns'
  | 'timeout'
  | 'too_large'
  | 'unsupported_type'
  | 'http_status'
  | 'too_many_redirects'
  | 'network'
  | 'no_article'
  | 'not_a_feed';

/**
 * A fetch or extraction that failed for a reason the user can act on. The message is written
 * for the person who typed the link ("… resolves to 10.0.0.5, a private network address").
 */
export class FetchError extends Error {
  constructor(
    readonly code: FetchErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'FetchError';
  }
}

/** undici wraps connect-time errors (our DNS refusal among them) in TypeError('fetch failed'). */
export function findFetchError(error: unknown): FetchError | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    if (current instanceof FetchError) return current;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
