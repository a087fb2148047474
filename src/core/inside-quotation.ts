const QUOTE_MARK = /[“”"«»„]|''|``/;
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The sentences that lie wholly inside a quotation opened in an earlier sentence: no quote mark of
 * their own, every word inside a quote's text. Printed alone they read as the reporter's own claim
 * ("Something funny was going on with Trump last night."), so a summary passes them over.
 */
export function insideQuotation(
  sentences: readonly { text: string }[],
  quotes: readonly { text: string }[],
): boolean[] {
  const quoted = quotes.map((q) => squeeze(q.text)).filter((q) => q.length > 0);
  return sentences.map((s) => {
    if (quoted.length === 0 || QUOTE_MARK.test(s.text)) return false;
    const text = squeeze(s.text);
    return text.length > 0 && quoted.some((q) => q.includes(text));
  });
}
