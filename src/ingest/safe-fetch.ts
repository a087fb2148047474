import { Agent, fetch } from 'undici';
import { FetchError, findFetchError } from './fetch-error';
import {
  type AddressGate,
  checkLiteralHost,
  createGuardedLookup,
  type ResolveHost,
  systemResolveHost,
} from './guarded-lookup';
import { networkProblem } from './network-problem';
import { decodeBody, formatMb, readCappedBody } from './read-capped-body';

export interface SafeFetchOptions {
  /** NEWSBRIEF_FETCH_ALLOW_PRIVATE: let fetches reach loopback/private addresses (tests, intranets). */
  allowPrivate?: boolean;
  /** Exact IP addresses reachable even though private (an intranet CMS; tests' 127.0.0.1). */
  allowAddresses?: readonly string[];
  /** NEWSBRIEF_FETCH_TIMEOUT_MS: whole request, all redirects and the body included. */
  timeoutMs?: number;
  /** NEWSBRIEF_FETCH_MAX_MB in bytes: bodies larger than this are refused. */
  maxBytes?: number;
  maxRedirects?: number;
  /** DNS resolution; tests inject one so no real name is ever resolved. */
  resolveHost?: ResolveHost;
  userAgent?: string;
}

export interface SafeFetchRequest {
  /** Media types accepted ("text/html"); anything else is refused before the body is read. */
  accept: readonly string[];
  /** What the caller wants, for error messages: "a web page", "an RSS or Atom feed". */
  expecting: string;
  /** Extra request headers, e.g. If-None-Match / If-Modified-Since for feeds. */
  headers?: Record<string, string>;
}

export interface SafeFetchResult {
  /** The URL of the last hop, after redirects. */
  url: string;
  /** 200-299, or 304 when a conditional request found nothing new (body is then ''). */
  status: number;
  contentType: string | null;
  headers: Headers;
  body: string;
}

export type SafeFetch = (url: string, request: SafeFetchRequest) => Promise<SafeFetchResult>;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * fetch() for URLs nobody vetted: every hop's host is resolved and checked, and the socket
 * connects to the checked address (no DNS-rebinding gap); redirects are followed by hand; the
 * whole exchange has one deadline and a byte cap enforced while streaming.
 */
export function createSafeFetch(options: SafeFetchOptions = {}): SafeFetch {
  const gate: AddressGate = { allowPrivate: options.allowPrivate ?? false, allowAddresses: options.allowAddresses };
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxBytes = options.maxBytes ?? 5 * 1024 * 1024;
  const maxRedirects = options.maxRedirects ?? 5;
  const userAgent = options.userAgent ?? 'newsbrief/0.1 (+article fetcher)';
  const dispatcher = new Agent({
    connect: { lookup: createGuardedLookup(options.resolveHost ?? systemResolveHost, gate), timeout: timeoutMs },
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });

  return async function safeFetch(rawUrl, request) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      let url = parseFetchableUrl(rawUrl);
      for (let hop = 0; ; hop++) {
        checkLiteralHost(url.hostname, gate);
        const response = await fetch(url, {
          dispatcher,
          redirect: 'manual',
          signal: controller.signal,
          headers: { 'user-agent': userAgent, accept: `${request.accept.join(', ')}, */*;q=0.1`, ...request.headers },
        });
        if (REDIRECTS.has(response.status)) {
          await response.body?.cancel().catch(() => undefined);
          const location = response.headers.get('location');
          if (!location)
            throw new FetchError('http_status', `${url.host} answered ${response.status} without saying where to go.`);
          if (hop >= maxRedirects)
            throw new FetchError('too_many_redirects', `Gave up after ${maxRedirects} redirects.`);
          url = parseFetchableUrl(new URL(location, url).toString());
          continue;
        }
        const contentType = response.headers.get('content-type');
        if (response.status === 304) {
          await response.body?.cancel().catch(() => undefined);
          return {
            url: url.toString(),
            status: 304,
            contentType,
            headers: response.headers as unknown as Headers,
            body: '',
          };
        }
        if (response.status < 200 || response.status > 299) {
          await response.body?.cancel().catch(() => undefined);
          throw new FetchError(
            'http_status',
            `${url.host} answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
          );
        }
        checkContentType(contentType, request);
        const declared = Number(response.headers.get('content-length') ?? NaN);
        if (declared > maxBytes) {
          await response.body?.cancel().catch(() => undefined);
          throw new FetchError(
            'too_large',
            `The page is ${formatMb(declared)}, over the ${formatMb(maxBytes)} limit (NEWSBRIEF_FETCH_MAX_MB).`,
          );
        }
        const bytes = await readCappedBody(response.body as ReadableStream<Uint8Array> | null, maxBytes, () =>
          controller.abort(),
        );
        return {
          url: url.toString(),
          status: response.status,
          contentType,
          headers: response.headers as unknown as Headers,
          body: decodeBody(bytes, contentType),
        };
      }
    } catch (error) {
      const known = findFetchError(error);
      if (known) throw known;
      if (controller.signal.aborted)
        throw new FetchError(
          'timeout',
          `Timed out after ${timeoutMs / 1000} s waiting for ${hostOf(rawUrl)} (NEWSBRIEF_FETCH_TIMEOUT_MS).`,
        );
      throw new FetchError('network', `Could not fetch ${hostOf(rawUrl)}: ${networkProblem(error, timeoutMs)}.`);
    } finally {
      clearTimeout(timer);
    }
  };
}

/** Only plain http(s) links without embedded credentials are fetched. */
export function parseFetchableUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new FetchError('bad_url', `“${raw.slice(0, 200)}” is not a valid link.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError('bad_url', `Only http and https links can be fetched, not ${url.protocol.replace(':', '')}.`);
  }
  if (url.username || url.password)
    throw new FetchError('bad_url', 'Links with a user name or password in them are not fetched.');
  return url;
}

function checkContentType(contentType: string | null, request: SafeFetchRequest): void {
  // A missing type is common on small sites; the parser after us decides whether it is usable.
  if (!contentType) return;
  const mediaType = contentType.split(';')[0]!.trim().toLowerCase();
  if (request.accept.includes(mediaType)) return;
  throw new FetchError('unsupported_type', `The link returned ${mediaType.slice(0, 80)}, not ${request.expecting}.`);
}

function hostOf(raw: string): string {
  try {
    return new URL(raw).host;
  } catch {
    return 'that link';
  }
}
