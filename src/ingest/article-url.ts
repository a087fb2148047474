const TRACKING_PARAM =
  /^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_ga|_gl|igshid|cmpid|ocid|smid|at_medium|at_campaign)$/i;

/** The form we store and dedupe on: no fragment, no tracking parameters, http(s) only. */
export function normalizeArticleUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  for (const key of [...url.searchParams.keys()]) {
    if (TRACKING_PARAM.test(key)) url.searchParams.delete(key);
  }
  return url.toString();
}

/**
 * The page's canonical URL when we can believe it, else the URL we actually fetched.
 * A page is untrusted: if any site could name any canonical URL, a hostile page could overwrite
 * another site's stored article (same URL = "updated"). So the canonical must be on the same site.
 */
export function trustedCanonicalUrl(stated: string | null, fetchedUrl: string): string {
  const fetched = normalizeArticleUrl(fetchedUrl) ?? fetchedUrl;
  if (!stated) return fetched;
  let canonical: string | null;
  try {
    canonical = normalizeArticleUrl(new URL(stated, fetchedUrl).toString());
  } catch {
    return fetched;
  }
  if (!canonical) return fetched;
  return siteOf(new URL(canonical).hostname) === siteOf(new URL(fetched).hostname) ? canonical : fetched;
}

/**
 * Approximate registrable domain without a public-suffix list: the last two labels, or three
 * under a two-letter country code with a short second level (bbc.co.uk, abc.net.au).
 */
function siteOf(hostname: string): string {
  const labels = hostname.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length <= 2 || /^\d+$/.test(labels[labels.length - 1]!)) return labels.join('.');
  const tld = labels[labels.length - 1]!;
  const second = labels[labels.length - 2]!;
  const take = tld.length === 2 && second.length <= 3 ? 3 : 2;
  return labels.slice(-take).join('.');
}
