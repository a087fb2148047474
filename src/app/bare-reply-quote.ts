import type { Analysis, Quote } from '../core/analysis-types';

/** At most this many words: a reply ("Nope.", "You tell me.", "Denver,") rather than a claim of its own. */
const MAX_REPLY_WORDS = 3;
/**
 * The sentence puts a question or answers one: "When asked … if", "asked about", "he answered", "replied",
 * "responded". "asked" in a relative ("who asked not to be named", "who asked reporters to …") puts none.
 */
const EXCHANGE =
  /\?|\b(?:answer(?:ed|s)?|repl(?:ied|ies)|respond(?:ed|s)?|retort(?:ed|s)?)\b|(?<!\bwho\s)\basked\b(?!\s+(?:not\s+to|to|that)\b)/i;
/** The sentence before asks it: a question of its own, or "asked Trump if / whether …". */
const ENDS_ASKING = /\?\s*["'\u201d\u2019]*\s*$/;
const ASKED = /\b(?:asked|question(?:ed)?)\b/i;
const IF_WHETHER = /\b(?:if|whether)\b/i;

/**
 * Whether a quote only makes sense beside the question it answers: a few words in a sentence that
 * reports the exchange ("When asked by a reporter if …, Spicer responded, "Nope."") or just after a
 * question. Shown alone under "Key quotes", "“Nope.” — Spicer" says nothing a reader can use (the
 * summary and a thread answer keep the whole exchange), so the brief leaves it out; a short quote
 * that stands alone ("“Elections matter,” Kelly said.") stays. Each sentence is read once per
 * analysis, whatever number of quotes it holds, so thousands of short quotes stay linear.
 */
export function bareReplyQuotes(analysis: Pick<Analysis, 'sentences'>): (quote: Quote) => boolean {
  const byId = new Map(analysis.sentences.map((s, i) => [s.id, i]));
  const exchange = new Map<number, boolean>();
  const reportsExchange = (index: number): boolean => {
    let known = exchange.get(index);
    if (known === undefined) {
      const sentence = analysis.sentences[index]!.text;
      const before = index > 0 ? analysis.sentences[index - 1]!.text : '';
      known = EXCHANGE.test(sentence) || ENDS_ASKING.test(before) || (ASKED.test(before) && IF_WHETHER.test(before));
      exchange.set(index, known);
    }
    return known;
  };
  return (quote) => {
    // "“Why now?” asked the captain": a quote that asks answers nothing.
    if (quote.text.trim().split(/\s+/).length > MAX_REPLY_WORDS || /\?\W*$/.test(quote.text)) return false;
    const index = byId.get(quote.sentenceId);
    return index !== undefined && reportsExchange(index);
  };
}
