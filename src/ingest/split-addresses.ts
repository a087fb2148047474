/**
 * A web address, bare or as Slack writes it (`<https://…|label>`): not words, but not data either.
 * A bare `www.` host counts too, as people paste it that way.
 */
const ADDRESS = /^[^\p{L}\p{N}]*(?:https?:\/\/|www\.[\p{L}\p{N}-]+\.)/iu;
const SLACK_LINK = /<https?:\/\/[^|>\s]+(?:\|([^>]*))?>/giu;

/** `text`'s whitespace-separated tokens with its web addresses taken out, and how many there were. */
export function splitAddresses(text: string): { tokens: string[]; addresses: number } {
  let addresses = 0;
  // A Slack link keeps its label (words a reader sees); the address itself is dropped.
  const tokens = text
    .replace(SLACK_LINK, (_, label?: string) => {
      addresses++;
      return ` ${label ?? ''} `;
    })
    .split(/\s+/u)
    .filter((token) => {
      if (token.length === 0) return false;
      if (!ADDRESS.test(token)) return true;
      addresses++;
      return false;
    });
  return { tokens, addresses };
}
