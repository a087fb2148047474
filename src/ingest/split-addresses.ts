/**
 * A web address, bare or as Slack writes it (`<https://…|label>`): not words, but not data either.
 * A bare `www.` host counts too, as people paste it that way.
 */
const ADDRESS = /^[^\p{L}\p{N}]*(?:https?:\/\/|www\.[\p{L}\p{N}-]+\.)/iu;
const SLACK_LINK = /<(https?:\/\/[^|>\s]+)(?:\|([^>]*))?>/giu;
/** What wraps an address in prose: "(see https://…)." or "“https://…”". */
const LEADING = /^[^\p{L}\p{N}]+/u;
const TRAILING = new Set([...'.,;:!?\'"”’»)]']);

/**
 * `text`'s whitespace-separated tokens with its web addresses taken out, and the addresses as
 * written (without the punctuation around them), in order.
 */
export function splitAddresses(text: string): { tokens: string[]; addresses: string[] } {
  const addresses: string[] = [];
  // A Slack link keeps its label (words a reader sees); the address itself is dropped.
  const tokens = text
    .replace(SLACK_LINK, (_, address: string, label?: string) => {
      addresses.push(address);
      return ` ${label ?? ''} `;
    })
    .split(/\s+/u)
    .filter((token) => {
      if (token.length === 0) return false;
      if (!ADDRESS.test(token)) return true;
      addresses.push(bareAddress(token));
      return false;
    });
  return { tokens, addresses };
}

/** The address without the punctuation around it; a ")" it opened stays (…/Mercury_(planet)). */
function bareAddress(token: string): string {
  let address = token.replace(LEADING, '');
  const count = (char: string) => address.split(char).length - 1;
  while (address.length > 0 && TRAILING.has(address.at(-1)!)) {
    if (address.endsWith(')') && count('(') >= count(')')) break;
    address = address.slice(0, -1);
  }
  return address;
}
