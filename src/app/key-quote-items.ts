import type { Analysis, Quote } from '../core/analysis-types';
import { bareReplyQuotes } from './bare-reply-quote';

const MAX_KEY_QUOTES = 5;

/**
 * The two halves of one quotation the reporter's tag splits ("…a political party," Schiff said, "but the attempt
 * …"): one sentence, one speaker, the first half ending on the comma the tag took, the second going on in lower case.
 * Printed alone, the first half reads as a finished claim and the second has lost its subject.
 */
function continues(first: Quote, second: Quote): boolean {
  return (
    first.sentenceId === second.sentenceId &&
    first.speaker !== null &&
    first.speaker === second.speaker &&
    /[,\u2014\u2013-]\s*$/.test(first.text) &&
    /^\s*\p{Ll}/u.test(second.text)
  );
}

/**
 * A quote cut where the attribution began ("…testify," Spicer said) reads as finished on its own:
 * its comma stands for the period of the speaker's sentence. A fragment that opens lowercase inside
 * the reporter's sentence ("vowed to keep them “open for every reader,” and…") has no period there in
 * the article, so its comma is dropped and none is added. A comma before a closing single mark
 * ("… 5,000 people,’") is the same comma.
 */
function displayQuote(text: string): string {
  return text.replace(/,(\s*[’'])?\s*$/, (_, mark: string | undefined) => {
    const stop = /^\p{Ll}/u.test(text.trimStart()) ? '' : '.';
    return mark ? `${mark.trim()}${stop}` : stop;
  });
}

/**
 * Key quotes first; if the engine marked none, the first attributed ones; a split quotation printed
 * whole; a bare reply to a question ("Nope.") left out, since alone it says nothing.
 */
export function keyQuoteItems(analysis: Analysis): Array<{ text: string; speaker: string | null }> {
  const { quotes } = analysis;
  const bareReply = bareReplyQuotes(analysis);
  const marked = quotes.some((q) => q.key);
  const items: Array<{ text: string; speaker: string | null }> = [];
  for (let i = 0; i < quotes.length && items.length < MAX_KEY_QUOTES; i++) {
    const quote = quotes[i]!;
    const next = quotes[i + 1];
    const joined = next !== undefined && continues(quote, next);
    const chosen = marked ? quote.key || (joined && next.key) : quote.speaker !== null;
    if (!chosen || (!joined && bareReply(quote))) continue;
    if (joined) {
      items.push({
        text: `${quote.text.trimEnd()} … ${displayQuote(next.text.trim())}`,
        speaker: quote.speaker,
      });
      i++;
    } else items.push({ text: displayQuote(quote.text), speaker: quote.speaker });
  }
  return items;
}
