/**
 * Makes untrusted text (articles, user input echoed back) safe to post on Discord: it renders as
 * the literal text and never pings. `allowedMentions: { parse: [] }` already stops pings; this also
 * keeps "@everyone" or "<@123>" from *looking* like a mention, and stops article text from
 * opening masked links, headings, spoilers or bold runs that would swallow our own layout.
 */

import { withoutBidiControls } from '../../app/without-bidi-controls';

const ZWSP = '\u200b';
const URL_PATTERN = /https?:\/\/[^\s<>]+/g;
// Inline markdown Discord acts on, backticks included: article text must not open code spans
// that swallow our layout. Our own command references are rendered as code by the renderer.
const INLINE_MARKDOWN = /[\\*_~|[\]`]/g;
// Block syntax only counts at the start of a line: headings, subtext, quotes, lists.
const LINE_START_MARKDOWN = /^(\s*)(#{1,3}\s|-#\s|>|[-*+]\s|\d+[.)]\s)/gm;

/** Neutralises mentions only (for text that is already markdown we wrote, e.g. our own labels). */
export function neutraliseDiscordMentions(text: string): string {
  return (
    withoutBidiControls(text)
      .replace(/@(everyone|here)\b/gi, `@${ZWSP}$1`)
      // <@id>, <@!id>, <@&role>, <#channel>, </command:id>, and Slack-style <!channel> / <!here>.
      .replace(/<(?=[@#!&/])/g, `<${ZWSP}`)
  );
}

/** Escapes markdown and neutralises mentions; URLs are kept intact so they stay clickable. */
export function escapeDiscordText(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    out += escapeMarkdown(text.slice(last, match.index));
    out += match[0];
    last = match.index + match[0].length;
  }
  out += escapeMarkdown(text.slice(last));
  return neutraliseDiscordMentions(out);
}

function escapeMarkdown(text: string): string {
  return text
    .replace(INLINE_MARKDOWN, (c) => `\\${c}`)
    .replace(LINE_START_MARKDOWN, (_all, space: string, marker: string) =>
      // "1. " is escaped as "1\. ": a backslash before a digit would show as a backslash.
      /^\d/.test(marker) ? `${space}${marker.replace(/[.)]/, (p) => `\\${p}`)}` : `${space}\\${marker}`,
    );
}

/** Cuts to at most `max` characters (code points kept whole), ending with "…" when cut. */
export function truncateDiscordText(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  // Do not leave half a surrogate pair or a dangling escape backslash.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  if (/(^|[^\\])(\\\\)*\\$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}
