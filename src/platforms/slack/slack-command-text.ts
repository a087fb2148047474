/**
 * A slash command's text as the user typed it. Slack escapes `&`, `<` and `>` in every text it sends, commands
 * included, so without this "/brief add Marks & Spencer …" would be stored as "Marks &amp; Spencer" and a pasted
 * link's query string ("?a=1&amp;b=2") fetched wrong. Unlike messages, paragraphs and Slack's own `<…>` tokens
 * stay: a pasted article keeps its shape and the commands read `<url|label>` links themselves.
 */
export function slackCommandText(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
