// Query parameters libpq and pg read secrets from: `?password=` works as well as `user:pass@`.
const SECRET_PARAMETER = /pass|key|secret|token/i;

/** The URL without its password (in the authority or the query), safe for logs and error messages. */
export function redactDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '';
    for (const name of [...parsed.searchParams.keys()]) {
      if (SECRET_PARAMETER.test(name)) parsed.searchParams.set(name, '***');
    }
    return parsed.toString();
  } catch {
    return '(an unparsable database URL)';
  }
}

/** Raised when the database cannot be reached at start; the message names the URL minus its password. */
export class DatabaseUnreachableError extends Error {
  constructor(
    readonly safeUrl: string,
    cause: unknown,
  ) {
    super(`cannot reach PostgreSQL at ${safeUrl}: ${describeCause(cause)}`, { cause });
    this.name = 'DatabaseUnreachableError';
  }
}

function describeCause(cause: unknown): string {
  if (cause instanceof AggregateError && cause.errors.length > 0) return describeCause(cause.errors[0]);
  if (cause instanceof Error) return cause.message || ('code' in cause ? String(cause.code) : cause.name);
  return String(cause);
}

// SQLSTATE classes/codes after which the same statement may succeed on a new connection.
const RETRYABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
const RETRYABLE_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOENT', 'EAI_AGAIN']);

/**
 * True for failures of the connection rather than of the statement: the server is restarting,
 * down, or dropped us. Such a call can be retried on a fresh connection.
 */
export function isConnectionError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error instanceof AggregateError) return error.errors.some(isConnectionError);
  const code = 'code' in error ? String(error.code) : '';
  if (RETRYABLE_SQLSTATES.has(code) || code.startsWith('08') || RETRYABLE_NODE_CODES.has(code)) return true;
  return /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(
    error.message,
  );
}
