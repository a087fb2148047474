import { redactUrl } from './redact-url';

/**
 * A link as the logs may keep it: no user name or password, and no query string or fragment,
 * where signed links and newsletters carry access tokens.
 */
export function urlForLog(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  const redacted = redactUrl(raw);
  try {
    const url = new URL(redacted);
    const hadQuery = url.search !== '';
    url.search = '';
    url.hash = '';
    return hadQuery ? `${url.toString()}?…` : url.toString();
  } catch {
    return redacted.replace(/[?#].*$/su, '');
  }
}
