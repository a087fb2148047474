/**
 * Text from articles and users is untrusted: in Slack `mrkdwn` a literal `<!channel>` pings a
 * whole channel and `<@U123>` pings a person. Escaping `&<>` turns every such token into plain
 * text, and a zero-width space after `@` stops bare `@here`-style words from being linked.
 */
import { withoutBidiControls } from '../../app/without-bidi-controls';

const ZWSP = '\u200B';
const BROADCAST_WORDS = /@(everyone|here|channel)\b/gi;

/** For `mrkdwn` fields and the `text` fallback. */
export function escapeSlackText(text: string): string {
  return withoutBidiControls(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(BROADCAST_WORDS, `@${ZWSP}$1`);
}

/**
 * For `plain_text` fields (headers): Slack shows entities there literally, so instead of
 * escaping we break the special sequences with an invisible character.
 */
export function neutralisePlainText(text: string): string {
  return withoutBidiControls(text)
    .replace(/<([!@#])/g, `<${ZWSP}$1`)
    .replace(BROADCAST_WORDS, `@${ZWSP}$1`);
}

/** A URL safe inside `<url|label>`: only http(s), and without the characters that end the link. */
export function safeSlackUrl(url: string | undefined | null): string | undefined {
  if (!url || !/^https?:\/\//i.test(url)) return undefined;
  return url
    .replace(/&/g, '&amp;')
    .replace(/</g, '%3C')
    .replace(/>/g, '%3E')
    .replace(/\|/g, '%7C')
    .replace(/\s/g, '%20');
}
