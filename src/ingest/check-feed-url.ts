import { isIP } from 'node:net';
import { addressRefusal, isMetadataAddress } from './address-policy';
import { redactUrl } from './redact-url';

export interface FeedUrlPolicy {
  /** NEWSBRIEF_FETCH_ALLOW_PRIVATE: intranet feeds allowed; cloud metadata never is. */
  allowPrivate: boolean;
}

/** Host names that lead to the machine itself or to a cloud provider's metadata service. */
const LOCAL_NAME = /^(?:localhost|localhost\.localdomain|ip6-localhost|ip6-loopback)$|\.localhost$/i;
const METADATA_NAME =
  /^(?:metadata|metadata\.google\.internal|metadata\.azure\.com|instance-data(?:\.ec2\.internal)?)\.?$/i;

/**
 * Why a feed address cannot be followed, checked when it is added so the user hears it at once
 * (the fetch re-checks every hop after DNS). Null when it may be followed. The message never
 * repeats a user name or password from the link.
 */
export function checkFeedUrl(raw: string, policy: FeedUrlPolicy): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    // No command in backticks here: the console would show them, and each platform writes commands its own way.
    return `That is not a link: give the feed's whole http(s) address, e.g. https://example.com/rss.xml.`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return `Feeds are followed over http or https only, not ${url.protocol.replace(/:$/, '')}:. Give the feed's web address.`;
  if (url.username || url.password)
    return `Feed links with a user name or password in them are not followed (${redactUrl(url.toString())}): use the feed's public address.`;
  // The URL parser has already turned 0x7f000001, 2130706433 and 127.1 into 127.0.0.1.
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (METADATA_NAME.test(host) || (isIP(host) !== 0 && isMetadataAddress(host)))
    return `Refused to follow ${url.host}: it is a cloud metadata address.`;
  if (policy.allowPrivate) return null;
  if (LOCAL_NAME.test(host)) return `Refused to follow ${url.host}: it is this machine (loopback).`;
  if (isIP(host) !== 0) {
    const reason = addressRefusal(host);
    if (reason) return `Refused to follow ${url.host}: it is ${reason}.`;
  }
  return null;
}
