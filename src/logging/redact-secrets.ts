// Keys whose value is a credential, whatever the case and however deep: an HTTP client's error
// nests the request it sent (`original.config.headers.Authorization` for the Slack SDK's axios).
const SECRET_KEY =
  /^(?:authorization|proxy-authorization|cookie|set-cookie|password|passwd|secret|token|api[-_]?key|x-api-key|.*(?:token|secret|password))$/i;
// What an SDK error carries besides its message: the request and response, with the headers and
// the form body (Slack's token may travel in either). Dropped whole: nothing in them is needed.
const REQUEST_KEYS = new Set(['config', 'request', 'response', 'headers']);
const MAX_DEPTH = 8;
const CENSOR = '[redacted]';

/**
 * A copy of a log object with every credential censored at any depth and errors flattened (type,
 * message, stack, own fields) without the requests they carry. Cycles and very deep values are cut.
 */
export function redactSecrets(value: unknown): unknown {
  return walk(value, 0, new WeakSet(), false);
}

function walk(value: unknown, depth: number, seen: WeakSet<object>, inError: boolean): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return '[circular]';
  if (depth >= MAX_DEPTH) return '[too deep]';
  seen.add(value);
  try {
    if (Array.isArray(value)) return value.map((item) => walk(item, depth + 1, seen, inError));
    const isError = value instanceof Error;
    const source: Record<string, unknown> = isError ? errorFields(value) : (value as Record<string, unknown>);
    if (!isError && Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) {
      // Dates, buffers, class instances: JSON gives them their own shape; only plain data is walked.
      if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return value;
    }
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(source)) {
      if (SECRET_KEY.test(key)) out[key] = CENSOR;
      else if ((isError || inError) && REQUEST_KEYS.has(key)) continue;
      else out[key] = walk(inner, depth + 1, seen, inError || isError);
    }
    return out;
  } finally {
    seen.delete(value);
  }
}

function errorFields(error: Error): Record<string, unknown> {
  const fields: Record<string, unknown> = { type: error.name, message: error.message, stack: error.stack };
  for (const [key, inner] of Object.entries(error)) fields[key] = inner;
  if (error.cause !== undefined) fields.cause = error.cause;
  return fields;
}
